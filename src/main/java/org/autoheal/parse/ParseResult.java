package org.autoheal.parse;

import org.autoheal.facts.ToolchainError;

/**
 * What one language parser found: the fact it filled and the index of the last line of the error
 * it recognised. When several parsers recognise something, the error that ends last wins, because
 * in combined output the final error is the one that stopped the program.
 */
record ParseResult(ToolchainError fact, int startLine, int endLine) {
    ParseResult(ToolchainError fact, int endLine) {
        this(fact, endLine, endLine);
    }
}
