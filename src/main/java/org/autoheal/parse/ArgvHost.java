package org.autoheal.parse;

import java.util.List;

import org.autoheal.facts.ToolchainError;

/**
 * The server address a command line names when the output names none (ssh -q prints nothing): libpq's
 * {@code host=H port=P}, {@code -h H} / {@code --host H} / {@code --host=H} with {@code -p P} / {@code --port P},
 * and the {@code user@host} of ssh, scp and rsync ({@code -p} / {@code -P} give its port). URLs are read elsewhere.
 * A {@code HOST:PORT} operand or option value ({@code --smtp 127.0.0.1:2525}, {@code --broker=db:5432}) is left to
 * the context rules (an {@code ArgvAddress}, rules/context.drl), and a {@code user@host} next to it, which in a
 * program's own argv is as often a mail address, is then not read as the server.
 */
final class ArgvHost {
    private static final int MAX_ARGS = 64;

    private ArgvHost() {
    }

    static void fill(ToolchainError e, List<String> argv) {
        if (hasHostPortOperand(argv)) return;
        String host = null;
        String port = null;
        boolean fromFlag = false;
        for (int i = 1; i < Math.min(argv.size(), MAX_ARGS); i++) {
            String a = argv.get(i);
            String next = i + 1 < argv.size() ? argv.get(i + 1) : null;
            for (String kv : a.split(" ", 16)) {   // libpq conninfo: "host=h port=p dbname=d"
                if (kv.startsWith("host=") && host == null) host = kv.substring(5);
                if (kv.startsWith("port=") && port == null) port = kv.substring(5);
            }
            if ((a.equals("-h") || a.equals("--host") || a.equals("-H")) && next != null && host == null) {
                host = next;
                fromFlag = true;
            } else if (a.startsWith("--host=") && host == null) {
                host = a.substring(7);
                fromFlag = true;
            }
            else if ((a.equals("-p") || a.equals("--port") || a.equals("-P")) && next != null && port == null) port = next;
            else if (a.startsWith("--port=") && port == null) port = a.substring(7);
            else if (!a.startsWith("-") && a.indexOf('@') > 0 && host == null && a.indexOf("://") < 0) {
                String h = a.substring(a.indexOf('@') + 1);   // user@host[:path]
                host = h.indexOf(':') >= 0 ? h.substring(0, h.indexOf(':')) : h;
            }
        }
        Integer p = port == null ? null : Names.port(port);
        // "-h" is help or "human" for many tools: a flag's value is a host when it reads like one or has a port
        if (host == null || !isHost(host) || fromFlag && p == null && host.indexOf('.') < 0 && !host.equals("localhost")) return;
        e.setHost(host);
        if (p != null) e.setPort(p);
    }

    /** An argument (or {@code --opt=value}) that is exactly {@code HOST:PORT}, a file's {@code name.ext:line} excepted. */
    private static boolean hasHostPortOperand(List<String> argv) {
        for (int i = 1; i < Math.min(argv.size(), MAX_ARGS); i++) {
            String a = argv.get(i);
            if (a.startsWith("-")) {
                int eq = a.indexOf('=');
                if (eq < 0) continue;
                a = a.substring(eq + 1);
            }
            int colon = a.lastIndexOf(':');
            if (colon <= 0 || a.indexOf(':') != colon || a.contains("/") || a.contains("@")) continue;
            String host = a.substring(0, colon);
            boolean name = host.chars().anyMatch(Character::isLetter);
            boolean ipv4 = !name && host.chars().filter(c -> c == '.').count() == 3;
            if (Names.port(a.substring(colon + 1)) != null && isHost(host) && !Names.looksLikeFile(host) && (name || ipv4)) return true;
        }
        return false;
    }

    private static boolean isHost(String h) {
        if (h.isEmpty() || h.length() > 253 || h.startsWith("-") || h.startsWith(".")) return false;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) return false;
        }
        return true;
    }
}
