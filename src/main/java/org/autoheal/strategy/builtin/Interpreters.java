package org.autoheal.strategy.builtin;

import org.autoheal.config.Toolchain;
import org.autoheal.strategy.python.PythonInterpreter;

/** The toolchain's Python: a relative path like venv/bin/python is taken from its workdir. */
public final class Interpreters {
    private Interpreters() {
    }

    static PythonInterpreter of(Toolchain t) {
        return new PythonInterpreter(command(t), t.workdir());
    }

    /** The interpreter to run for {@code t}, from config only (crash recovery uses it too, never a recorded one). */
    public static String command(Toolchain t) {
        String py = t.python();
        return py.contains("/") ? t.workdir().resolve(py).normalize().toString() : py;
    }
}
