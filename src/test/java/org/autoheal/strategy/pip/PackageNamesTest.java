package org.autoheal.strategy.pip;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PackageNamesTest {

    @Test
    void whenNameIsBarePep508Name_thenAccepted() {
        for (String ok : new String[] {"PyYAML", "a", "scikit-learn", "ruamel.yaml", "zope_interface", "7z", "x1"}) {
            assertThat(PackageNames.distributionProblem(ok)).as(ok).isEmpty();
        }
    }

    @Test
    void whenNameCarriesOptionPathUrlOrSpecifier_thenRefused() {
        for (String bad : new String[] {"-r", "--index-url", "pkg==1.0", "pkg[extra]", "pkg>=2", "../x", "a/b",
                "http://evil/x.whl", "file:x", "a b", "pkg;rm", "pkg-", ".pkg", "_pkg", "yаml", "evil.whl", "x.tar.gz", "x.ZIP", "x.tgz", "", "$(id)"}) {
            assertThat(PackageNames.distributionProblem(bad)).as(bad).isPresent();
        }
        assertThat(PackageNames.distributionProblem("a".repeat(101))).get().asString().contains("101 characters");
        assertThat(PackageNames.distributionProblem("a".repeat(100))).isEmpty();
    }

    @Test
    void whenImportNameIsDottedIdentifier_thenAccepted_elseRefused() {
        assertThat(PackageNames.importNameProblem("google.protobuf")).isEmpty();
        assertThat(PackageNames.importNameProblem("_private.mod_2")).isEmpty();
        for (String bad : new String[] {"a..b", ".a", "a.", "1abc", "a-b", "a b", "ｙａｍｌ", "a\nb", "a.1b"}) {
            assertThat(PackageNames.importNameProblem(bad)).as(bad).isPresent();
        }
    }

    @Test
    void normalisesPerPep503() {
        assertThat(PackageNames.normalise("Python_Dateutil")).isEqualTo("python-dateutil");
        assertThat(PackageNames.normalise("ruamel.yaml")).isEqualTo("ruamel-yaml");
        assertThat(PackageNames.normalise("a-_.-b")).isEqualTo("a-b");
    }

    @Test
    void quoteEscapesControlAndNonAsciiAndBoundsLength() {
        assertThat(PackageNames.quote("y\u0430ml\n")).isEqualTo("'y\\u0430ml\\u000a'");
        assertThat(PackageNames.quote("x".repeat(500))).hasSizeLessThan(90).contains("500 chars");
    }

    @Property
    void anAcceptedDistributionNameIsNeverAnOptionPathOrShellText(@ForAll @AlphaChars @NumericChars @Chars({'-', '_', '.', '/', ';', ' ', '$', '=', '[', ':', '\n', '\u0430'}) @StringLength(max = 110) String text) {
        if (PackageNames.distributionProblem(text).isEmpty()) {
            assertThat(text).matches("[A-Za-z0-9]([A-Za-z0-9._-]{0,98}[A-Za-z0-9])?").doesNotStartWith("-").doesNotEndWithIgnoringCase(".whl");
        }
    }

    @Property
    void anAcceptedImportNameIsAsciiWithoutShellCharacters(@ForAll @AlphaChars @NumericChars @Chars({'-', '_', '.', '/', ';', ' ', '$', '=', '[', ':', '\n', '\u0430'}) @StringLength(max = 110) String text) {
        if (PackageNames.importNameProblem(text).isEmpty()) {
            assertThat(text).matches("[A-Za-z0-9_.]{1,100}").doesNotStartWith("-");
        }
    }
}
