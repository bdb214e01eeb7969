package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.mvel.MVELConstraint;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules keep the root of the alpha network small for the facts every decision inserts. A pattern's
 * first constraint is a node at the root of its fact type's network: Drools hashes an equality with a literal
 * ({@code language == "python"}) when three or more root nodes test the same field, and a fact then only visits
 * the node of its own value; every other root node is evaluated for every signal (every diagnosis), and each one is
 * compiled by MVEL at its first evaluation, so on every cold start (docs/performance.md, sessions 9 and 10).
 * The root tests that no hash guards are listed here: a new rule that starts with a new one fails, and the message
 * says how to gate it.
 */
class RootAlphaGateTest {
    /** Root tests that every signal runs, each the first test of rules that know no single language, type or tool. */
    private static final String TOOLCHAIN_ERROR = """
            knownCause == "connection"
            retried == false
            retried
            origin == "chained"
            origin == "traceback" || origin == "wrapper"
            origin == "tool_message"
            origin == "bare" || origin == "tool_message"
            module == null
            module != null
            path != null
            exitCode != null
            syscall == "connect"
            level == "warning" || level == "info" || level == "debug" || level == "notice" || level == "trace"
            language == "shell" || language == "java" || language == "c" || language == "perl" || language == "node"
            language == "python" || language == "node" || language == "java"
            language == "shell" || language == "unknown" || language == "make"
            is("ImportError")
            is("JSONDecodeError") || (detail("json_line") != null && language != "node" && language != "java") || (is("MismatchedInputException") && message contains "end-of-input") || typeCause == "json_format" || codeCause == "json_format" || (is("SyntaxError") && language == "node" && (message contains "JSON" || detail("json_parse") != null)) || message contains " in JSON at position" || message contains "Unexpected end of JSON input" || message contains "is not valid JSON"
            errno == 13 || code == "EACCES" || is("PermissionError") || message contains "Permission denied" || typeCause == "permission" || codeCause == "permission"
            refused(this) || message contains "Connection refused" || (type == "curl" && detail("curl_exit") == "7")
            refused(this)
            insideWebSocketClient(this)
            says("autoheal probe: service ")
            says("ocket")
            hasScheme("ws") || hasScheme("wss")
            typeCause == "websocket" || message contains "Unexpected server response" || ((hasScheme("ws") || hasScheme("wss")) && message contains "non-101 status code")
            detail("close_code") != null
            detail("node_export_missing") != null
            detail("program") == "tar"
            message contains "unable to open database file"
            message contains "unable to open database"
            message contains "attempt to write a readonly database"
            message contains "Permission denied ("
            message contains "at character offset"
            message contains "repository '"
            message contains " open "
            """;

    /** Root tests that every diagnosis runs (the cause is hashed). */
    private static final String DIAGNOSIS = """
            cause == "connection" || cause == "websocket"
            cause == "missing_module" || cause == "import_error"
            cause == "file_not_found" || cause == "permission"
            solution != null
            reportsAChild(error)
            !reportsAChild(error)
            get("tool") != null
            get("tool") == null
            """;

    @Test
    void everyRootTestThatNoHashGuardsIsOneTheBundledRulesAlreadyHave() throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        Map<String, Root> roots = roots(rules);
        List<String> problems = new ArrayList<>();
        for (var type : Map.of("ToolchainError", TOOLCHAIN_ERROR, "Diagnosis", DIAGNOSIS).entrySet()) {
            Root root = roots.get(type.getKey());
            Set<String> allowed = type.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
            root.ungated().forEach((test, ruleNames) -> {
                if (!allowed.contains(test)) problems.add(newRootTest(rules, type.getKey(), test, ruleNames, root.hashedFields()));
            });
            for (String test : new TreeSet<>(allowed)) {
                if (!root.ungated().containsKey(test)) {
                    problems.add(type.getKey() + ": `" + test + "` is no longer a root test no hash guards (gated or gone): "
                            + "remove it from RootAlphaGateTest's list, so that the list stays what every signal runs");
                }
            }
        }
        if (!problems.isEmpty()) fail(String.join("\n", problems) + "\n" + HOW_TO_FIX);
    }

    @Test
    void languageTypeAndCauseAreHashed_soTheirRulesCostOnlyTheFactsOfTheirValue() throws Exception {
        Map<String, Root> roots = roots(RuleCompiler.compile(RuleSources.bundled(), List.of()));
        assertThat(roots.get("ToolchainError").hashedFields()).contains("language", "type");
        assertThat(roots.get("Diagnosis").hashedFields()).contains("cause");
    }

    @Test
    void aRuleStartingWithAnUnhashedTest_isFound_andOneStartingWithTheLanguageIsNot() throws Exception {
        String drl = """
                package org.autoheal.rules;
                dialect "mvel"
                import org.autoheal.facts.*;
                rule "a" when ToolchainError( language == "python", message contains "a" ) then end
                rule "b" when ToolchainError( language == "node", message contains "b" ) then end
                rule "c" when ToolchainError( language == "java" ) then end
                rule "d" when ToolchainError( message contains "d", language == "shell" ) then end
                """;
        Root root = roots(RuleCompiler.compile(Map.of("rules/t.drl", drl), List.of())).get("ToolchainError");
        assertThat(root.hashedFields()).containsExactly("language");
        assertThat(root.ungated()).containsOnlyKeys("message contains \"d\"");
        assertThat(root.ungated().get("message contains \"d\"")).containsExactly("d");
    }

    /** What a fact type's network starts with: the root tests no hash guards (test → its rules) and the hashed fields. */
    record Root(Map<String, Set<String>> ungated, Set<String> hashedFields) {
    }

    static Map<String, Root> roots(RuleBase rules) {
        Map<String, Root> out = new java.util.HashMap<>();
        for (ObjectTypeNode otn : ((InternalRuleBase) rules.kieBase()).getRete().getObjectTypeNodes()) {
            String type = otn.getObjectType().getClassName();
            type = type.substring(type.lastIndexOf('.') + 1);
            ObjectSinkPropagator sinks = otn.getObjectSinkPropagator();
            Set<Object> hashed = Collections.newSetFromMap(new IdentityHashMap<>());
            if (sinks instanceof CompositeObjectSinkAdapter c && c.getHashedSinkMap() != null) hashed.addAll(c.getHashedSinkMap().values());
            Map<String, Set<String>> ungated = new java.util.TreeMap<>();
            Set<String> fields = new TreeSet<>();
            for (ObjectSink s : sinks.getSinks()) {
                if (!(s instanceof AlphaNode node)) continue;
                String test = node.getConstraint() instanceof MVELConstraint m ? m.getExpression() : node.getConstraint().toString();
                test = test.strip().replaceAll("\\s+", " ");
                if (hashed.contains(node)) {
                    fields.add(test.substring(0, test.indexOf(' ')));
                } else {
                    ungated.computeIfAbsent(test, k -> new TreeSet<>())
                            .addAll(Arrays.stream(node.getAssociatedRules()).map(r -> r.getName()).toList());
                }
            }
            out.put(type, new Root(ungated, fields));
        }
        return out;
    }

    private static final String HOW_TO_FIX = """
            How to fix: write first an equality with a literal on a field Drools hashes, when the rule implies one: \
            `language == "node", detail("x") != null` rather than `detail("x") != null, language == "node"` (a field is \
            hashed once three or more root tests compare it with a literal: ToolchainError's language and type, \
            Diagnosis' cause; a null guard stays before what it guards). Or start with a test another rule already \
            starts with (the node is shared: `exitCode != null`, `path != null`, `module != null`, `is("ImportError")`). \
            Only a rule that applies to every language, type and tool adds its first test to the list in \
            RootAlphaGateTest. docs/rules.md, section 11; docs/performance.md, session 10.""";

    private static String newRootTest(RuleBase rules, String type, String test, Set<String> ruleNames, Set<String> hashed) {
        String where = ruleNames.stream().map(n -> {
            RuleInfo r = rules.catalog().get(n);
            return "\"" + n + "\"" + (r == null ? "" : " (" + r.location() + ")");
        }).collect(Collectors.joining(", "));
        return type + ": " + where + " starts a " + type + " pattern with `" + test + "`, a new root test that no hash guards"
                + " (hashed now: " + String.join(", ", hashed) + "): every " + type + " of every decision runs it, and every"
                + " cold start compiles it (MVEL) at the first decision.";
    }
}
