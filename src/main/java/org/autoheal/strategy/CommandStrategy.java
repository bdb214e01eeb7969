package org.autoheal.strategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.autoheal.config.Durations;
import org.autoheal.config.Settings;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;

/**
 * A strategy declared in config/autoheal.json: its argv comes from config only. A {@code {param}}
 * argument is replaced, as one whole argument, by the proposal's validated parameter; paths
 * named in {@code touches} are confined to the roots and backed up before the command runs.
 */
public final class CommandStrategy implements Strategy {
    private static final int MAX_VALUE = 1024;
    private static final int TAIL_LINES = 5;
    private static final int MAX_FILES_BACKED_UP = 2000;
    private final String name;
    private final Settings.CommandStrategy config;

    public CommandStrategy(String name, Settings.CommandStrategy config) {
        this.name = name;
        this.config = config;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Map<String, String> values = new LinkedHashMap<>();
        List<Path> touched = new ArrayList<>();
        for (String t : config.touches()) {
            Path p = Params.confine(ctx, substitute(t, params, values, null));
            touched.add(p);
        }
        List<String> argv = new ArrayList<>();
        for (String arg : config.command()) argv.add(substitute(arg, params, values, ctx));
        List<Path> modifies = new ArrayList<>();
        List<Path> creates = new ArrayList<>();
        for (Path p : touched) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) modifies.addAll(filesUnder(p));
            else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) modifies.add(p);
            else creates.add(p);
        }
        Duration timeout = Durations.parseOr(config.timeout(), Duration.ofSeconds(60), "strategies." + name + ".timeout");
        return new Action() {
            @Override
            public String describe() {
                return (config.description() == null ? "run" : config.description() + ":") + " " + String.join(" ", argv);
            }

            @Override
            public List<Path> modifies() {
                return modifies;
            }

            @Override
            public List<Path> creates() {
                return creates;
            }

            @Override
            public String apply() throws IOException {
                RunResult r = ctx.runner().run(new RunSpec(argv, ctx.toolchain().workdir(), Map.of(), timeout, 64 * 1024));
                if (!r.ok()) throw new IOException("strategy command failed: " + r.describe());
                String tail = lastLines(r.combined());
                return "ran " + String.join(" ", argv) + " (exit 0)" + (tail.isEmpty() ? "" : "; last output: " + tail);
            }
        };
    }

    /**
     * The last lines a command printed, for the report and the journal: what a person would look
     * at first. Blank lines dropped, control characters replaced, each line and the count bounded.
     */
    static String lastLines(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        return last.stream().map(l -> {
            String clean = l.replaceAll("\\p{Cntrl}", "?");
            return clean.length() <= 200 ? clean : clean.substring(0, 199) + "…";
        }).collect(java.util.stream.Collectors.joining(" | "));
    }

    /** The NAME of an argument that is exactly {@code {NAME}} (a-z first, then a-z, 0-9, _; at most 41); else null. */
    static String placeholder(String arg) {
        int n = arg.length();
        if (n < 3 || n > 43 || arg.charAt(0) != '{' || arg.charAt(n - 1) != '}') return null;
        String key = arg.substring(1, n - 1);
        if (key.charAt(0) < 'a' || key.charAt(0) > 'z') return null;
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) return null;
        }
        return key;
    }

    /** Replaces a whole-argument placeholder; a path-like value is confined to the roots first. */
    private String substitute(String arg, Map<String, String> params, Map<String, String> seen, StrategyContext ctx)
            throws Refusal {
        String key = placeholder(arg);
        if (key == null) return arg;
        String v = params.get(key);
        if (v == null) throw new Refusal("strategy '" + name + "' needs parameter '" + key + "' but the proposal has none");
        if (v.isEmpty() || v.length() > MAX_VALUE || v.startsWith("-") || v.chars().anyMatch(c -> c < 0x20)) {
            throw new Refusal("parameter '" + key + "' is not a safe argument: it is empty, too long, starts with '-' or has control characters");
        }
        seen.put(key, v);
        if (ctx != null && config.touches().contains(arg)) {
            return Params.confine(ctx, v).toString();
        }
        return v;
    }

    private static List<Path> filesUnder(Path dir) throws Refusal {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).limit(MAX_FILES_BACKED_UP + 1L).toList();
            if (files.size() > MAX_FILES_BACKED_UP) throw new Refusal(dir + " holds more than " + MAX_FILES_BACKED_UP + " files; too many to back up");
            return files;
        } catch (IOException e) {
            throw new Refusal("cannot list " + dir + " to back it up: " + e.getMessage());
        }
    }
}
