package org.autoheal.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.config.Home;
import org.autoheal.config.Toolchain;
import org.autoheal.facts.BrokenJsonFile;
import org.autoheal.strategy.json.JsonRepair;
import org.autoheal.strategy.json.JsonRepairer;
import org.autoheal.strategy.json.UnrepairableJsonException;

/**
 * Are the JSON files a toolchain names valid? The keys of its {@code files} map that end in
 * {@code .json} (relative to the home; a missing one fails), and command arguments ending in
 * {@code .json} (also {@code --opt=x.json}, relative to the workdir) that exist inside its roots.
 * Agrees with a strict loader (Python's {@code json}): a byte order mark, UTF-16/32 or bytes
 * that are not UTF-8 fail, with what the problem is; trailing content fails; duplicate keys are
 * valid with a warning. Files are streamed; only an invalid one is read whole, to ask the
 * repairer whether {@code autoheal repair} can fix it.
 */
final class JsonFileCheck {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonFactory LENIENT_KEYS = JsonFactory.builder().build();
    private static final JsonRepairer REPAIRER = new JsonRepairer();
    private final Home home;

    JsonFileCheck(Home home) {
        this.home = home;
    }

    List<Check> check(Toolchain t) {
        List<Check> out = new ArrayList<>();
        files(t).forEach((p, required) -> {
            if (Files.exists(p) || required) out.add(check(t.name(), p));
        });
        return out;
    }

    /** The files checked: path -> whether it must exist. */
    private Map<Path, Boolean> files(Toolchain t) {
        Map<Path, Boolean> files = new LinkedHashMap<>(); // path -> must exist
        t.templates().keySet().stream().filter(k -> k.endsWith(".json"))
                .forEach(k -> files.put(home.root().resolve(k).normalize(), true));
        for (String arg : t.command().subList(1, t.command().size())) {
            String value = arg.startsWith("-") && arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : arg;
            if (!value.endsWith(".json") || value.indexOf('\0') >= 0) continue;
            Path p = t.workdir().resolve(value).normalize();
            if (insideRoots(p, t.roots())) files.putIfAbsent(p, false);
        }
        return files;
    }

    Check check(String tool, Path file) {
        String shown = home.show(file);
        if (!Files.exists(file)) return Check.failed(tool, Check.JSON, shown, "missing; `autoheal repair` can create it from its template");
        if (!Files.isRegularFile(file)) return Check.failed(tool, Check.JSON, shown, "not a regular file");
        try {
            JsonEncoding.Problem encoding = JsonEncoding.inspect(file);
            if (encoding != null) {
                String detail = "line " + encoding.line() + ", column " + encoding.column() + ": " + encoding.what()
                        + (encoding.repairable() ? repairability(file) : "");
                return new Check(tool, Check.JSON, shown, false, detail, encoding.line(), encoding.column());
            }
            Failure invalid = failure(file, LENIENT_KEYS);
            if (invalid != null) {
                return new Check(tool, Check.JSON, shown, false,
                        invalid.describe() + (invalid.located() ? repairability(file) : ""), invalid.line(), invalid.column());
            }
            Failure duplicate = failure(file, FACTORY);
            if (duplicate != null) {
                // valid JSON (RFC 8259 only says names SHOULD be unique) and Python loads it, keeping the last value
                return Check.ok(tool, Check.JSON, shown, "valid JSON; warning: " + duplicate.describe()
                        + "; loaders keep only the last value");
            }
            return Check.ok(tool, Check.JSON, shown, "valid JSON");
        } catch (IOException e) {
            return Check.failed(tool, Check.JSON, shown, "cannot read: " + e.getMessage());
        }
    }

    /** Asks the repairer itself, so health never promises a repair that repair then refuses. */
    private static String repairability(Path file) {
        try {
            if (Files.size(file) > JsonRepairer.DEFAULT_MAX_BYTES) {
                return "; the file is over the " + JsonRepairer.DEFAULT_MAX_BYTES + " byte limit of `autoheal repair`";
            }
            JsonRepair repair = REPAIRER.repair(Files.readString(file));
            if (!repair.hasFixes()) return "; `autoheal repair` finds nothing it can change";
            int more = repair.fixes().size() - 1;
            return "; `autoheal repair` can repair it (" + repair.fixes().get(0)
                    + (more > 0 ? " and " + more + " more edit" + (more == 1 ? "" : "s") : "") + ")";
        } catch (UnrepairableJsonException e) {
            return "; `autoheal repair` would refuse it (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The toolchain's JSON files that exist and fail to parse, where the decoder stopped: the same
     * files and the same parse as {@link #check(Toolchain)}, as facts for the rules.
     */
    List<BrokenJsonFile> broken(Toolchain t) {
        List<BrokenJsonFile> out = new ArrayList<>();
        for (Path p : files(t).keySet()) {
            if (!Files.isRegularFile(p)) continue;
            try {
                Failure f = failure(p, LENIENT_KEYS);
                if (f != null) out.add(new BrokenJsonFile(relative(t.workdir(), p), home.show(p), f.line(), f.column(), f.position(), f.message()));
            } catch (IOException e) {
                // unreadable: not a JSON format problem
            }
        }
        return out;
    }

    /** Where a strict parse stopped; {@code located} is false for an empty file or text that is not UTF-8. */
    record Failure(int line, int column, Integer position, String message, boolean located) {
        String describe() {
            return located ? "line " + line + ", column " + column + ": " + message : message;
        }
    }

    /**
     * Streams the file through a strict parser; null when it holds exactly one JSON value. Read as
     * UTF-8 characters, so lines, columns and the position count characters as Python's loader does
     * (Jackson's byte parser counts bytes and calls a U+FFFD in the text an invalid UTF-8 byte).
     */
    private static Failure failure(Path file, JsonFactory factory) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonParser p = factory.createParser(in)) {
            try {
                if (p.nextToken() == null) return new Failure(1, 1, 0, "empty file; expected a JSON value", false);
                p.skipChildren();
                if (p.nextToken() != null) {
                    JsonLocation at = p.currentTokenLocation();
                    return new Failure(at.getLineNr(), at.getColumnNr(), offset(at), "unexpected content after the JSON value", true);
                }
                return null;
            } catch (JsonProcessingException e) {
                // a limit (nesting depth) carries no location of its own: where the parser stopped is where it is
                JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
                String msg = e.getOriginalMessage().lines().findFirst().orElse("invalid JSON");
                return new Failure(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), offset(at), msg, true);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            return new Failure(0, 0, null, "not UTF-8 text", false);
        }
    }

    private static Integer offset(JsonLocation at) {
        return at == null || at.getCharOffset() < 0 ? null : Integer.valueOf((int) Math.min(at.getCharOffset(), Integer.MAX_VALUE));
    }

    private static String relative(Path workdir, Path file) {
        try {
            return workdir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
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
