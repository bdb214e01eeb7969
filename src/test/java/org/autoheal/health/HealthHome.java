package org.autoheal.health;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.explain.Json;

/** A temp home and `autoheal ... ` run in-process with captured output and exit code. */
final class HealthHome {
    final Path root;

    HealthHome(Path root) {
        this.root = root;
    }

    record Run(int exit, String out, String err) {
        /** The whole of stdout must be exactly one JSON object. */
        JsonNode json() throws IOException {
            JsonNode n = Json.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
            if (n == null || !n.isObject()) throw new AssertionError("stdout is not one JSON object: " + out);
            return n;
        }
    }

    Run autoheal(String... args) {
        org.autoheal.testing.Cli.Output o = org.autoheal.testing.Cli.run(root, args);
        return new Run(o.exit(), o.out(), o.err());
    }

    Path write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    void toolchains(String json) throws IOException {
        write("config/toolchains.json", json);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static JsonNode check(JsonNode report, String kind, String subject) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("kind").asText().equals(kind) && c.get("subject").asText().equals(subject)) return c;
        }
        throw new AssertionError("no " + kind + " check of " + subject + " in " + report);
    }
}
