package org.autoheal.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.autoheal.json.Json;

/**
 * The toolchain {@code t} whose error text a test chooses: it runs in {@code proj/} (its only root),
 * prints the bytes of {@code other/error.bin} on stderr through {@code other/emit.py} and exits 1,
 * with a {@link RecordingPython} as its interpreter so a test sees whether pip ran. Made by
 * {@link TestHome#errorToolchain()}.
 */
public final class ErrorToolchain {
    private final TestHome home;
    private final RecordingPython python;

    ErrorToolchain(TestHome home, RecordingPython python) {
        this.home = home;
        this.python = python;
    }

    public RecordingPython python() {
        return python;
    }

    /** The toolchain prints these bytes on stderr and exits 1. */
    public ErrorToolchain error(byte[] bytes) throws IOException {
        Files.createDirectories(home.root().resolve("other"));
        Files.write(home.root().resolve("other/error.bin"), bytes);
        return this;
    }

    public ErrorToolchain error(String text) throws IOException {
        return error(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The argv (as JSON) that prints the file {@code rel} (home-relative) on stderr and exits {@code exit}. */
    public String emit(String rel, int exit) throws IOException {
        return Json.MAPPER.writeValueAsString(List.of("python3", home.root().resolve("other/emit.py").toString(),
                home.root().resolve(rel).toString(), Integer.toString(exit)));
    }

    /** The JSON of one toolchain entry with the recording python; {@code extra} adds fields (leading comma). */
    public String json(String argvJson, String workdir, String extra) throws IOException {
        return "{\"command\": " + argvJson + ", \"workdir\": \"" + workdir + "\", \"python\": "
                + Json.MAPPER.writeValueAsString(python.path().toString()) + ", \"timeout\": \"20s\"" + extra + "}";
    }

    /** config/toolchains.json: {@code t} runs {@code argvJson} in proj/; {@code services} is the inside of "services" or empty. */
    public ErrorToolchain command(String argvJson, String extra, String services) throws IOException {
        home.write("config/toolchains.json", "{\"toolchains\": {\"t\": " + json(argvJson, "proj", extra) + "}"
                + (services.isEmpty() ? "" : ", \"services\": {" + services + "}") + "}");
        return this;
    }

    /** Writes emit.py, the recording python, an empty error and the config. */
    static ErrorToolchain write(TestHome home) throws IOException {
        Files.createDirectories(home.root().resolve("proj"));
        RecordingPython python = RecordingPython.write(home.root().resolve("other/bin/python"),
                home.root().resolve("other/python-argv.log"));
        home.write("other/emit.py", "import sys\nsys.stderr.buffer.write(open(sys.argv[1], 'rb').read())\n"
                + "sys.exit(int(sys.argv[2]) if len(sys.argv) > 2 else 1)\n");
        ErrorToolchain t = new ErrorToolchain(home, python).error("");
        return t.command(t.emit("other/error.bin", 1), "", "");
    }
}
