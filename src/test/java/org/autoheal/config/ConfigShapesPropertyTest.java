package org.autoheal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.autoheal.flap.FlapPolicy;
import org.autoheal.strategy.CommandStrategy;
import org.autoheal.testing.Tags;

/**
 * Valid config files, damaged the way people damage them (wrong types, nulls, missing and extra
 * keys, empty objects and lists, odd strings), load either fine or as a {@link ConfigException}
 * naming the file; never as an internal error, neither while loading nor where the loaded
 * config is used (services, flapping policy, command strategies).
 */
@Tag(Tags.SLOW)
class ConfigShapesPropertyTest {
    static final String TOOLCHAINS = """
            {"toolchains": {"app": {"command": ["python3", "tools/app.py"], "workdir": ".", "timeout": "30s",
                "env": {"LOG_LEVEL": "debug"}, "python": "python3", "pip": ["--no-index", "--find-links", "wheelhouse"],
                "roots": ["tools", "config"], "depends_on": ["api", "events"], "requires": ["yaml"], "watch": true,
                "files": {"config/app.json": {"template": "config/app.example.json"}}}},
             "services": {"api": {"start": ["python3", "-m", "http.server", "8000"], "workdir": ".", "env": {"A": "b"},
                 "probe": {"type": "http", "url": "http://127.0.0.1:8000/"}, "ready_timeout": "20s"},
               "events": {"restart": ["systemctl", "restart", "ev"], "stop": ["systemctl", "stop", "ev"],
                 "probe": {"type": "tcp", "host": "127.0.0.1", "port": 8765}},
               "ws": {"start": ["python3", "ws.py"], "probe": {"type": "websocket", "url": "ws://127.0.0.1:9000/x"}},
               "cmd": {"start": ["python3", "c.py"], "probe": {"type": "command", "command": ["true"]}}}}
            """;
    static final String SETTINGS = """
            {"auto_approve": false, "max_attempts": 3,
             "install": {"allow": ["requests"], "deny": ["evil"], "module_map": {"yaml": "PyYAML"}},
             "imports": {"renames": {"collections.Mapping": "collections.abc.Mapping"}},
             "learning": {"half_life": "30d", "max_adjustment": 50},
             "limits": {"max_error_bytes": 65536, "max_backup_bytes": 1000000, "pip_timeout": "5m",
                        "max_journal_line_bytes": 1048576, "regex_budget": "100ms", "decision_timeout": "2s"},
             "strategies": {"clear_cache": {"command": ["python3", "tools/clear.py", "{path}"], "touches": ["{path}"],
                            "description": "Drop a cache", "timeout": "30s"}},
             "flapping": {"backoff_base": "30s", "backoff_cap": "30m", "reset_after": "1h", "max_heals_per_window": 5,
                          "window": "1h", "breaker_failures": 3},
             "intake": {"allow_remote": false, "max_body_bytes": 1048576, "heal": "never", "request_timeout": "10s"}}
            """;
    static final String PATTERNS = """
            {"AddrInUse": {"pattern": "Address already in use", "solution": "clear_cache", "description": "port taken"},
             "OnlyDiagnose": {"pattern": "quota (?<what>\\\\w+) exceeded"}}
            """;
    static final String[] FILES = {"config/toolchains.json", "config/autoheal.json", "config/autoheal_patterns.json"};
    static final String[] TEXTS = {TOOLCHAINS, SETTINGS, PATTERNS};

    @Property(tries = 600)
    void damagedConfigIsLoadedOrRefusedByName(@ForAll @IntRange(min = 0, max = 2) int file, @ForAll long seed,
                                              @ForAll @IntRange(min = 1, max = 3) int damages) throws Exception {
        Random random = new Random(seed);
        JsonNode tree = JsonConfigReader.MAPPER.readTree(TEXTS[file]);
        for (int i = 0; i < damages; i++) tree = damage(tree, random);
        Path home = Files.createTempDirectory("autoheal-shapes");
        try {
            for (int i = 0; i < FILES.length; i++) {
                Path f = Files.createDirectories(home.resolve("config")).resolve(FILES[i].substring("config/".length()));
                Files.writeString(f, i == file ? JsonConfigReader.MAPPER.writeValueAsString(tree) : TEXTS[i]);
            }
            try {
                HomeConfig config = HomeConfig.load(new Home(home));
                use(config);
                Statistics.collect("loaded");
            } catch (ConfigException e) {
                // damage to the settings can make a pattern's solution unknown: then the patterns file is named
                assertThat(e.getMessage()).as("for %s", tree).startsWith(file == 1 ? "config/autoh" : FILES[file]);
                assertThat(e.getMessage()).doesNotContain("java.", "org.autoheal", "Exception", "null pointer");
                Statistics.collect("refused");
            }
        } finally {
            try (Stream<Path> all = Files.walk(home)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** What later code does with a loaded config: none of it may throw. */
    private static void use(HomeConfig config) {
        config.services().values().forEach(s -> {
            s.probeHost();
            s.probePort();
        });
        FlapPolicy policy = FlapPolicy.from(config.settings());
        policy.backoff(40);
        config.decisionTimeout();
        config.settings().strategies().forEach((name, c) -> new CommandStrategy(name, c));
        config.toolchains().values().forEach(t -> {
            assertThat(t.command()).isNotEmpty().doesNotContainNull();
            assertThat(t.templates().values()).doesNotContainNull();
            assertThat(t.env().values()).doesNotContainNull();
        });
    }

    /** One damage at a random place of the tree; the root itself may be replaced too. */
    static JsonNode damage(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) return odd(random); // the root is a scalar already
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target == root && random.nextInt(20) == 0) return odd(random);
        if (target instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            int kind = random.nextInt(4);
            if (keys.isEmpty() || kind == 0) o.set(random.nextBoolean() ? "extra" : "", odd(random));
            else if (kind == 1) o.remove(keys.get(random.nextInt(keys.size())));
            else o.set(keys.get(random.nextInt(keys.size())), odd(random));
        } else if (target instanceof ArrayNode a) {
            if (a.isEmpty() || random.nextBoolean()) a.add(odd(random));
            else if (random.nextBoolean()) a.remove(random.nextInt(a.size()));
            else a.set(random.nextInt(a.size()), odd(random));
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (!node.isContainerNode()) return;
        out.add(node);
        node.forEach(child -> collect(child, out));
    }

    /** A value of the wrong kind, or of the right kind with a value nobody expects. */
    static JsonNode odd(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(16)) {
            case 0 -> f.nullNode();
            case 1 -> f.objectNode();
            case 2 -> f.arrayNode();
            case 3 -> f.arrayNode().add(f.nullNode());
            case 4 -> f.objectNode().set("x", f.nullNode());
            case 5 -> f.textNode("");
            case 6 -> f.textNode("yes");
            case 7 -> f.numberNode(-1);
            case 8 -> f.numberNode(0);
            case 9 -> f.booleanNode(true);
            case 10 -> f.textNode("a\u0000b");
            case 11 -> f.textNode("999999999d");
            case 12 -> f.numberNode(1.5);
            case 13 -> f.arrayNode().add("");
            case 14 -> f.objectNode().set("x", f.objectNode());
            default -> f.textNode("::not a url or path::%");
        };
    }

    @Property(tries = 1)
    void theUndamagedFilesLoad() throws IOException {
        Path home = Files.createTempDirectory("autoheal-shapes");
        for (int i = 0; i < FILES.length; i++) {
            Files.writeString(Files.createDirectories(home.resolve("config")).resolve(FILES[i].substring(7)), TEXTS[i]);
        }
        HomeConfig config = HomeConfig.load(new Home(home));
        use(config);
        assertThat(config.patterns()).hasSize(2);
    }
}
