package org.autoheal.strategy.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One parsed {@code import …} or {@code from … import …} statement, with character offsets into
 * the statement's text so a rewrite can replace exactly the part it changes. Anything unusual
 * (a ';', a string, an expression) makes {@link #parse} answer empty: the fixer then refuses.
 */
final class ImportStatement {
    /** A name and its alias; for {@code import} the name is a dotted module. Offsets into the text. */
    record Item(String name, String alias, int start, int end, int nameStart, int nameEnd) {
        String render() {
            return alias == null ? name : name + " as " + alias;
        }
    }

    private record Token(String text, int start, int end) {
        boolean is(String s) {
            return text.equals(s);
        }

        boolean isName() {
            return Character.isLetter(text.charAt(0)) || text.charAt(0) == '_';
        }
    }

    final boolean from;
    final String module;          // from-imports only, with leading dots, e.g. ".helpers"
    final int moduleStart;
    final int moduleEnd;
    final boolean star;
    final List<Item> items;

    private ImportStatement(boolean from, String module, int moduleStart, int moduleEnd, boolean star, List<Item> items) {
        this.from = from;
        this.module = module;
        this.moduleStart = moduleStart;
        this.moduleEnd = moduleEnd;
        this.star = star;
        this.items = List.copyOf(items);
    }

    static Optional<ImportStatement> parse(String text) {
        List<Token> t = tokenize(text);
        if (t == null || t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(t.get(0).is("from") ? parseFrom(t) : t.get(0).is("import") ? parseImport(t) : null);
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty();   // the statement ended early: not a complete import
        }
    }

    private static ImportStatement parseFrom(List<Token> t) {
        int i = 1;
        StringBuilder module = new StringBuilder();
        while (!t.get(i).is("import")) {
            module.append(t.get(i).text());
            i++;
        }
        String m = module.toString();
        String bare = m.replaceFirst("^\\.+", "");
        if (i == 1 || !(bare.isEmpty() || PythonNames.isDottedName(bare))) {
            return null;
        }
        int moduleStart = t.get(1).start();
        int moduleEnd = t.get(i - 1).end();
        i++;
        if (t.get(i).is("*")) {
            return i + 1 == t.size() ? new ImportStatement(true, m, moduleStart, moduleEnd, true, List.of()) : null;
        }
        boolean paren = t.get(i).is("(");
        i += paren ? 1 : 0;
        List<Item> items = new ArrayList<>();
        while (true) {
            Token name = t.get(i);
            if (!name.isName() || name.is("as")) {
                return null;
            }
            int end = name.end();
            String alias = null;
            i++;
            if (i < t.size() && t.get(i).is("as")) {
                Token a = t.get(i + 1);
                if (!a.isName()) {
                    return null;
                }
                alias = a.text();
                end = a.end();
                i += 2;
            }
            items.add(new Item(name.text(), alias, name.start(), end, name.start(), name.end()));
            if (i < t.size() && t.get(i).is(",")) {
                i++;
                if (paren && t.get(i).is(")")) {
                    break;
                }
                continue;
            }
            break;
        }
        if (paren && !(i < t.size() && t.get(i++).is(")"))) {
            return null;
        }
        return i == t.size() ? new ImportStatement(true, m, moduleStart, moduleEnd, false, items) : null;
    }

    private static ImportStatement parseImport(List<Token> t) {
        List<Item> items = new ArrayList<>();
        int i = 1;
        while (true) {
            int start = t.get(i).start();
            StringBuilder name = new StringBuilder(t.get(i).text());
            int nameEnd = t.get(i).end();
            i++;
            while (i < t.size() && t.get(i).is(".")) {
                name.append('.').append(t.get(i + 1).text());
                nameEnd = t.get(i + 1).end();
                i += 2;
            }
            if (!PythonNames.isDottedName(name.toString())) {
                return null;
            }
            String alias = null;
            int end = nameEnd;
            if (i < t.size() && t.get(i).is("as")) {
                alias = t.get(i + 1).text();
                end = t.get(i + 1).end();
                i += 2;
                if (!PythonNames.isIdentifier(alias)) {
                    return null;
                }
            }
            items.add(new Item(name.toString(), alias, start, end, start, nameEnd));
            if (i < t.size() && t.get(i).is(",")) {
                i++;
                continue;
            }
            return i == t.size() ? new ImportStatement(false, null, -1, -1, false, items) : null;
        }
    }

    /** Names, dots, commas, parentheses and '*'; comments and line continuations are skipped. */
    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '\\' && (s.startsWith("\n", i + 1) || s.startsWith("\r", i + 1))) {
                i += 2;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
            } else if (".,()*".indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(s.substring(start, i), start, i));
            } else {
                return null;
            }
        }
        return out;
    }
}
