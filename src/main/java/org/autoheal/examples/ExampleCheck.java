package org.autoheal.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.autoheal.engine.RuleBase;

/** The examples part of {@code rules check}: failures are errors, rules no example fires are warnings. */
public final class ExampleCheck {
    private ExampleCheck() {
    }

    /** Runs the home's examples on {@code rules}, prints failures and warnings to {@code err}; returns the number of errors. */
    public static int print(RuleBase rules, Path home, PrintWriter err) {
        ExampleReport report;
        try {
            report = new ExampleRunner(rules).run(ExampleFiles.forHome(home));
        } catch (ExampleFileException e) {
            err.println(e.getMessage());
            err.println("1 error(s): the rule examples were not run");
            err.flush();
            return 1;
        }
        report.coverageWarnings().forEach(err::println);
        report.failureLines().forEach(err::println);
        int failed = report.failed().size();
        if (failed > 0) err.printf("%d of %d rule examples failed%n", failed, report.results().size());
        err.flush();
        return failed;
    }
}
