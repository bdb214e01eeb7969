package org.autoheal.strategy.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autoheal.backup.AtomicFiles;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;

/**
 * {@code fix_permissions}: adds the execute bit exactly where the read bit is set
 * (0644 → 0755, 0640 → 0750). Never adds write, setuid or setgid; only inside the roots.
 */
public final class FixPermissions implements Strategy {
    @Override
    public String name() {
        return "fix_permissions";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Path file = Params.path(ctx, params, "path");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(file + " is not a regular file; only scripts get the execute bit");
        }
        int mode;
        try {
            mode = AtomicFiles.mode(file);
        } catch (IOException e) {
            throw new Refusal("cannot read the mode of " + file + ": " + e.getMessage());
        }
        int target = executableWhereReadable(mode);
        if (target == mode) {
            throw new Refusal(file + " is already executable wherever it is readable ("
                    + AtomicFiles.octal(mode) + "); the permission problem is elsewhere");
        }
        return new Action() {
            @Override
            public String describe() {
                return "chmod " + AtomicFiles.octal(mode) + " -> " + AtomicFiles.octal(target) + " " + file;
            }

            @Override
            public List<Path> chmods() {
                return List.of(file);
            }

            @Override
            public String apply() throws IOException {
                ctx.guard().files().setMode(file, target);
                return "mode of " + file.getFileName() + " is now " + AtomicFiles.octal(target);
            }
        };
    }

    /** For user, group and other: x where r is set. Only the 0777 bits are considered. */
    static int executableWhereReadable(int mode) {
        int m = mode & 0777;
        if ((m & 0400) != 0) m |= 0100;
        if ((m & 0040) != 0) m |= 0010;
        if ((m & 0004) != 0) m |= 0001;
        return m;
    }
}
