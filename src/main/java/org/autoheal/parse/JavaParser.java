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
            String t = lines.stripped(i);
            if (t.startsWith(THREAD) || (!t.startsWith(CAUSED) && header(t) != null && isFrame(lines.get(i + 1)))) start = i;
        }
        ParseResult launcher = launcher(lines, start);
        if (launcher != null) return launcher;
        if (start < 0) start = pastedCause(lines);
        if (start < 0) return null;
        List<Thrown> chain = new ArrayList<>();
        int end = start;
        for (int i = start; i < lines.size(); i++) {
            String t = lines.stripped(i);
            Thrown th = i == start && !t.startsWith(CAUSED) ? header(t) : t.startsWith(CAUSED) ? header(t.substring(CAUSED.length()), true) : null;
            if (th != null) {
                chain.add(th);
                end = i;
            } else if (!chain.isEmpty() && chain.get(chain.size() - 1).frames.isEmpty() && i == end + 1 && !isFrame(lines.get(i))
                    && !t.isEmpty() && t.startsWith("at [") && chain.get(chain.size() - 1).message != null) {
                // Jackson prints its location on the line under the message: " at [Source: …; line: 4, column: 1]"
                Thrown last = chain.remove(chain.size() - 1);
                chain.add(new Thrown(last.type, last.message + " " + t, last.frames));
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
        for (int k = chain.size() - 1; k >= 0 && e.detail("raised_in") == null; k--) raisedIn(e, chain.get(k).frames);
        for (int k = 0; k < chain.size() && e.getMode() == null; k++) e.setMode(mode(chain.get(k).frames));
        e.setOrigin(chain.size() > 1 || lines.stripped(start).startsWith(CAUSED) ? "caused_by" : "traceback");
        return new ParseResult(e, start, end);
    }

    /**
     * A trace pasted from its {@code Caused by:} line on (the outer exception left out): the first such line whose
     * type is the JDK's or a known library's, or that frames follow; -1 when there is none.
     */
    private static int pastedCause(Lines lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.stripped(i);
            if (!t.startsWith(CAUSED)) continue;
            Thrown th = header(t.substring(CAUSED.length()));
            if (th != null && (isJdk(th.type) || isLibrary(th.type) || isFrame(lines.get(i + 1)))) return i;
        }
        return -1;
    }

    private static final String NO_MAIN = "Error: Could not find or load main class ";
    private static final String NO_JAR = "Error: Unable to access jarfile ";

    /**
     * The java launcher's own refusal to start, below any stack trace: {@code java tools/Missing.java} of a source
     * file that does not exist ("Could not find or load main class tools.Missing.java") and {@code java -jar x.jar}
     * of a missing jar. Both name a file that is not there (errno 2); a class name that is no file is left alone.
     */
    private static ParseResult launcher(Lines lines, int after) {
        for (int i = lines.size() - 1; i > after; i--) {
            String t = lines.stripped(i);
            String file = null;
            if (t.startsWith(NO_MAIN) && t.endsWith(".java")) {
                String cls = t.substring(NO_MAIN.length(), t.length() - 5);
                file = cls.replace('.', '/') + ".java";
            } else if (t.startsWith(NO_JAR)) {
                file = t.substring(NO_JAR.length()).strip();
            }
            if (file == null || !Names.isPrintedPath(file)) continue;
            ToolchainError e = new ToolchainError();
            e.setLanguage("java");
            e.setOrigin("tool_message");
            Caps.setType(e, "java launcher");
            e.setMessage(t.substring("Error: ".length()));
            e.setPath(file);
            e.setErrno(2);
            e.setCode("ENOENT");
            int end = i;
            if (lines.get(i + 1).startsWith(CAUSED)) end = i + 1;
            return new ParseResult(e, i, end);
        }
        return null;
    }

    /**
     * A Java exception pasted or logged alone, {@code java.io.FileNotFoundException: a.ini (No such file or
     * directory)}: read as the head of a trace when its class is the JDK's or a known Java library's (a Python
     * module is never named java.* or org.apache.*), so its message is read the Java way.
     */
    static ParseResult bare(String typed) {
        int colon = typed.indexOf(':');
        String type = colon < 0 ? typed : typed.substring(0, colon);
        if (!isJdk(type) && !isLibrary(type)) return null;
        Thrown th = header(typed.strip());
        if (th == null) return null;
        ToolchainError e = new ToolchainError();
        e.setLanguage("java");
        Caps.setType(e, th.type);
        Caps.type(e, th.type);
        e.setMessage(th.message);
        JavaMessages.extract(e, th.type, th.message);
        return new ParseResult(e, 0);
    }

    /** {@code Exception in thread "x" T: msg} or {@code T: msg} with T a qualified Java type. */
    private static Thrown header(String t) {
        return header(t, false);
    }

    /**
     * ... or, where only Java prints the line ({@code certain}: after {@code Exception in thread "x"} or {@code Caused by:}),
     * a class of the default package as single-file programs run by the source launcher throw it ({@code MissingConfig},
     * {@code Boot$MalformedJsonException}); a nested class of the default package is one anywhere.
     */
    private static Thrown header(String t, boolean certain) {
        if (t.startsWith(THREAD)) {
            int q = t.indexOf("\" ", THREAD.length());
            if (q < 0) return null;
            t = t.substring(q + 2);
            certain = true;
        }
        int colon = t.indexOf(": ");
        String type = colon < 0 ? t : t.substring(0, colon);
        if (!(Names.isDottedName(type) && type.indexOf('.') >= 0) && !defaultPackageClass(type, certain)) return null;
        String message = colon < 0 ? null : t.substring(colon + 2).strip();
        return new Thrown(type, message, new ArrayList<>());
    }

    /** A class of the default package: upper-case initial, a Java identifier, nested ($) unless {@code certain}. */
    private static boolean defaultPackageClass(String type, boolean certain) {
        if (type.length() > 200 || type.isEmpty() || !Character.isUpperCase(type.charAt(0))) return false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') return false;
        }
        return certain || type.indexOf('$') > 0 && !type.endsWith("$");
    }

    /** {@code at pkg.Cls.method(File.java:12)}: no space between the method and the parenthesis. */
    static boolean isFrame(String line) {
        String t = line.strip();
        if (!t.startsWith("at ")) return false;
        int paren = t.indexOf('(');
        return paren > 3 && t.endsWith(")") && t.lastIndexOf(' ', paren) == 2;
    }

    /** File and line of the first frame that is neither JDK nor a well-known library's code. */
    private static void userFrame(ToolchainError e, List<String> frames) {
        for (String f : frames) {
            int paren = f.indexOf('(');
            String where = f.substring(0, paren);
            if (isJdk(where) || isLibrary(where)) continue;
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

    private static final List<String> WRITERS = List.of("java.io.FileOutputStream.", "java.io.FileWriter.", "java.io.PrintWriter.<init>",
            "java.io.RandomAccessFile.", "java.nio.file.Files.write", "java.nio.file.Files.newOutputStream", "java.nio.file.Files.newBufferedWriter",
            "java.nio.file.Files.createFile", "java.nio.file.Files.createDirectory", "java.nio.file.Files.copy", "java.nio.file.Files.move");
    private static final List<String> READERS = List.of("java.io.FileInputStream.", "java.io.FileReader.", "java.nio.file.Files.read",
            "java.nio.file.Files.newInputStream", "java.nio.file.Files.newBufferedReader", "java.nio.file.Files.lines", "java.util.Scanner.<init>");

    /** "write" when the JDK frames show a file opened for writing (a missing folder on its path is what to create), "read" for reading. */
    private static String mode(List<String> frames) {
        for (String f : frames) {
            String where = f.substring(0, f.indexOf('('));
            int slash = where.indexOf('/');
            if (slash >= 0) where = where.substring(slash + 1);
            for (String w : WRITERS) if (where.startsWith(w)) return "write";
            for (String r : READERS) if (where.startsWith(r)) return "read";
        }
        return null;
    }

    /** Libraries whose frames are not the program's code (the failing line is the caller's). */
    private static final List<String> LIBRARIES = List.of("com.fasterxml.", "com.google.", "org.apache.", "org.springframework.",
            "io.netty.", "okhttp3.", "okio.", "org.json.", "org.postgresql.", "com.mysql.", "org.h2.", "org.sqlite.", "kotlin.",
            "kotlinx.", "scala.", "org.slf4j.", "ch.qos.logback.", "org.eclipse.", "org.junit.", "org.java_websocket.",
            "io.vertx.", "reactor.", "org.hibernate.", "com.zaxxer.", "picocli.", "org.yaml.", "com.squareup.");

    private static boolean isLibrary(String where) {
        for (String l : LIBRARIES) if (where.startsWith(l)) return true;
        return false;
    }

    /**
     * The package of the innermost frame outside java.*: {@code jdk.internal.net.http.websocket} for a socket
     * error inside the JDK's WebSocket client, {@code org.java_websocket} for a library's. Rules use it to tell
     * a WebSocket's failure from a plain connection's.
     */
    private static void raisedIn(ToolchainError e, List<String> frames) {
        for (String f : frames) {
            String where = f.substring(0, f.indexOf('('));
            int slash = where.indexOf('/');
            if (slash >= 0) where = where.substring(slash + 1);
            if (where.contains(".websocket.") || where.startsWith("org.java_websocket.")) {
                Caps.detail(e, "raised_in", where.startsWith("org.java_websocket.") ? "org.java_websocket" : "jdk.internal.net.http.websocket");
                return;
            }
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
