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
import org.autoheal.strategy.python.PythonInterpreterException;
import org.autoheal.strategy.python.SyntaxFixer;
import org.autoheal.strategy.python.SyntaxRepair;

/**
 * {@code fix_syntax}: edits only the reported statement (missing colon, unclosed bracket,
 * tabs/spaces, Python 2 print) and keeps the edit only if the interpreter compiles the file.
 * Candidates are compiled from a private temp copy, so planning never touches the original.
 */
public final class FixSyntax implements Strategy {
    @Override
    public String name() {
        return "fix_syntax";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Path file = Params.path(ctx, params, "file");
        int line = Params.intParam(params, "line");
        String kind = Params.required(params, "kind");
        String source = SourceFile.read(ctx.guard().files(), file, SyntaxFixer.MAX_BYTES);
        String beyond = SyntaxFixer.outOfBounds(source, line);
        if (beyond != null) throw new Refusal(file + ": " + beyond + "; not editing it automatically");
        Optional<String> fixed;
        try {
            fixed = SyntaxRepair.fix(source, line, kind, Interpreters.of(ctx.toolchain()), file.getFileName().toString());
        } catch (IllegalArgumentException | PythonInterpreterException e) {
            throw new Refusal(e.getMessage());
        }
        if (fixed.isEmpty()) throw new Refusal("no edit of line " + line + " of " + file + " (" + kind + ") compiles");
        String change = SourceFile.firstChange(source, fixed.get());
        return SourceFile.rewrite(ctx.guard().files(), file, "fix " + kind + " in " + file + " " + change, fixed.get(),
                "fixed " + file.getFileName() + " " + change + " (compiles)");
    }
}
