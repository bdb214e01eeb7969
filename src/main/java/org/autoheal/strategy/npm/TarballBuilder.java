package org.autoheal.strategy.npm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;

/**
 * Makes a local npm package tarball with {@code npm pack}, offline: the demo and the tests
 * install from it through a {@code file:} dependency, so no registry is needed.
 */
public final class TarballBuilder {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /**
     * Writes a package folder {@code name} (package.json and index.js with {@code indexJs}) under
     * {@code work} and packs it into {@code destination}; returns the tarball.
     */
    public Path build(Path work, Path destination, String name, String version, String indexJs) throws IOException {
        Path folder = work.resolve(name);
        Files.createDirectories(folder);
        Files.createDirectories(destination);
        Files.writeString(folder.resolve("package.json"), "{\"name\": \"" + name + "\", \"version\": \"" + version
                + "\", \"main\": \"index.js\", \"license\": \"MIT\"}\n");
        Files.writeString(folder.resolve("index.js"), indexJs);
        RunResult r = new ProcessRunner().run(new RunSpec(List.of("npm", "pack", "--silent", "--offline",
                "--pack-destination", destination.toString()), folder, Map.of("npm_config_update_notifier", "false"),
                TIMEOUT, 64 * 1024));
        Path tarball = destination.resolve(name + "-" + version + ".tgz");
        if (!r.ok() || !Files.isRegularFile(tarball)) {
            throw new IOException("npm pack in " + folder + " failed: " + r.describe());
        }
        return tarball;
    }
}
