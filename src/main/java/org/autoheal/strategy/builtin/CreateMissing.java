package org.autoheal.strategy.builtin;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autoheal.backup.ConfinedFiles;
import org.autoheal.backup.PathRefusedException;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;

/**
 * {@code create_missing}: creates a missing folder, or a missing file from the template the
 * toolchain configures for it or a {@code .example/.template/.dist/.sample} sibling. Never
 * outside the roots, never over an existing file.
 */
public final class CreateMissing implements Strategy {
    private static final long TEMPLATE_MAX_BYTES = 16L * 1024 * 1024;
    private static final List<String> SUFFIXES = List.of(".example", ".template", ".dist", ".sample");

    @Override
    public String name() {
        return "create_missing";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Path target = Params.path(ctx, params, "path");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(target + " already exists; create_missing never overwrites");
        }
        List<Path> created = missingAncestors(target.getParent());
        if ("directory".equals(params.get("kind"))) {
            created.add(target);
            return action("create folder " + target, created, () -> {
                ctx.guard().files().createDirectories(target);
                return "created " + target;
            });
        }
        Path template = template(ctx, target).orElseThrow(() -> new Refusal("no template for " + target
                + ": configure toolchains.<name>.files.\"<path>\".template, or add a sibling "
                + target.getFileName() + ".example (or .template/.dist/.sample)"));
        created.add(target);
        return action("create " + target + " from " + template, created, () -> {
            ConfinedFiles files = ctx.guard().files();
            files.createDirectories(target.getParent());
            // a sibling template is in the roots: read it without following a link; a configured one is config
            boolean inRoots = ctx.guard().roots().stream().anyMatch(template::startsWith);
            byte[] bytes = inRoots ? files.read(template, TEMPLATE_MAX_BYTES) : Files.readAllBytes(template);
            if (files.stat(target).isPresent()) throw new FileAlreadyExistsException(target.toString());
            files.write(target, bytes);
            return "created " + target + " (" + bytes.length + " bytes from " + template.getFileName() + ")";
        });
    }

    private Optional<Path> template(StrategyContext ctx, Path target) throws Refusal {
        for (var e : ctx.toolchain().templates().entrySet()) {
            Path configured = ctx.home().root().resolve(e.getKey()).normalize();
            Path viaWorkdir = ctx.toolchain().workdir().resolve(e.getKey()).normalize();
            if (configured.equals(target) || viaWorkdir.equals(target)) {
                if (!Files.isRegularFile(e.getValue())) throw new Refusal("the configured template " + e.getValue() + " is missing");
                return Optional.of(e.getValue());
            }
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<String> candidates = new ArrayList<>();
        for (String s : SUFFIXES) {
            candidates.add(name + s);                                                  // settings.json.example
            if (dot > 0) candidates.add(name.substring(0, dot) + s + name.substring(dot)); // settings.example.json
        }
        for (String c : candidates) {
            Path sibling = target.resolveSibling(c);
            if (!Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                return Optional.of(ctx.guard().resolve(sibling.toString(), ctx.toolchain().workdir()));
            } catch (PathRefusedException e) {
                throw new Refusal("template " + sibling + " refused: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Folders between the nearest existing ancestor and the target, outermost first. */
    private static List<Path> missingAncestors(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) out.add(0, p);
        return out;
    }

    interface Work {
        String run() throws IOException;
    }

    private static Action action(String description, List<Path> created, Work work) {
        return new Action() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public List<Path> creates() {
                return created;
            }

            @Override
            public String apply() throws IOException {
                return work.run();
            }
        };
    }
}
