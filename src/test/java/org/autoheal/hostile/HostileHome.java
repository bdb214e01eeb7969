package org.autoheal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.autoheal.json.Json;

/**
 * A temp home for hostile-input runs. The toolchain {@code t} runs in {@code proj/} (its only root)
 * and prints whatever {@link #error} says to stderr, then exits 1. Everything else is outside the
 * roots and is snapshotted: the home's {@code config/}, an {@code other/} folder beside it, and an
 * {@code outside} folder beyond the home; {@code proj/} too, for the rollback. A fake {@code python} logs every argv, so a test sees
 * whether pip ever ran.
 */
final class HostileHome {
    final Path home;
    final Path proj;
    final Path outside;
    final Path pyLog;
    private Map<String, String> before;

    HostileHome(Path home, Path outside) throws IOException {
        this.home = home.toRealPath();
        this.outside = outside.toRealPath();
        this.proj = Files.createDirectories(this.home.resolve("proj"));
        this.pyLog = this.home.resolve("other/python-argv.log");
        write("other/keep.txt", "outside the roots, in the home\n");
        write("config/app.json", "{'not': 'ours to heal',}\n");
        Files.writeString(this.outside.resolve("secret.txt"), "secret\n");
        Files.writeString(this.outside.resolve("run.sh"), "#!/bin/sh\necho outside\n");
        Files.setPosixFilePermissions(this.outside.resolve("run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(this.outside.resolve("data.json"), "{'a': 1,}\n");
        Files.writeString(this.outside.resolve("mod.py"), "def f()\n    return 1\n");
        Files.createDirectories(this.outside.resolve("dir"));
        // pip is logged and fails fast (no index here); every other call runs the real python3
        Path python = write("other/bin/python", "#!/bin/sh\nprintf '%s ' \"$@\" >> '" + pyLog + "'\necho >> '" + pyLog + "'\n"
                + "if [ \"$1\" = -m ] && [ \"$2\" = pip ]; then echo 'fake pip: no index in tests' >&2; exit 1; fi\n"
                + "exec python3 \"$@\"\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        write("other/emit.py", "import sys\nsys.stderr.buffer.write(open(sys.argv[1], 'rb').read())\n"
                + "sys.exit(int(sys.argv[2]) if len(sys.argv) > 2 else 1)\n");
        error("");
        toolchain("");
    }

    /** The toolchain prints these bytes on stderr and exits 1. */
    HostileHome error(byte[] bytes) throws IOException {
        Files.createDirectories(home.resolve("other"));
        Files.write(home.resolve("other/error.bin"), bytes);
        return this;
    }

    HostileHome error(String text) throws IOException {
        return error(text.getBytes(StandardCharsets.UTF_8));
    }

    /** config/toolchains.json for {@code t} running emit.py; {@code extra} adds fields (leading comma). */
    HostileHome toolchain(String extra) throws IOException {
        return toolchainCommand(emit("other/error.bin", 1), extra, "");
    }

    /** The argv (as JSON) that prints the file {@code rel} (home-relative) on stderr and exits {@code exit}. */
    String emit(String rel, int exit) throws IOException {
        return Json.MAPPER.writeValueAsString(List.of("python3", home.resolve("other/emit.py").toString(),
                home.resolve(rel).toString(), Integer.toString(exit)));
    }

    /** The JSON of one toolchain entry with the fake python; {@code extra} adds fields (leading comma). */
    String toolchainJson(String argvJson, String workdir, String extra) throws IOException {
        return "{\"command\": " + argvJson + ", \"workdir\": \"" + workdir + "\", \"python\": "
                + Json.MAPPER.writeValueAsString(home.resolve("other/bin/python").toString()) + ", \"timeout\": \"20s\"" + extra + "}";
    }

    HostileHome toolchainCommand(String argvJson, String extra, String services) throws IOException {
        write("config/toolchains.json", "{\"toolchains\": {\"t\": " + toolchainJson(argvJson, "proj", extra) + "}"
                + (services.isEmpty() ? "" : ", \"services\": {" + services + "}") + "}");
        return this;
    }

    Path write(String rel, String text) throws IOException {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Records every file outside the roots (content hash, mode, link target); call before the run. */
    void snapshot() {
        before = outsideTheRoots();
    }

    /**
     * Nothing in the home (but AutoHeal's logs/, backups/, state/) nor outside it was created, removed
     * or changed, not even a mode: outside the roots nothing may change, and inside them a hostile
     * case never verifies, so every attempt is rolled back.
     */
    void assertNothingOutsideTheRootsChanged() {
        assertThat(outsideTheRoots()).as("files outside the roots").isEqualTo(before);
    }

    /** pip was never started (the fake python logs every call). */
    void assertPipNeverRan() throws IOException {
        String log = Files.exists(pyLog) ? Files.readString(pyLog) : "";
        assertThat(log.lines().filter(l -> l.startsWith("-m pip"))).as("pip calls").isEmpty();
    }

    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not one JSON object on stdout: " + out + "\nstderr: " + err, e);
            }
        }

        JsonNode incident() {
            JsonNode incs = json().get("incidents");
            assertThat(incs.size()).as(out).isPositive();
            return incs.get(0);
        }

        /** Everything the run said about the case: the report and the progress log. */
        String all() {
            return out + "\n" + err;
        }
    }

    Run autoheal(String... args) {
        org.autoheal.testing.Cli.Output o = org.autoheal.testing.Cli.run(home, args);
        return new Run(o.exit(), o.out(), o.err());
    }

    Run repair() {
        return autoheal("repair", "--yes", "--json");
    }

    private Map<String, String> outsideTheRoots() {
        Map<String, String> files = new TreeMap<>();
        Set<Path> ours = Set.of(home.resolve("logs"), home.resolve("backups"), home.resolve("state"), pyLog);
        for (Path dir : List.of(outside, home)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> ours.stream().noneMatch(p::startsWith)).forEach(p -> files.put(p.toString(), describe(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String describe(Path p) {
        try {
            if (Files.isSymbolicLink(p)) return "link -> " + Files.readSymbolicLink(p);
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return "dir " + mode;
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return "special " + mode; // a FIFO: never read it
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
            return mode + " " + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException("cannot snapshot " + p + ": " + e, e);
        }
    }
}
