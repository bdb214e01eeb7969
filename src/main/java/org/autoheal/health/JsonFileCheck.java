package org.autoheal.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.config.Home;
import org.autoheal.config.Toolchain;

/**
 * Are the JSON files a toolchain names valid? The keys of its {@code files} map that end in
 * {@code .json} (relative to the home; a missing one fails), and command arguments ending in
 * {@code .json} (also {@code --opt=x.json}, relative to the workdir) that exist inside its roots.
 * Files are streamed, not loaded, and strictly parsed: duplicate keys and trailing content fail.
 */
final class JsonFileCheck {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final Home home;

    JsonFileCheck(Home home) {
        this.home = home;
    }

    List<Check> check(Toolchain t) {
        Map<Path, Boolean> files = new LinkedHashMap<>(); // path -> must exist
        t.templates().keySet().stream().filter(k -> k.endsWith(".json"))
                .forEach(k -> files.put(home.root().resolve(k).normalize(), true));
        for (String arg : t.command().subList(1, t.command().size())) {
            String value = arg.startsWith("-") && arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : arg;
            if (!value.endsWith(".json") || value.indexOf('\0') >= 0) continue;
            Path p = t.workdir().resolve(value).normalize();
            if (insideRoots(p, t.roots())) files.putIfAbsent(p, false);
        }
        List<Check> out = new ArrayList<>();
        files.forEach((p, required) -> {
            if (Files.exists(p) || required) out.add(check(t.name(), p));
        });
        return out;
    }

    Check check(String tool, Path file) {
        String shown = home.show(file);
        if (!Files.exists(file)) return Check.failed(tool, Check.JSON, shown, "missing; `autoheal repair` can create it from its template");
        if (!Files.isRegularFile(file)) return Check.failed(tool, Check.JSON, shown, "not a regular file");
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() == null) {
                return new Check(tool, Check.JSON, shown, false, "empty file; expected a JSON value", 1, 1);
            }
            p.skipChildren();
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                return new Check(tool, Check.JSON, shown, false, "line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ": unexpected content after the JSON value", at.getLineNr(), at.getColumnNr());
            }
            return Check.ok(tool, Check.JSON, shown, "valid JSON");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int col = at == null ? 0 : at.getColumnNr();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("invalid JSON");
            return new Check(tool, Check.JSON, shown, false, "line " + line + ", column " + col + ": " + msg
                    + "; `autoheal repair` can repair it", line, col);
        } catch (IOException e) {
            return Check.failed(tool, Check.JSON, shown, "cannot read: " + e.getMessage());
        }
    }

    /** Inside a root after resolving symlinks, so a link cannot lead the check out of them. */
    private static boolean insideRoots(Path p, List<Path> roots) {
        Path real;
        try {
            real = Files.exists(p) ? p.toRealPath() : p;
        } catch (IOException e) {
            return false;
        }
        for (Path r : roots) {
            Path root = r;
            try {
                if (Files.exists(r)) root = r.toRealPath();
            } catch (IOException ignored) {
                // keep the normalized root
            }
            if (real.startsWith(root)) return true;
        }
        return false;
    }
}
