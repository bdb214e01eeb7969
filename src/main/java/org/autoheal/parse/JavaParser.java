package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;

import org.autoheal.facts.ToolchainError;

/**
 * Java stack traces: {@code Exception in thread "main" T: msg}, a logged {@code T: msg} followed by
 * {@code at} frames, and {@code Caused by:} chains. The first exception printed is the outermost.
 */
final class JavaParser implements LanguageParser {
    private static final String THREAD = "Exception in thread \"";
    private static final String CAUSED = "Caused by: ";

    private record Thrown(String type, String message, List<String> frames) {
    }

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        int start = -1;
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            String t = lines.get(i).strip();
            if (t.startsWith(THREAD) || (!t.startsWith(CAUSED) && header(t) != null && isFrame(lines.get(i + 1)))) start = i;
        }
        if (start < 0) return null;
        List<Thrown> chain = new ArrayList<>();
        int end = start;
        for (int i = start; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            Thrown th = i == start ? header(t) : t.startsWith(CAUSED) ? header(t.substring(CAUSED.length())) : null;
            if (th != null) {
                chain.add(th);
                end = i;
            } else if (isFrame(lines.get(i)) && !chain.isEmpty()) {
                if (chain.get(chain.size() - 1).frames.size() < 256) chain.get(chain.size() - 1).frames.add(t.substring(3));
                end = i;
            } else if (!t.startsWith("...") && !t.startsWith("Suppressed: ") && i > end + 1) {
                break;
            }
        }
        if (chain.isEmpty()) return null;
        ToolchainError e = new ToolchainError();
        e.setLanguage("java");
        Thrown outer = chain.get(0);
        Caps.setType(e, outer.type);
        e.setMessage(outer.message);
        for (Thrown th : chain) {
            Caps.type(e, th.type);
            if (th != outer) Caps.add(e.getChain(), th.message == null ? th.type : th.type + ": " + th.message);
        }
        for (Thrown th : chain) JavaMessages.extract(e, th.type, th.message);
        for (int k = 0; k < chain.size() && e.getFile() == null; k++) userFrame(e, chain.get(k).frames);
        e.setOrigin(chain.size() > 1 ? "caused_by" : "traceback");
        return new ParseResult(e, start, end);
    }

    /** {@code Exception in thread "x" T: msg} or {@code T: msg} with T a qualified Java type. */
    private static Thrown header(String t) {
        if (t.startsWith(THREAD)) {
            int q = t.indexOf("\" ", THREAD.length());
            if (q < 0) return null;
            t = t.substring(q + 2);
        }
        int colon = t.indexOf(": ");
        String type = colon < 0 ? t : t.substring(0, colon);
        if (!Names.isDottedName(type) || type.indexOf('.') < 0) return null;
        String message = colon < 0 ? null : t.substring(colon + 2).strip();
        return new Thrown(type, message, new ArrayList<>());
    }

    /** {@code at pkg.Cls.method(File.java:12)}: no space between the method and the parenthesis. */
    static boolean isFrame(String line) {
        String t = line.strip();
        if (!t.startsWith("at ")) return false;
        int paren = t.indexOf('(');
        return paren > 3 && t.endsWith(")") && t.lastIndexOf(' ', paren) == 2;
    }

    /** File and line of the first frame that is not JDK code. */
    private static void userFrame(ToolchainError e, List<String> frames) {
        for (String f : frames) {
            int paren = f.indexOf('(');
            String where = f.substring(0, paren);
            if (isJdk(where)) continue;
            String loc = f.substring(paren + 1, f.length() - 1);
            int colon = loc.lastIndexOf(':');
            if (colon <= 0) continue;
            Integer line = Names.number(loc.substring(colon + 1));
            if (line == null) continue;
            e.setFile(loc.substring(0, colon));
            e.setLine(line);
            return;
        }
    }

    private static boolean isJdk(String where) {
        int slash = where.indexOf('/');
        if (slash >= 0) {
            String module = where.substring(0, slash);
            if (module.startsWith("java.") || module.startsWith("jdk.")) return true;
            where = where.substring(slash + 1);
        }
        return where.startsWith("java.") || where.startsWith("javax.") || where.startsWith("jdk.")
                || where.startsWith("sun.") || where.startsWith("com.sun.");
    }
}
