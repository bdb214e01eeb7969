package org.autoheal.strategy.builtin;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.SourceFile;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.node.NodeImportFix;
import org.autoheal.strategy.python.ImportFixer;
import org.autoheal.strategy.python.PythonInterpreter;
import org.autoheal.strategy.python.PythonInterpreterException;

/**
 * {@code fix_import}: rewrites only the failing import statement: a name that moved
 * (collections → collections.abc, config renames), a renamed module, a name that lives in a
 * submodule of the same package (the interpreter is asked where), a relative import in a script.
 * Node ES module kinds go to {@link NodeImportFix}.
 */
public final class FixImport implements Strategy {
    private static final long MAX_BYTES = 1 << 20;
    private final ImportFixer fixer = new ImportFixer();

    @Override
    public String name() {
        return "fix_import";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        if (NodeImportFix.KINDS.contains(params.get("kind"))) return NodeImportFix.plan(ctx, params);
        Path file = Params.path(ctx, params, "file");
        int line = Params.intParam(params, "line");
        String kind = Params.required(params, "kind");
        String source = SourceFile.read(ctx.guard().files(), file, MAX_BYTES);
        PythonInterpreter py = Interpreters.of(ctx.toolchain());
        Optional<String> fixed;
        try {
            fixed = switch (kind) {
                case "moved_name" -> fixer.moveName(source, line, Params.required(params, "from_module"),
                        Params.required(params, "name"), Params.required(params, "moved_to"));
                case "renamed_module" -> fixer.renameModule(source, line, Params.required(params, "module"),
                        Params.required(params, "renamed_to"));
                case "name_in_submodule" -> inSubmodule(py, source, line, file, params);
                case "relative_import_no_parent" -> fixer.relativeToFallback(source, line);
                default -> throw new Refusal("fix_import does not know the kind '" + kind + "'");
            };
        } catch (IllegalArgumentException | PythonInterpreterException e) {
            throw new Refusal(e.getMessage());
        }
        if (fixed.isEmpty()) throw new Refusal("line " + line + " of " + file + " is not an import statement this fix applies to");
        try {
            var compiled = py.compiles(fixed.get(), file.getFileName().toString());
            if (!compiled.ok()) throw new Refusal("the rewritten import does not compile: " + compiled.message());
        } catch (PythonInterpreterException e) {
            throw new Refusal(e.getMessage());
        }
        String change = SourceFile.firstChange(source, fixed.get());
        return SourceFile.rewrite(ctx.guard().files(), file, "rewrite the import in " + file + " " + change, fixed.get(),
                "rewrote the import in " + file.getFileName() + " " + change);
    }

    private Optional<String> inSubmodule(PythonInterpreter py, String source, int line, Path file, Map<String, String> params)
            throws Refusal {
        String pkg = Params.required(params, "from_module");
        String name = Params.required(params, "name");
        Optional<String> home = py.findNameInSubmodules(pkg, name, file.getParent());
        if (home.isEmpty()) throw new Refusal("no submodule of " + pkg + " defines " + name);
        return fixer.moveName(source, line, pkg, name, home.get());
    }
}
