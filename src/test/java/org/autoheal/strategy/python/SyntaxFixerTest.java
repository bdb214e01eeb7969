package org.autoheal.strategy.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SyntaxFixerTest {
    private final SyntaxFixer fixer = new SyntaxFixer();

    private List<String> fix(String source, int line, String kind) {
        return fixer.candidates(source, line, kind);
    }

    @Test
    void missingColon_keepsTrailingComment() {
        assertThat(fix("x = 1\nif x  # note\n    pass\n", 2, "missing_colon"))
                .first().isEqualTo("x = 1\nif x:  # note\n    pass\n");
    }

    @Test
    void missingColon_everyHeaderKeyword() {
        for (String header : List.of("def f()", "class A(B)", "if x", "elif y", "else", "for i in r", "while True",
                "try", "except ValueError as e", "finally", "with open(p) as f", "async def g()",
                "async for x in y", "async with a as b", "except")) {
            assertThat(fix("    " + header + "\n        pass\n", 1, "missing_colon"))
                    .as(header).first().isEqualTo("    " + header + ":\n        pass\n");
        }
    }

    @Test
    void missingColon_whenErrorPointsAtNextLine_thenFixesPreviousHeader() {
        String src = "for item in items\n\n    # comment\n    print(item)\n";
        assertThat(fix(src, 4, "missing_colon")).containsExactly("for item in items:\n\n    # comment\n    print(item)\n");
    }

    @Test
    void missingColon_multiLineHeader_changesOnlyItsLastLine() {
        String src = "def f(a,\n      b)  # args\n    return a\n";
        assertThat(fix(src, 2, "missing_colon")).first().isEqualTo("def f(a,\n      b):  # args\n    return a\n");
        assertThat(fix(src, 1, "missing_colon")).first().isEqualTo("def f(a,\n      b):  # args\n    return a\n");
    }

    @Test
    void missingColon_notAHeader_thenNothing() {
        assertThat(fix("elsewhere = 1\nx = 2\n", 1, "missing_colon")).isEmpty();
        assertThat(fix("if x:\n    pass\n", 1, "missing_colon")).isEmpty();
        assertThat(fix("s = 'if x'\n", 1, "missing_colon")).isEmpty();
    }

    @Test
    void unclosedBracket_closesInOrderIgnoringStringsAndComments() {
        String src = "x = foo(1, [2, \"a(b{\"  # note (\ny = 3\n";
        assertThat(fix(src, 1, "unclosed_bracket")).first()
                .isEqualTo("x = foo(1, [2, \"a(b{\"])  # note (\ny = 3\n");
    }

    @Test
    void unclosedBracket_multiLineStatement_secondCandidateClosesAtItsEnd() {
        String src = "x = foo(1,\n        2\ny = 3\n";
        assertThat(fix(src, 1, "unclosed_bracket"))
                .containsExactly("x = foo(1,)\n        2\ny = 3\n", "x = foo(1,\n        2)\ny = 3\n");
    }

    @Test
    void unclosedBracket_balancedLine_thenNothing() {
        assertThat(fix("x = foo(1, ')')\n", 1, "unclosed_bracket")).isEmpty();
    }

    @Test
    void printStatement_forms() {
        assertThat(fix("print x, y\n", 1, "print_statement")).containsExactly("print(x, y)\n");
        assertThat(fix("  print \"a\" % b  # c\n", 1, "print_statement")).containsExactly("  print(\"a\" % b)  # c\n");
        assertThat(fix("print\n", 1, "print_statement")).containsExactly("print()\n");
        assertThat(fix("print 'x',\n", 1, "print_statement")).containsExactly("print('x', end=\" \")\n");
        assertThat(fix("print\"x\"\n", 1, "print_statement")).containsExactly("print(\"x\")\n");
        assertThat(fix("print 'a', \\\n      'b'\n", 2, "print_statement")).containsExactly("print('a', \\\n      'b')\n");
    }

    @Test
    void printStatement_refusesRedirectAndNonStatements() {
        assertThat(fix("print >>f, x\n", 1, "print_statement")).isEmpty();
        assertThat(fix("print >> f, x\n", 1, "print_statement")).isEmpty();
        assertThat(fix("print = 3\n", 1, "print_statement")).isEmpty();
        assertThat(fix("print(x)\n", 1, "print_statement")).isEmpty();
        assertThat(fix("printer x\n", 1, "print_statement")).isEmpty();
        assertThat(fix("print += 1\n", 1, "print_statement")).isEmpty();
    }

    @Test
    void tabError_prefersTheFilesIndentStepThenEightThenFour() {
        String src = "def f(n):\n    if n:\n        return 1\n\treturn 2\n";
        List<String> c = fix(src, 4, "tab_error");
        assertThat(c.get(0)).isEqualTo("def f(n):\n    if n:\n        return 1\n    return 2\n");
        assertThat(c.get(1)).isEqualTo("def f(n):\n    if n:\n        return 1\n        return 2\n");
        assertThat(c).doesNotContain(src).doesNotHaveDuplicates();
    }

    @Test
    void tabError_inTabIndentedFile_offersTabs() {
        String src = "def f(n):\n\tif n:\n\t\treturn 1\n    return 2\n";
        assertThat(fix(src, 4, "tab_error")).contains("def f(n):\n\tif n:\n\t\treturn 1\n\treturn 2\n");
    }

    @Test
    void unknownKind_collectsEveryKindThatApplies() {
        assertThat(fix("if x\n    pass\n", 1, "unknown")).contains("if x:\n    pass\n");
        assertThat(fix("print x\n", 1, "unknown")).contains("print(x)\n");
        assertThatThrownBy(() -> fix("x\n", 1, "colon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing_colon");
    }

    @Test
    void refusesOutOfRangeLinesAndOversizedInput() {
        assertThat(fix("if x\n", 0, "missing_colon")).isEmpty();
        assertThat(fix("if x\n", 2, "missing_colon")).isEmpty();
        assertThat(fix("if x\n" + "#".repeat(10_001) + "\n", 1, "missing_colon")).isEmpty();
        assertThat(fix("if x\n" + ("#" + "y".repeat(999) + "\n").repeat(1100), 1, "missing_colon")).isEmpty();
    }

    @Test
    void keepsCrlfAndLoneCrEndings() {
        assertThat(fix("x = 1\r\nif x\r\n    pass\r\n", 2, "missing_colon")).first()
                .isEqualTo("x = 1\r\nif x:\r\n    pass\r\n");
        assertThat(fix("x = 1\rif x\r    pass", 2, "missing_colon")).first().isEqualTo("x = 1\rif x:\r    pass");
        assertThat(fix("\uFEFFif x\n    pass\n", 1, "missing_colon")).first().isEqualTo("\uFEFFif x:\n    pass\n");
    }

    @Property(tries = 200)
    void everyCandidateChangesOnlyTheReportedLine(@ForAll("lines") List<String> before,
                                                  @ForAll("lines") List<String> after,
                                                  @ForAll("endings") String eol) {
        String broken = "if value == 'x(' # [";
        String src = String.join(eol, before) + (before.isEmpty() ? "" : eol) + broken + eol
                + String.join(eol, after) + (after.isEmpty() ? "" : eol);
        int line = before.size() + 1;
        List<String> candidates = fix(src, line, "unknown");
        assertThat(candidates).isNotEmpty();
        for (String c : candidates) {
            String[] orig = src.split(eol, -1);
            String[] got = c.split(eol, -1);
            assertThat(got).hasSameSizeAs(orig);
            for (int i = 0; i < orig.length; i++) {
                if (i != line - 1) {
                    assertThat(got[i]).isEqualTo(orig[i]);
                }
            }
        }
    }

    @Property(tries = 500)
    void neverThrowsOnArbitraryText(@ForAll("pythonish") String src, @ForAll("lineNumbers") int line,
                                    @ForAll("kinds") String kind) {
        ImportFixer imports = new ImportFixer();
        for (String c : fix(src, line, kind)) {
            assertThat(c).isNotEqualTo(src);
        }
        imports.moveKnownName(src, line, "collections", "Mapping");
        imports.renameModule(src, line, "print", "x.y");
        imports.relativeToFallback(src, line);
    }

    @Provide
    Arbitrary<String> pythonish() {
        return Arbitraries.strings().withChars("()[]{}'\"#\\\n\r\t :printfdeclassimport,>=.").ofMaxLength(120);
    }

    @Provide
    Arbitrary<Integer> lineNumbers() {
        return Arbitraries.integers().between(-1, 12);
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of(SyntaxFixer.KINDS);
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.of("x = 1", "", "# comment (", "y = [1, 2]", "    z = 'a:'", "\tw = {}", "s = \"#\"")
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of("\n", "\r\n");
    }
}
