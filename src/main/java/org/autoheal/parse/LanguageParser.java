package org.autoheal.parse;

/** One language's error format. Extracts what the text states; never decides a cause. */
interface LanguageParser {

    /** The error this parser recognises in {@code lines}, or null when the text is not its format. */
    ParseResult parse(Lines lines, ErrorInput input);
}
