package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts are class-reactive unless their type says {@code @propertyReactive} (RuleCompiler: Drools'
 * PropertySpecificOption ALLOWED, docs/rules.md): a {@code modify} or {@code update} wakes every pattern on
 * the fact, as the bundled rules' {@code update($d)} after {@code .with(...)} always did. Checked compiled and
 * read back from the rules cache, since the choice travels in the cached packages.
 */
class ReactivityTest {
    private static final String RULES = """
            package org.autoheal.rules;
            import org.autoheal.facts.*;
            global SalienceTable learned;

            declare Counter %s
                tag : String
                n : int
            end

            rule "Start"
            when
                ToolchainError( )
            then
                insert( new Counter("a", 0) );
            end

            rule "Bump while below five"
            when
                $c : Counter( tag == "a" )
            then
                if ($c.getN() < 5) { modify( $c ) { setN( $c.getN() + 1 ) } }
            end

            rule "Report"
                salience -10
            when
                $e : ToolchainError( )
                $c : Counter( )
            then
                insert( Diagnosis.of("counted", $e).with("n", $c.getN()) );
            end
            """;

    private static String firings(String annotation, Path cache) throws Exception {
        Map<String, String> sources = Map.of("rules/count.drl", RULES.formatted(annotation));
        RuleBase rules = cache == null ? RuleCompiler.compile(sources, List.of()) : RuleCompiler.compile(sources, List.of(), cache);
        Decision d = rules.decide(ToolchainError.of("t", "boom"), DecisionContext.EMPTY);
        return d.diagnoses().stream().filter(x -> x.getCause().equals("counted")).map(x -> x.get("n")).findFirst().orElseThrow();
    }

    @Test
    void aModifyWakesEveryPatternOnAPlainType_soTheRuleThatMadeItFiresAgain() throws Exception {
        assertThat(firings("", null)).isEqualTo("5");
    }

    @Test
    void aTypeThatAsksForPropertyReactivityWakesOnlyThePatternsOnTheChangedProperty() throws Exception {
        assertThat(firings("@propertyReactive", null)).isEqualTo("1");
    }

    @Test
    void theSameReadBackFromTheRulesCache(@TempDir Path dir) throws Exception {
        for (int pass = 0; pass < 2; pass++) { // the first pass writes the entry, the second reads it
            assertThat(firings("", dir.resolve("plain"))).isEqualTo("5");
            assertThat(firings("@propertyReactive", dir.resolve("reactive"))).isEqualTo("1");
        }
    }
}
