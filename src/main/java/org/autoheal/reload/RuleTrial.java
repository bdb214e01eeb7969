package org.autoheal.reload;

import java.util.List;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionDeadline;
import org.autoheal.engine.Engine;
import org.autoheal.facts.SalienceTable;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * Runs a new snapshot's rules on a few canonical errors, each under the decision deadline, before
 * a reload puts them in service: rules that hang or exhaust the deadline on ordinary errors are
 * rejected like rules that do not compile, and the rules in service stay. One error per built-in
 * cause plus one nobody diagnoses (every rule's conditions see it); the seed corpus is not bundled.
 */
final class RuleTrial {
    static final List<ErrorInput> SAMPLES = List.of(
            new ErrorInput("trial", List.of("python3", "tools/app.py"), 1, """
                    Traceback (most recent call last):
                      File "tools/app.py", line 1, in <module>
                        import yaml
                    ModuleNotFoundError: No module named 'yaml'
                    """),
            new ErrorInput("trial", List.of("tools/run.sh"), 126, "bash: tools/run.sh: Permission denied\n"),
            new ErrorInput("trial", List.of("python3", "tools/app.py"), 1, """
                      File "tools/app.py", line 3
                        def main()
                                  ^
                    SyntaxError: expected ':'
                    """),
            new ErrorInput("trial", null, 1, "ConnectionRefusedError: [Errno 111] Connection refused\n"),
            new ErrorInput("trial", null, 1,
                    "FileNotFoundError: [Errno 2] No such file or directory: 'config/settings.json'\n"),
            new ErrorInput("trial", null, 1,
                    "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 3 column 5 (char 20)\n"),
            new ErrorInput("trial", null, 1,
                    "ImportError: cannot import name 'Mapping' from 'collections' (/usr/lib/python3.11/collections/__init__.py)\n"),
            new ErrorInput("trial", null, 1,
                    "websockets.exceptions.ConnectionClosedError: received 1011 (internal error); then sent 1011 (internal error)\n"),
            new ErrorInput("trial", List.of("node", "app.js"), 1, "Error: Cannot find module 'express'\n"),
            new ErrorInput("trial", null, 3, "something went wrong that no rule knows about\n"));

    private RuleTrial() {
    }

    /** Null when the snapshot's rules decide every sample in time, else why the reload is rejected. */
    static String failure(Snapshot next) {
        DecisionDeadline deadline = new DecisionDeadline(next.config().decisionTimeout());
        var ctx = Engine.context(next.config(), null, SalienceTable.NONE);
        for (ErrorInput sample : SAMPLES) {
            Decision d = deadline.decide(next.rules(), ErrorParsers.parse(sample), ctx, false);
            String abandoned = DecisionDeadline.abandonment(d);
            if (abandoned != null) {
                String first = sample.text().strip().lines().reduce((a, b) -> b).orElse("");
                return abandoned + " (on the sample error '" + first + "')";
            }
        }
        return null;
    }
}
