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
}
