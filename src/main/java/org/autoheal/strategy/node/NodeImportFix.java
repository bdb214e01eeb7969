package org.autoheal.strategy.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.SourceFile;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.npm.NodeTools;
import org.autoheal.strategy.npm.NpmNames;
import org.autoheal.strategy.pip.PackageNames;

/**
 * {@code fix_import} for Node ES modules. {@code esm_specifier}: a relative import Node could not
 * find, where Node named the file it meant, gets exactly that specifier, in the import statements
 * of the failing file that resolve to the missing path, and nowhere else. {@code missing_export}:
 * no edit; the refusal lists the names the module does export.
 */
public final class NodeImportFix {
    public static final Set<String> KINDS = Set.of("esm_specifier", "missing_export");
    private static final long MAX_BYTES = 1 << 20;
    private static final Duration EXPORTS_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_NAMES_SHOWN = 40;

    private NodeImportFix() {
    }

    public static Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Path file = Params.path(ctx, params, "file");
        return switch (Params.required(params, "kind")) {
            case "esm_specifier" -> specifier(ctx, file, params);
            case "missing_export" -> throw new Refusal(exports(ctx, file, params));
            default -> throw new Refusal("fix_import for Node does not know the kind '" + params.get("kind") + "'");
        };
    }

    private static Action specifier(StrategyContext ctx, Path file, Map<String, String> params) throws Refusal {
        String suggested = Params.required(params, "suggested");
        if (!EsmSpecifiers.isSafeRelative(suggested)) {
            throw new Refusal("Node's suggestion " + PackageNames.quote(suggested) + " is not a plain relative specifier");
        }
        Path folder = file.getParent();
        Path meant = Params.confine(ctx, folder.resolve(suggested).normalize().toString());
        if (!Files.isRegularFile(meant, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal("Node suggested " + suggested + ", but " + meant + " is not a file inside the roots");
        }
        Path missing;
        try {
            missing = real(Path.of(Params.required(params, "missing")).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            throw new Refusal("the missing path in the error is not a valid path: " + e.getReason());
        }
        String source = SourceFile.read(ctx.guard().files(), file, MAX_BYTES);
        String fixed = EsmSpecifiers.replace(source, EsmSpecifiers.resolvingTo(folder, missing), suggested);
        if (fixed.equals(source)) {
            throw new Refusal("no import statement in " + file + " names a relative specifier that resolves to " + missing);
        }
        String change = SourceFile.firstChange(source, fixed);
        return SourceFile.rewrite(ctx.guard().files(), file, "import \"" + suggested + "\" in " + file + " " + change, fixed,
                "rewrote the import in " + file.getFileName() + " " + change);
    }

    /** The refusal text: what the module exports, or why that could not be found out. */
    private static String exports(StrategyContext ctx, Path file, Map<String, String> params) throws Refusal {
        String module = Params.required(params, "module");
        String name = Params.required(params, "name");
        boolean relative = module.startsWith("./") || module.startsWith("../");
        if (relative) {
            Params.confine(ctx, file.getParent().resolve(module).normalize().toString());
        } else if (NpmNames.problem(NpmNames.packageOf(module)).isPresent() || !module.matches("[@A-Za-z0-9_./~-]{1,214}")) {
            throw new Refusal("not listing the exports of " + PackageNames.quote(module) + ": not a module specifier");
        }
        var t = ctx.toolchain();
        var listed = new ModuleExports().list(NodeTools.node(t), module, file.getParent(), NodeTools.env(t), EXPORTS_TIMEOUT);
        String head = "no edit: " + module + " does not export '" + name + "'";
        if (listed.error() != null) return head + "; its exports could not be listed: " + listed.error();
        if (listed.names().isEmpty()) return head + "; it exports nothing";
        String shown = listed.names().stream().limit(MAX_NAMES_SHOWN).map(NodeImportFix::clean).collect(Collectors.joining(", "));
        int more = listed.names().size() - MAX_NAMES_SHOWN;
        return head + "; it exports: " + shown + (more > 0 ? " (and " + more + " more)" : "")
                + "; change the import in " + file.getFileName() + " to one of them";
    }

    private static String clean(String name) {
        String q = PackageNames.quote(name);
        return q.substring(1, q.length() - 1);
    }

    /** The path with its folder's links resolved, as the guard resolves the importing file's folder. */
    private static Path real(Path p) {
        try {
            Path parent = p.getParent();
            return parent == null ? p : parent.toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            return p;
        }
    }
}
