package org.autoheal.strategy.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files, the real python3: each kind is fixed, compiles, runs, and nothing else changes. */
@Tag(Tags.PROCESS)
class SyntaxRepairTest {
    @TempDir
    Path dir;

    private Path heal(String name, String source, int line, String kind) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        assertThat(Py.compile(file).exit()).as("the broken file must not compile").isNotZero();
        Optional<String> fixed = SyntaxRepair.fix(Files.readString(file), line, kind,
                new PythonInterpreter("python3", dir), name);
        assertThat(fixed).as("a fix for " + name).isPresent();
        assertOnlyLineChanged(source, fixed.get(), line);
        Files.writeString(file, fixed.get());
        assertThat(Py.compile(file).exit()).isZero();
        return file;
    }

    /** Every line but {@code line} is byte-identical, endings included. */
    private static void assertOnlyLineChanged(String before, String after, int line) {
        String[] a = before.split("(?<=\n)", -1);
        String[] b = after.split("(?<=\n)", -1);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.length; i++) {
            if (i != line - 1) {
                assertThat(b[i]).as("line " + (i + 1)).isEqualTo(a[i]);
            }
        }
    }

    @Test
    void corpusShape_defMainMissingColonAtLine4() throws Exception {
        String src = "import sys\n\n\ndef main()\n    print('ran', len(sys.argv))\n\n\nmain()\n";
        Path f = heal("main.py", src, 4, "missing_colon");
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("ran 1\n");
    }

    @Test
    void corpusShape_forLoopMissingColonAtLine2() throws Exception {
        String src = "items = ['a', 'b']\nfor item in items\n    print(item)\n";
        Path f = heal("loop.py", src, 2, "missing_colon");
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("a\nb\n");
    }

    @Test
    void corpusShape_tabErrorAtLine4_keepsTheMeaningOfA4SpaceFile() throws Exception {
        String src = "def size(n):\n    if n > 10:\n        return \"big\"\n\treturn \"small\"\n\n\nprint(size(1), size(20))\n";
        Path f = heal("tabs.py", src, 4, "tab_error");
        assertThat(Files.readString(f)).doesNotContain("\t");
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("small big\n");
    }

    @Test
    void tabError_inA2SpaceFile_aTabCountsAsOneLevel() throws Exception {
        String src = "def f():\n  if True:\n    x = 1\n\ty = 2\n  return x + y\n\n\nprint(f())\n";
        Path f = heal("two.py", src, 4, "tab_error");
        assertThat(Files.readString(f)).contains("\n  y = 2\n");
    }

    @Test
    void tabError_inATabIndentedFile_spacesBecomeTabs() throws Exception {
        String src = "def f(n):\n\tif n:\n\t\treturn 1\n        return 2\n\n\nprint(f(0))\n";
        Path f = heal("tabbed.py", src, 4, "tab_error");
        assertThat(Files.readString(f)).contains("\n\treturn 2\n");
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("2\n");
    }

    @Test
    void indentation_whenExpansionsDoNotCompile_thenThePreviousIndentIsKept() throws Exception {
        String src = "def f():\n    x = 1\n\t    y = 2\n    return x + y\n\n\nprint(f())\n";
        PythonInterpreter py = new PythonInterpreter("python3", dir);
        assertThat(py.compiles(src, "deep.py").errorType()).isEqualTo("IndentationError");
        Path f = heal("deep.py", src, 3, "tab_error");
        assertThat(Files.readString(f)).contains("\n    y = 2\n");
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("3\n");
    }

    @Test
    void unclosedBracket_isClosedAndRuns() throws Exception {
        String src = "def f(*a):\n    return sum(a[0])\n\nprint(f([1, 2, \"x\".count(\"(\")  # total [\nprint('end')\n";
        Path f = heal("br.py", src, 4, "unclosed_bracket");
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("3\nend\n");
    }

    @Test
    void printStatement_becomesACall() throws Exception {
        String src = "name = 'bob'\nprint \"hello %s\" % name, 2\nprint('done')\n";
        Path f = heal("greet.py", src, 2, "print_statement");
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("hello bob 2\ndone\n");
    }

    @Test
    void printStatement_withAnotherPython2PrintLeft_thenRefusedAsAWhole() {
        // strict: fixing line 2 alone leaves line 3 broken, so nothing is kept
        String src = "name = 'bob'\nprint \"hello %s\" % name\nprint 'a'\n";
        PythonInterpreter py = new PythonInterpreter("python3", dir);
        assertThat(SyntaxRepair.fix(src, 2, "print_statement", py, "greet.py")).isEmpty();
    }

    @Test
    void crlfFile_keepsEveryOtherLineByteIdentical() throws Exception {
        String src = "import os\r\n\r\nclass Box(object)\r\n    size = 1\r\n\r\nprint(Box.size)\r\n";
        Path f = heal("crlf.py", src, 3, "missing_colon");
        assertThat(Files.readString(f)).isEqualTo(src.replace("class Box(object)\r\n", "class Box(object):\r\n"));
        assertThat(Py.run(dir, f.toString()).output()).isEqualTo("1\n");
    }

    @Test
    void unknownKind_findsTheFixThatCompiles() throws Exception {
        heal("u.py", "while True\n    break\n", 1, "unknown");
    }

    @Test
    void whenAnotherSyntaxErrorRemains_thenNoFixIsKept() {
        String src = "def main()\n    return 1\n\n\nx = (1,\ny = 2\n";
        PythonInterpreter py = new PythonInterpreter("python3", dir);
        assertThat(new SyntaxFixer().candidates(src, 1, "missing_colon")).isNotEmpty();
        assertThat(SyntaxRepair.fix(src, 1, "missing_colon", py, "two_errors.py")).isEmpty();
    }

    @Test
    void whenTheOnlyCandidateDoesNotCompile_thenRejected() {
        PythonInterpreter py = new PythonInterpreter("python3", dir);
        String src = "def main() return 1\n";
        assertThat(new SyntaxFixer().candidates(src, 1, "missing_colon")).containsExactly("def main() return 1:\n");
        assertThat(SyntaxRepair.fix(src, 1, "missing_colon", py, "x.py")).isEmpty();
    }

    @Test
    void whenLineIsWrong_thenNothing() throws IOException {
        PythonInterpreter py = new PythonInterpreter("python3", dir);
        assertThat(SyntaxRepair.fix("if x\n    pass\n", 7, "missing_colon", py, "x.py")).isEmpty();
    }
}
