package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python 3.11's boxed exception groups (asyncio.TaskGroup), from real python3 runs: the sub-exception is the error. */
@Tag(Tags.PROCESS)
class ExceptionGroupsTest {
    @TempDir
    Path dir;

    @Test
    void aTaskGroupsSubException_isReadAsTheTracebackItIs() throws Exception {
        Files.writeString(dir.resolve("fetch.py"), String.join("\n",
                "import asyncio, json",
                "async def load(path):",
                "    with open(path) as f:",
                "        return json.load(f)",
                "async def main():",
                "    async with asyncio.TaskGroup() as tg:",
                "        tg.create_task(asyncio.sleep(0.05))",
                "        tg.create_task(load('conf/limits.json'))",
                "asyncio.run(main())", ""));
        ToolchainError e = grouped("fetch.py");
        assertThat(e.getType()).isEqualTo("FileNotFoundError");
        assertThat(e.getPath()).isEqualTo("conf/limits.json");
        assertThat(e.getFile()).endsWith("fetch.py");
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getEvidence()).anySatisfy(s -> assertThat(s.getType()).isEqualTo("ExceptionGroup"));
    }

    @Test
    void aNestedGroup_givesTheInnermostSubException() throws Exception {
        Files.writeString(dir.resolve("nested.py"), String.join("\n",
                "import asyncio",
                "async def inner():",
                "    async with asyncio.TaskGroup() as tg:",
                "        tg.create_task(asyncio.open_connection('127.0.0.1', 9))",
                "async def main():",
                "    async with asyncio.TaskGroup() as outer:",
                "        outer.create_task(inner())",
                "asyncio.run(main())", ""));
        ToolchainError e = grouped("nested.py");
        assertThat(e.getType()).isEqualTo("ConnectionRefusedError");
        assertThat(e.getPort()).isEqualTo(9);
    }

    /** The parse of a real run; skipped on a python3 older than 3.11 (no TaskGroup, no groups to read). */
    private ToolchainError grouped(String script) throws Exception {
        Run.Result r = Run.run(dir, "python3", script);
        assumeTrue(r.text().contains(ExceptionGroups.HEADER), "python3 printed no exception group (older than 3.11?)");
        return ErrorParsers.parse(new ErrorInput("python3", List.of("python3", script), r.exitCode(), r.text()));
    }

    @Test
    void linesKeepTheirPlaces_andTextWithoutAGroupIsUntouched() {
        String boxed = "  + Exception Group Traceback (most recent call last):\n"
                + "  |   File \"a.py\", line 2, in <module>\n"
                + "  |     main()\n"
                + "  | ExceptionGroup: errors (1 sub-exception)\n"
                + "  +-+---------------- 1 ----------------\n"
                + "    | Traceback (most recent call last):\n"
                + "    |   File \"a.py\", line 1, in f\n"
                + "    | ValueError: x | y\n"
                + "    +------------------------------------\n";
        String plain = ExceptionGroups.unbox(boxed);
        assertThat(plain.split("\n", -1)).hasSameSizeAs(boxed.split("\n", -1));
        assertThat(plain).contains("\n    main()\n").contains("\nValueError: x | y\n").doesNotContain("+-");
        String pipe = "grep x | sort\n| not a box\n";
        assertThat(ExceptionGroups.unbox(pipe)).isSameAs(pipe);
    }
}
