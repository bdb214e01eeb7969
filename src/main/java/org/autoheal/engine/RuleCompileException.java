package org.autoheal.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files did not compile; carries every problem found, each with file:line:col. */
public final class RuleCompileException extends Exception {
    private final List<RuleProblem> problems;

    public RuleCompileException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
