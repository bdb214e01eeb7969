package org.autoheal.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.autoheal.testing.Cli;

/**
 * Follows the example blocks of the guide in document order, as a reader would: writes each
 * file block into the home, runs each console command (the AutoHeal CLI in-process, plus the
 * few shell commands the guide uses) and compares the output with what the guide shows.
 * The guide's home {@code /tmp/guide-home} is mapped to a temp folder. Throws AssertionError
 * naming the guide's line at the first difference.
 */
final class GuideRun {
    static final String GUIDE_HOME = "/tmp/guide-home";
    private static final String EXIT_SUFFIX = "; echo \"exit $?\"";
    private static final String JSON_SUFFIX = " | python3 -m json.tool";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path home;
    private final Path repo;
    private final List<String> transcript = new ArrayList<>();

    GuideRun(Path home, Path repo) {
        this.home = home;
        this.repo = repo;
    }

    /** Runs every example block; returns the real output of every command, in order. */
    List<String> follow(GuideBlocks guide) throws IOException {
        for (GuideBlocks.Block b : guide.examples()) {
            if (b.file() != null) write(b);
            else if (b.lang().equals("console")) console(b);
            else throw new AssertionError(where(b, 0) + "an example block needs file=PATH or must be a console block");
        }
        return transcript;
    }

    private void write(GuideBlocks.Block b) throws IOException {
        if (!b.proseBefore().contains(GUIDE_HOME + "/" + b.file())) {
            throw new AssertionError(where(b, 0) + "the text before this block must tell the reader to save it as "
                    + GUIDE_HOME + "/" + b.file());
        }
        Path target = inHome(b.file());
        Files.createDirectories(target.getParent());
        Files.writeString(target, b.body(), StandardCharsets.UTF_8);
    }

    private void console(GuideBlocks.Block b) throws IOException {
        String[] lines = b.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("$ ")) {
                if (lines[i].isBlank()) continue;
                throw new AssertionError(where(b, i + 1) + "output without a command before it: " + lines[i]);
            }
            int cmdLine = i;
            StringBuilder expected = new StringBuilder();
            while (i + 1 < lines.length && !lines[i + 1].startsWith("$ ")) expected.append(lines[++i]).append('\n');
            run(b, cmdLine + 1, lines[cmdLine].substring(2), expected.toString());
        }
    }

    private void run(GuideBlocks.Block b, int offset, String command, String expected) throws IOException {
        boolean exit = command.endsWith(EXIT_SUFFIX);
        if (exit) command = command.substring(0, command.length() - EXIT_SUFFIX.length());
        boolean json = command.endsWith(JSON_SUFFIX);
        if (json) command = command.substring(0, command.length() - JSON_SUFFIX.length());
        List<String> argv = ShellWords.split(command);
        String actual;
        switch (argv.get(0)) {
            case "bin/autoheal" -> actual = autoheal(argv.subList(1, argv.size()), exit, json);
            case "mkdir" -> actual = mkdir(b, offset, argv);
            case "cp" -> actual = copyRules(b, offset, argv);
            case "rm" -> {
                Files.delete(inHome(relative(b, offset, argv.get(argv.size() - 1))));
                actual = "";
            }
            default -> throw new AssertionError(where(b, offset) + "a command the guide test does not know: " + command);
        }
        transcript.add(actual);
        String diff = json ? OutputMatch.json(MAPPER.readTree(expected), MAPPER.readTree(actual))
                : OutputMatch.text(expected, actual);
        if (diff != null) {
            throw new AssertionError(where(b, offset) + "`" + command + "` does not print what the guide shows: " + diff
                    + "\n--- actual output ---\n" + actual);
        }
    }

    private String autoheal(List<String> args, boolean exit, boolean json) {
        List<String> mapped = args.stream().map(a -> a.startsWith(GUIDE_HOME) ? home + a.substring(GUIDE_HOME.length()) : a).toList();
        Cli.Output r = Cli.execute(mapped.toArray(String[]::new));
        if (json) return r.out();
        return r.out() + r.err() + (exit ? "exit " + r.exit() + "\n" : "");
    }

    private String mkdir(GuideBlocks.Block b, int offset, List<String> argv) throws IOException {
        if (argv.size() != 3 || !argv.get(1).equals("-p")) throw new AssertionError(where(b, offset) + "expected mkdir -p DIR");
        Files.createDirectories(inHome(relative(b, offset, argv.get(2))));
        return "";
    }

    /** {@code cp -r rules /tmp/guide-home/}: the repository's default rules into the home. */
    private String copyRules(GuideBlocks.Block b, int offset, List<String> argv) throws IOException {
        if (argv.size() != 4 || !argv.get(1).equals("-r") || !argv.get(2).equals("rules")) {
            throw new AssertionError(where(b, offset) + "expected cp -r rules DIR");
        }
        Path target = inHome(relative(b, offset, argv.get(3))).resolve("rules");
        Path source = repo.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.sorted().toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        return "";
    }

    private static String relative(GuideBlocks.Block b, int offset, String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.equals(GUIDE_HOME)) return "";
        if (!p.startsWith(GUIDE_HOME + "/")) throw new AssertionError(where(b, offset) + "a path outside " + GUIDE_HOME + ": " + path);
        return p.substring(GUIDE_HOME.length() + 1);
    }

    private Path inHome(String relative) {
        Path p = home.resolve(relative).normalize();
        if (!p.startsWith(home)) throw new AssertionError("a guide path leaves the home: " + relative);
        return p;
    }

    private static String where(GuideBlocks.Block b, int offset) {
        return "docs/rules.md:" + (b.line() + offset) + " (example=" + b.example() + "): ";
    }
}
