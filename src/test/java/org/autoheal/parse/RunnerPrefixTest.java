package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a process printed under its runner's prefix (compose, honcho, kubectl --prefix) is parsed as it printed it. */
class RunnerPrefixTest {
    @TempDir
    Path dir;

    @Test
    void aComposeRunnersPrefixedTracebackKeepsItsFileAndLine() throws Exception {
        // a real compose-like runner: the child's lines come back with "worker-1  | " in front
        Files.writeString(dir.resolve("worker.py"), "import sys\n\nprint('tick'\n");
        Files.writeString(dir.resolve("up.py"), """
                import subprocess, sys
                p = subprocess.Popen([sys.executable, 'worker.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                for line in p.stdout:
                    print('worker-1  | ' + line, end='')
                rc = p.wait()
                print(f'worker-1 exited with code {rc}')
                sys.exit(rc)
                """);
        ToolchainError e = Run.parse(dir, "python3", "up.py");
        assertThat(e.getRaw()).contains("  File \"");
        assertThat(e.is("SyntaxError")).isTrue();
        assertThat(e.getFile()).endsWith("worker.py");
        assertThat(e.getLine()).isEqualTo(3);
    }

    @Test
    void aTaskGroupsSubTracebackIsReadAsATracebackOfItsOwn() throws Exception {
        // a real asyncio.TaskGroup: the SyntaxError of a module a task imports is inside the exception group tree
        Files.writeString(dir.resolve("conf_prod.py"), "A = 1\n  B = 2\n");
        Files.writeString(dir.resolve("boot.py"), """
                import asyncio, importlib

                async def load():
                    await asyncio.sleep(0)
                    importlib.import_module('conf_prod')

                async def main():
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(load())

                asyncio.run(main())
                """);
        ToolchainError e = Run.parse(dir, "python3", "boot.py");
        org.junit.jupiter.api.Assumptions.assumeTrue(e.getRaw().contains("Exception Group Traceback"), "python3 before 3.11");
        assertThat(e.is("IndentationError")).isTrue();
        assertThat(e.getFile()).endsWith("conf_prod.py");
        assertThat(e.getLine()).isEqualTo(2);
        String group = "  + Exception Group Traceback (most recent call last):\n  | ExceptionGroup: x (1 sub-exception)\n"
                + "  +-+---------------- 1 ----------------\n    | ValueError: bad\n    +------------------------------------\nbye\n";
        assertThat(ExceptionGroups.unbox(group)).isEqualTo(
                "Exception Group Traceback (most recent call last):\nExceptionGroup: x (1 sub-exception)\n\nValueError: bad\n\nbye\n");
    }

    @Test
    void honchoClockTimesAndKubectlPodsAreTakenAway() {
        String honcho = "13:45:25 web.1   | started\n13:45:25 web.1   | Traceback (most recent call last):\n"
                + "13:45:26 system  | web.1 stopped (rc=1)\n13:45:26 system  | sending SIGTERM to all processes\n";
        assertThat(RunnerPrefix.strip(honcho)).isEqualTo(
                "started\nTraceback (most recent call last):\nweb.1 stopped (rc=1)\nsending SIGTERM to all processes\n");
        String kube = "[pod/api-6c9f/api] a\n[pod/api-6c9f/api] b\n";
        assertThat(RunnerPrefix.strip(kube)).isEqualTo("a\nb\n");
    }

    @Test
    void aLogFormatsLevelTablesAndOneLinerAreNoRunnerPrefix() {
        String levels = "WARNING | waiter | attempt 1: refused\nINFO | waiter | connected\n";
        assertThat(RunnerPrefix.strip(levels)).isSameAs(levels);
        String lowerNoInstance = "info | a\ninfo | b\n";   // a name without an instance number or a clock time
        assertThat(RunnerPrefix.strip(lowerNoInstance)).isSameAs(lowerNoInstance);
        String table = " id | name\n----+------\n  1 | a\n";
        assertThat(RunnerPrefix.strip(table)).isSameAs(table);
        String once = "web-1  | only one line\nplain\n";   // one line of a name is no runner's output
        assertThat(RunnerPrefix.strip(once)).isSameAs(once);
    }

    /** A real collector: runs the child and writes each of its lines after {@code prefix} (a Python format string of i). */
    private ToolchainError collected(String prefix, String... child) throws Exception {
        Files.writeString(dir.resolve("collect.py"), """
                import subprocess, sys
                p = subprocess.Popen([sys.executable] + sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                for i, line in enumerate(p.stdout):
                    print(sys.argv[1].replace('{i}', str(i)) + line, end='')
                sys.exit(p.wait())
                """);
        String[] argv = new String[child.length + 3];
        argv[0] = "python3";
        argv[1] = "collect.py";
        argv[2] = prefix;
        System.arraycopy(child, 0, argv, 3, child.length);
        return Run.parse(dir, argv);
    }

    @Test
    void aSyslogOrCiRunnersPrefixOnEveryLineOfATracebackIsTakenAway() throws Exception {
        Files.writeString(dir.resolve("job.py"), "def run():\n    print('x'\n\nrun()\n");
        for (String prefix : new String[] {"Dec 07 10:00:01 web01 cron[4242]: ", "2026-12-07T10:00:01+0000 web01 cron[311]: ",
                "2026-12-07T10:00:01.1234567Z ", "2026-12-07T10:00:01.123456789Z stderr F ", "@4000000067540c4123a1b2c4 ",
                "1733565601.12345{i} ", "Dec 07 10:00:0{i} ", "2026-12-07T10:00:01.123456+00:00 app[web.1]: ",
                "[2026-12-07 10:00:01] ", "2026-12-07_10:00:01.1234{i} ", "api-1  | 2026-12-07T10:00:01.123456789Z ",
                "[pod/etl-5c7d9/etl] 2026-12-07T10:00:01.123456789Z "}) {
            ToolchainError e = collected(prefix, "job.py");
            assertThat(e.is("SyntaxError")).as(prefix).isTrue();
            assertThat(e.getFile()).as(prefix).endsWith("job.py");
            assertThat(e.getLine()).as(prefix).isEqualTo(2);
        }
    }

    @Test
    void pm2sIdAndNameBeforeEachLineIsTakenAway() throws Exception {
        Run.requireOnPath("node");
        Files.writeString(dir.resolve("app.js"), "const x = {\n  a: 1,,\n};\n");
        Files.writeString(dir.resolve("pm2.py"), """
                import subprocess, sys
                p = subprocess.Popen(['node', 'app.js'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                for line in p.stdout:
                    print('0|web      | ' + line, end='')
                sys.exit(p.wait())
                """);
        ToolchainError e = Run.parse(dir, "python3", "pm2.py");
        assertThat(e.is("SyntaxError")).isTrue();
        assertThat(e.getFile()).endsWith("app.js");
        assertThat(e.getLine()).isEqualTo(2);
    }

    @Test
    void aLoggersOwnTimestampedLinesKeepTheirTimestamp() {
        // winston's timestamp format: one line per record, nothing printed across lines under the same stamp
        String winston = "2026-12-07T11:36:12.042Z info: starting\n2026-12-07T11:36:12.050Z error: connect ECONNREFUSED 127.0.0.1:5432\n";
        assertThat(RunnerPrefix.strip(winston)).isSameAs(winston);
        String syslog = "Dec 07 10:00:01 web01 api[1]: started\nDec 07 10:00:02 web01 api[1]: stopped\n";
        assertThat(RunnerPrefix.strip(syslog)).isSameAs(syslog);
        // Python logging's asctime with a padded level: a logger's own lines, its traceback below unprefixed
        String padded = "2026-12-07 10:00:01,123 ERROR    sync: failed\nTraceback (most recent call last):\n  File \"a.py\", line 1\n"
                + "2026-12-07 10:00:02,123 INFO     sync: retrying\n";
        assertThat(RunnerPrefix.strip(padded)).isSameAs(padded);
        // an indented line under a stamp that no other line shares is no collector's output
        String once = "2026-12-07T11:36:12.042Z   at x (a.js:1:1)\nplain\n";
        assertThat(RunnerPrefix.strip(once)).isSameAs(once);
    }
}
