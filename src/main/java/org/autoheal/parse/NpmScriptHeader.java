package org.autoheal.parse;

/**
 * The header npm and pnpm print before running a package script:
 * <pre>
 * &gt; webapp@1.2.0 build
 * &gt; rimraf dist &amp;&amp; tsc -p .
 * </pre>
 * A shell's "not found" under such a header is a program the script runs, which npm looks up in
 * {@code node_modules/.bin} before the PATH. Rules decide what that means; this only reads the text.
 */
final class NpmScriptHeader {
    /** How far above the shell's message the header may stand (the script may print before it fails). */
    private static final int REACH = 40;
    private static final int LONGEST_NAME = 100;

    private NpmScriptHeader() {
    }

    /** The script's name when a header above line {@code at} runs {@code program} as a word of its command; else null. */
    static String running(Lines lines, int at, String program) {
        for (int i = at - 1; i > 0 && i >= at - REACH; i--) {
            String command = lines.stripped(i);
            if (!command.startsWith("> ")) continue;
            String script = scriptOf(lines.stripped(i - 1));
            if (script == null) continue;
            return runs(command.substring(2), program) ? script : null;
        }
        return null;
    }

    /** {@code > name@1.2.0 build} or pnpm's {@code > name@1.2.0 build /path}: the script's name, or null. */
    private static String scriptOf(String header) {
        if (!header.startsWith("> ")) return null;
        String[] words = header.substring(2).split(" ");
        if (words.length < 2 || words[0].lastIndexOf('@') <= 0) return null;
        String script = words[1];
        if (script.isEmpty() || script.length() > LONGEST_NAME) return null;
        for (int k = 0; k < script.length(); k++) {
            char c = script.charAt(k);
            if (!Names.isAsciiLetterOrDigit(c) && c != ':' && c != '-' && c != '_' && c != '.') return null;
        }
        return script;
    }

    private static boolean runs(String command, String program) {
        for (String word : command.split("[\\s;&|()]+")) {
            if (word.equals(program)) return true;
        }
        return false;
    }
}
