package org.example.autoheal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;

/**
 * {@code remove_stale_lock}: deletes a lock file whose owner process is gone. An example of a
 * strategy packaged as a jar in {@code <home>/plugins/}; a rule proposes it by name.
 *
 * <p>Planning refuses unless the path is inside the toolchain's roots ({@link Params#path}), is a
 * small regular file holding a pid, and that pid is not running. The action declares the file in
 * {@link Action#modifies()}, so AutoHeal backs it up first and restores it if verification fails.
 */
public final class RemoveStaleLock implements Strategy {
    private static final long MAX_LOCK_BYTES = 64;

    @Override
    public String name() {
        return "remove_stale_lock";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Path lock = Params.path(ctx, params, "path");
        long pid = ownerPid(lock);
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            throw new Refusal(lock + " is held by pid " + pid + ", which is running; not removing a live lock");
        }
        return new Action() {
            @Override
            public String describe() {
                return "remove stale lock " + lock + " (its owner, pid " + pid + ", is not running)";
            }

            @Override
            public List<Path> modifies() {
                return List.of(lock);
            }

            @Override
            public String apply() throws IOException {
                Files.delete(lock);
                return "removed " + lock.getFileName() + " left by pid " + pid;
            }
        };
    }

    /** The pid written in the lock file; anything else is a refusal, not a guess. */
    private static long ownerPid(Path lock) throws Refusal {
        try {
            if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) throw new Refusal(lock + " is not a regular file");
            if (Files.size(lock) > MAX_LOCK_BYTES) throw new Refusal(lock + " is larger than a pid; not a lock file");
            String text = Files.readString(lock, StandardCharsets.US_ASCII).strip();
            if (!text.matches("[0-9]{1,9}")) throw new Refusal(lock + " does not hold a pid");
            return Long.parseLong(text);
        } catch (IOException e) {
            throw new Refusal("cannot read " + lock + ": " + e.getMessage());
        }
    }
}
