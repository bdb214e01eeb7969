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

    /** A home is a folder with config/toolchains.json; anything else is a folder AutoHeal must not write to. */
    public boolean isHome() {
        return Files.isRegularFile(toolchainsFile());
    }

    /** This home, or exit 2 for the commands that watch, heal or report on a home (DESIGN §3). */
    public Home requireHome() {
        if (!isHome()) {
            throw new ConfigException("not an AutoHeal home: " + root + " has no config/toolchains.json; pass --home DIR or set "
                    + ENV + " to a home, or create config/toolchains.json there (README, Configuration)");
        }
        return this;
    }

    /**
     * Where compiled rules are cached: the home's {@code state/cache}; for a folder that is not a
     * home ({@code diagnose} and {@code rules} run anywhere) the user's cache folder, so that
     * running AutoHeal in a checkout or in /tmp never leaves state/ behind.
     */
    public Path rulesCache() {
        if (isHome()) return state().resolve("cache");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("autoheal").resolve("rules");
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
