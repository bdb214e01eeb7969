package org.autoheal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;

/**
 * A temp home with toolchains that really heal, and a folder {@code outside} beyond it whose
 * files (content, mode, links) are snapshotted: for attacks on AutoHeal's own state (manifests,
 * the journal) and on the moment between a check and the act that follows it.
 */
final class StateHome {
    final Path home;
    final Path outside;
    private final ObjectNode toolchains = Json.object();
    private Map<String, String> before;

    StateHome(Path dir) throws IOException {
        this.home = Files.createDirectories(dir.resolve("home")).toRealPath();
        this.outside = Files.createDirectories(dir.resolve("outside")).toRealPath();
        Files.writeString(outside.resolve("keep.txt"), "keep me\n");
        Files.writeString(outside.resolve("run.sh"), "#!/bin/sh\necho outside\n");
        Files.setPosixFilePermissions(outside.resolve("run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(outside.resolve("data.json"), "{\"outside\": true}\n");
        Files.createDirectories(home.resolve("config"));
    }

    /** A toolchain; {@code workdir} null means the default (the home). */
    StateHome tool(String name, String workdir, String... command) throws IOException {
        ObjectNode t = toolchains.putObject(name);
        command(t, command);
        if (workdir != null) t.put("workdir", workdir);
        t.put("timeout", "30s");
        Files.writeString(home.resolve("config/toolchains.json"), Json.MAPPER.writeValueAsString(
                Json.object().set("toolchains", toolchains)));
        return this;
    }

    private static void command(ObjectNode t, String... command) {
        var a = t.putArray("command");
        for (String c : command) a.add(c);
    }

    /** {@code build}: runs {@code tools/<sub>run.sh}, which is not executable: fix_permissions heals it. */
    StateHome script(String rel) throws IOException {
        write(rel, "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(home.resolve(rel), PosixFilePermissions.fromString("rw-r-----"));
        return tool("build", null, "./" + rel);
    }

    /** {@code json}: loads {@code proj/<rel>}, which is broken JSON: repair_json heals it. */
    StateHome json(String rel) throws IOException {
        write("proj/" + rel, "{'a': 1,}\n");
        write("proj/load.py", "import json\nprint('settings:', json.load(open('" + rel + "')))\n");
        return tool("json", "proj", "python3", "load.py");
    }

    Path write(String rel, String text) throws IOException {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    Cli.Output run(String... args) {
        return Cli.run(home, args);
    }

    /** Runs {@code repair} for one toolchain and returns the incident id; the heal must verify. */
    String heal(String tool) throws IOException {
        Cli.Output r = run("repair", "--yes", "--json", "--tool", tool);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        var incident = Json.MAPPER.readTree(r.out()).get("incidents").get(0);
        assertThat(incident.get("outcome").asText()).as(r.out()).isEqualTo("healed");
        return incident.get("id").asText();
    }

    Path manifest(String id) {
        return home.resolve("backups/autoheal/" + id + "/manifest.json");
    }

    /** Replaces {@code swapped} (a folder) by a symbolic link to {@code target}, keeping the folder aside. */
    static void swapForLink(Path swapped, Path target) {
        try {
            Files.move(swapped, swapped.resolveSibling(swapped.getFileName() + ".moved"), StandardCopyOption.ATOMIC_MOVE);
            Files.createSymbolicLink(swapped, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the whole home like {@code cp -a}: links as links, modes kept. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(q);
                    Files.setPosixFilePermissions(q, Files.getPosixFilePermissions(p));
                } else {
                    Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    void snapshotOutside() {
        before = outsideFiles();
    }

    void assertOutsideUnchanged() {
        assertThat(outsideFiles()).as("files outside the home").isEqualTo(before);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> outsideFiles() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(outside)) {
            for (Path p : s.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                int full = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
                files.put(p.toString(), Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir " + mode
                        : String.format("%04o ", full) + sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p);
    }
}
