package org.autoheal.strategy.python;

import java.util.List;
import java.util.Optional;

/**
 * Rewrites exactly one import statement (the one at a 1-based line) and keeps every other byte.
 * Every method answers empty when the line is not an import it can safely rewrite, and throws
 * IllegalArgumentException for a module or name that is not a valid Python dotted name.
 */
public final class ImportFixer {

    /** {@code from collections import Mapping} → {@code from collections.abc import Mapping}, via {@link MovedNames}. */
    public Optional<String> moveKnownName(String source, int line, String fromModule, String name) {
        return MovedNames.newModule(fromModule, name).flatMap(to -> moveName(source, line, fromModule, name, to));
    }

    /**
     * Makes {@code from fromModule import name} import {@code name} from {@code toModule}. With other
     * names in the statement, they stay and a new {@code from toModule import name} line follows it.
     */
    public Optional<String> moveName(String source, int line, String fromModule, String name, String toModule) {
        PythonNames.requireDottedName("module", fromModule);
        PythonNames.requireIdentifier("name", name);
        PythonNames.requireDottedName("target module", toModule);
        return ImportSite.locate(source, line).flatMap(site -> {
            ImportStatement st = site.statement();
            List<ImportStatement.Item> moving = st.items.stream().filter(i -> i.name().equals(name)).toList();
            if (!st.from || !st.module.equals(fromModule) || moving.isEmpty() || fromModule.equals(toModule)) {
                return Optional.empty();
            }
            String block = site.block();
            if (moving.size() == st.items.size()) {
                return Optional.of(site.replaceWith(replace(block, st.moduleStart, st.moduleEnd, toModule)));
            }
            String kept = removeItems(block, st.items, moving);
            List<String> rendered = moving.stream().map(ImportStatement.Item::render).toList();
            String added = site.indent() + "from " + toModule + " import " + String.join(", ", rendered);
            return Optional.of(site.replaceWith(site.terminated(kept) + added + site.lastEnding()));
        });
    }

    /** Renames a module in {@code import old}, {@code import old as x}, {@code from old[.sub] import …}. */
    public Optional<String> renameModule(String source, int line, String oldModule, String newModule) {
        PythonNames.requireDottedName("module", oldModule);
        PythonNames.requireDottedName("new module", newModule);
        if (oldModule.equals(newModule)) {
            return Optional.empty();
        }
        return ImportSite.locate(source, line).flatMap(site -> {
            ImportStatement st = site.statement();
            if (st.from) {
                return renamed(st.module, oldModule, newModule)
                        .map(m -> site.replaceWith(replace(site.block(), st.moduleStart, st.moduleEnd, m)));
            }
            return renameImported(site, oldModule, newModule);
        });
    }

    private static Optional<String> renameImported(ImportSite site, String oldModule, String newModule) {
        List<ImportStatement.Item> items = site.statement().items;
        String block = site.block();
        boolean changed = false;
        for (int k = items.size() - 1; k >= 0; k--) {
            ImportStatement.Item item = items.get(k);
            Optional<String> m = renamed(item.name(), oldModule, newModule);
            if (m.isEmpty()) {
                continue;
            }
            if (item.alias() == null && (!item.name().equals(oldModule) || oldModule.contains("."))) {
                return Optional.empty();   // the bound name would change and break every use of it
            }
            // "import old" binds old: "import new as old" keeps every use working
            String text = item.alias() == null ? m.get() + " as " + oldModule : m.get();
            block = replace(block, item.nameStart(), item.nameEnd(), text);
            changed = true;
        }
        return changed ? Optional.of(site.replaceWith(block)) : Optional.empty();
    }

    /**
     * For "attempted relative import with no known parent package": wraps {@code from .x import y}
     * in try/except ImportError with {@code from x import y} as the fallback ({@code from . import y}
     * falls back to {@code import y}), so the module runs both as a script and inside its package.
     */
    public Optional<String> relativeToFallback(String source, int line) {
        return ImportSite.locate(source, line).flatMap(site -> {
            ImportStatement st = site.statement();
            if (!st.from || !st.module.startsWith(".") || st.module.startsWith("..")
                    || (st.star && st.module.equals("."))) {
                return Optional.empty();
            }
            String fallback;
            if (st.module.equals(".")) {
                fallback = site.indent() + "import "
                        + String.join(", ", st.items.stream().map(ImportStatement.Item::render).toList());
            } else {
                fallback = replace(site.block(), st.moduleStart, st.moduleEnd, st.module.substring(1));
            }
            String unit = site.indent().contains("\t") ? "\t" : "    ";
            String eol = site.eol();
            String wrapped = site.indent() + "try:" + eol
                    + site.terminated(deeper(site.block(), unit))
                    + site.indent() + "except ImportError:" + eol
                    + deeper(fallback.stripTrailing(), unit) + site.lastEnding();
            return Optional.of(site.replaceWith(wrapped));
        });
    }

    private static Optional<String> renamed(String module, String oldModule, String newModule) {
        if (module.equals(oldModule)) {
            return Optional.of(newModule);
        }
        return module.startsWith(oldModule + ".")
                ? Optional.of(newModule + module.substring(oldModule.length())) : Optional.empty();
    }

    /** Removes the moving items with their separating comma; comments on removed lines go with them. */
    private static String removeItems(String block, List<ImportStatement.Item> all, List<ImportStatement.Item> moving) {
        String out = block;
        for (int k = all.size() - 1; k >= 0; k--) {
            ImportStatement.Item item = all.get(k);
            if (!moving.contains(item)) {
                continue;
            }
            ImportStatement.Item next = null;
            for (int j = k + 1; j < all.size() && next == null; j++) {
                next = moving.contains(all.get(j)) ? null : all.get(j);
            }
            out = next != null
                    ? out.substring(0, item.start()) + out.substring(next.start())
                    : out.substring(0, all.get(k - 1).end()) + out.substring(item.end());
        }
        return out;
    }

    /** Every line of {@code block} one level deeper. */
    private static String deeper(String block, String unit) {
        SourceText lines = new SourceText(block);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.line(i);
            int indent = i == 0 ? lines.indent(0).length() : 0;
            sb.append(s, 0, indent).append(unit).append(s.substring(indent)).append(lines.ending(i));
        }
        return sb.toString();
    }

    private static String replace(String s, int start, int end, String with) {
        return s.substring(0, start) + with + s.substring(end);
    }
}
