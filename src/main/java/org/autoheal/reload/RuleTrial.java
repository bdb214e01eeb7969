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
            new ErrorInput("trial", List.of("python3", "tools/app.py"), 1, """
                    Traceback (most recent call last):
                      File "tools/app.py", line 4, in <module>
                        settings = json.load(open("config/settings.json"))
                    json.decoder.JSONDecodeError: Expecting ',' delimiter: line 3 column 5 (char 20)
                    """),
            new ErrorInput("trial", List.of("python3", "tools/app.py"), 1, """
                    Traceback (most recent call last):
                      File "tools/app.py", line 1, in <module>
                        from collections import Mapping
                    ImportError: cannot import name 'Mapping' from 'collections' (/usr/lib/python3.11/collections/__init__.py)
                    """),
            new ErrorInput("trial", List.of("python3", "tools/client.py", "ws://127.0.0.1:8765"), 1, """
                    Traceback (most recent call last):
                      File "tools/client.py", line 9, in <module>
                        ws = websocket.create_connection("ws://127.0.0.1:8765")
                    ConnectionRefusedError: [Errno 111] Connection refused
                    """),
            new ErrorInput("trial", List.of("node", "server.js"), 1, """
                    node:internal/modules/cjs/loader:1080
                      throw err;
                      ^

                    Error: Cannot find module 'express'
                    Require stack:
                    - /srv/app/server.js
                        at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15) {
                      code: 'MODULE_NOT_FOUND',
                      requireStack: [ '/srv/app/server.js' ]
                    }
                    """),
            new ErrorInput("trial", null, 3, "something went wrong that no rule knows about\n"));

    private RuleTrial() {
    }

    /**
     * Empty when the snapshot's rules decide every sample in time and pass the home's rule examples
     * (DESIGN §6, §9), else why the reload is rejected: the rule that hung, or the failing examples.
     */
    static List<String> problems(Snapshot next) {
        String slow = failure(next);
        if (slow != null) return List.of(slow);
        List<String> examples = org.autoheal.examples.ExampleTrial.failures(next.rules(), next.config().home().root());
        return examples == null ? List.of() : examples;
    }

    /** Null when the snapshot's rules decide every sample in time, else why the reload is rejected. */
    static String failure(Snapshot next) {
        DecisionDeadline deadline = new DecisionDeadline(next.config().decisionTimeout());
        var ctx = Engine.context(next.config(), null, SalienceTable.NONE);
        for (ErrorInput sample : SAMPLES) {
            var error = ErrorParsers.parse(sample.withTables(next.rules().tables().known()));
            Decision d = deadline.decide(next.rules(), error, ctx, false);
            String abandoned = DecisionDeadline.abandonment(d);
            if (abandoned != null) return abandoned + " (on the sample error '" + error.getType() + ": " + error.getMessage() + "')";
        }
        return null;
    }
}
