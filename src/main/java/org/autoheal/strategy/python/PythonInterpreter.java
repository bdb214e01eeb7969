package org.autoheal.strategy.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;

/**
 * Every question AutoHeal asks a toolchain's Python: does this source compile, which submodule
 * defines a name, can a module be imported. Each call runs a fixed {@code -c} script with argv
 * only (no shell), a timeout that kills the process tree and bounded output ({@link ProcessRunner}); names are validated before running.
 * Importing user modules runs their top-level code, as the toolchain itself would.
 */
public final class PythonInterpreter {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_OUTPUT = 64 * 1024; // per stream; the result line is the last, so the tail is kept
    // a leftover child holding the pipes must not hang us for long
    private static final ProcessRunner RUNNER = new ProcessRunner(ProcessRunner.DEFAULT_KILL_GRACE, Duration.ofSeconds(2));

    private final String command;
    private final Path workdir;
    private final Duration timeout;
    private final Map<String, String> extraEnv;

    public PythonInterpreter(String command, Path workdir) {
        this(command, workdir, DEFAULT_TIMEOUT, Map.of());
    }

    /** @param extraEnv variables added to AutoHeal's environment, e.g. the toolchain's {@code env} */
    public PythonInterpreter(String command, Path workdir, Duration timeout, Map<String, String> extraEnv) {
        if (command == null || command.isBlank() || command.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Python interpreter command is empty or invalid: "
                    + PythonNames.describe(command) + "; set \"python\" in config/toolchains.json");
        }
        this.command = command;
        this.workdir = workdir.toAbsolutePath().normalize();
        this.timeout = timeout;
        this.extraEnv = Map.copyOf(extraEnv);
    }

    public String command() {
        return command;
    }

    /** Compiles {@code source} from a private temp copy; the user's folder is never written. */
    public CompileResult compiles(String source, String displayName) {
        String name = displayName == null ? "<source>" : displayName.replaceAll("[\\p{Cntrl}]", "?");
        name = name.length() > 512 ? name.substring(0, 512) : name;
        Path dir = null;
        Path file = null;
        try {
            dir = Files.createTempDirectory("autoheal-compile-");
            file = Files.writeString(dir.resolve("candidate.py"), source, StandardCharsets.UTF_8);
            String[] parts = resultLine(run(List.of(InterpreterScripts.COMPILE, file.toString(), name)),
                    InterpreterScripts.COMPILE_MARK).split("\t", 4);
            if (parts[0].equals("OK")) {
                return CompileResult.success();
            }
            if (parts.length == 4 && parts[0].equals("ERR")) {
                return CompileResult.failure(parts[1], parts[3], Integer.parseInt(parts[2]));
            }
            throw new PythonInterpreterException("Unexpected compile answer from " + command + ": " + parts[0]);
        } catch (IOException e) {
            throw new PythonInterpreterException("Cannot write a temp copy of " + name + " to compile: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
            deleteQuietly(dir);
        }
    }

    /** The dotted submodule of {@code packageName} (searched from {@code searchDir}) that defines {@code name}. */
    public Optional<String> findNameInSubmodules(String packageName, String name, Path searchDir) {
        PythonNames.requireDottedName("package name", packageName);
        PythonNames.requireIdentifier("name", name);
        Path dir = requireDirectory(searchDir);
        String found = resultLine(run(List.of(InterpreterScripts.FIND_NAME, dir.toString(), packageName, name)),
                InterpreterScripts.FOUND_MARK);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!PythonNames.isDottedName(found) || !found.startsWith(packageName + ".")) {
            throw new PythonInterpreterException("Interpreter " + command + " named an invalid module "
                    + PythonNames.describe(found) + " for " + packageName + "." + name);
        }
        return Optional.of(found);
    }

    /** True when {@code module} imports without error with {@code searchDir} first on sys.path. */
    public boolean canImport(String module, Path searchDir) {
        PythonNames.requireDottedName("module name", module);
        Path dir = requireDirectory(searchDir);
        String answer = resultLine(run(List.of(InterpreterScripts.CAN_IMPORT, dir.toString(), module)),
                InterpreterScripts.IMPORT_MARK);
        return answer.equals("yes");
    }

    private static Path requireDirectory(Path searchDir) {
        Path dir = searchDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Search folder " + dir + " does not exist or is not a folder");
        }
        return dir;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(List<String> scriptAndArgs) {
        List<String> argv = new ArrayList<>(List.of(command, "-B", "-c")); // -B: no __pycache__ beside the user's modules
        argv.addAll(scriptAndArgs);
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        RunResult r = RUNNER.run(new RunSpec(argv, workdir, env, timeout, MAX_OUTPUT).over(RunSpec.Base.INHERITED));
        if (r.startError() != null) {
            throw new PythonInterpreterException("Cannot run interpreter " + command + " in " + workdir + ": "
                    + r.startError() + "; check \"python\" in config/toolchains.json");
        }
        if (r.timedOut()) {
            throw new PythonInterpreterException("Interpreter " + command + " timed out after "
                    + timeout.toSeconds() + "s in " + workdir + "; the imported modules may block");
        }
        return new Run(r.exitCode() == null ? -1 : r.exitCode(), r.stdout(), r.stderr());
    }

    private String resultLine(Run run, String mark) {
        String[] lines = run.out().split("\r?\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith(mark)) {
                return lines[i].substring(mark.length());
            }
        }
        String err = run.err().strip();
        throw new PythonInterpreterException("Interpreter " + command + " in " + workdir + " exited "
                + run.exit() + " without a result" + (err.isEmpty() ? "" : ": "
                + (err.length() > 400 ? err.substring(err.length() - 400) : err)));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover in the private temp folder is harmless; the user's folder was not touched
            }
        }
    }
}
