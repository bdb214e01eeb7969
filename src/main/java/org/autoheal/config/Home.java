package org.autoheal.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder AutoHeal works in (DESIGN §3): {@code --home DIR}, else {@code $AUTOHEAL_HOME},
 * else the current folder. All paths AutoHeal reads and writes are derived here.
 */
public record Home(Path root) {
    public static final String ENV = "AUTOHEAL_HOME";

    public Home {
        root = root.toAbsolutePath().normalize();
    }

    public static Home resolve(String option) {
        String dir = option != null ? option : System.getenv(ENV);
        Path p = Path.of(dir == null || dir.isBlank() ? "." : dir);
        if (!Files.isDirectory(p)) {
            throw new ConfigException("home folder " + p.toAbsolutePath() + " does not exist; pass --home DIR or set " + ENV);
        }
        return new Home(p);
    }

    public Path config() { return root.resolve("config"); }
    public Path settingsFile() { return config().resolve("autoheal.json"); }
    public Path toolchainsFile() { return config().resolve("toolchains.json"); }
    public Path patternsFile() { return config().resolve("autoheal_patterns.json"); }
    public Path rules() { return root.resolve("rules"); }
    public Path logs() { return root.resolve("logs/autoheal"); }
    public Path journal() { return logs().resolve("journal.jsonl"); }
    public Path serviceLogs() { return root.resolve("logs/services"); }
    public Path backups() { return root.resolve("backups/autoheal"); }
    public Path state() { return root.resolve("state"); }
    public Path plugins() { return root.resolve("plugins"); }

    /** Shows a path relative to the home when it is inside it. */
    public String show(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }
}
