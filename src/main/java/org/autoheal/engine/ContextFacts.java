package org.autoheal.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.facts.ArgvAddress;
import org.autoheal.facts.ArgvPort;
import org.autoheal.facts.Knowledge;
import org.autoheal.health.ToolchainFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context facts of a decision about a toolchain, gathered before the rules run: what
 * {@code health} finds (broken JSON files, a program that cannot run) and the network addresses
 * in its argv. Rules in {@code rules/context.drl} infer missing details from them.
 */
final class ContextFacts {
    private static final Logger LOG = LoggerFactory.getLogger(ContextFacts.class);
    private static final Set<String> SCHEMES = Set.of("ws", "wss", "http", "https");
    private static final Set<String> SOURCE_EXTENSIONS = Set.of("py", "js", "mjs", "cjs", "ts", "java", "json", "c", "h",
            "cc", "cpp", "go", "rb", "pl", "pm", "sh", "txt", "log", "yaml", "yml", "toml", "ini", "csv", "html", "tsx", "jsx");

    private ContextFacts() {
    }

    /**
     * What {@code health} finds about the toolchain. The addresses and ports of its argv are read as a decision
     * loads ({@link #addresses}, {@link #ports}): the service URL schemes are the deciding rule base's table.
     */
    public static List<Object> of(HomeConfig config, Toolchain t) {
        List<Object> facts = new ArrayList<>();
        try {
            facts.addAll(new ToolchainFindings(config.home()).of(t));
        } catch (RuntimeException e) { // a decision never fails for want of context; it only knows less
            LOG.warn("context of toolchain {}: {}", t.name(), e.toString());
        }
        return facts;
    }

    /**
     * URLs ({@code ws://h:p/x}, a database's {@code postgresql://h/db} with a scheme of {@code tables}) and bare
     * {@code host:port} arguments, also as {@code --opt=value}; each once.
     */
    static List<ArgvAddress> addresses(List<String> argv, Knowledge tables) {
        Set<ArgvAddress> out = new LinkedHashSet<>();
        for (String arg : argv.subList(Math.min(1, argv.size()), argv.size())) {
            String v = arg.startsWith("-") && arg.indexOf('=') > 0 ? arg.substring(arg.indexOf('=') + 1) : arg;
            if (v.length() > 1024) continue;
            ArgvAddress a = v.contains("://") ? url(v, tables) : hostPort(v);
            if (a != null) out.add(a);
        }
        for (int i = 1; i + 1 < argv.size(); i++) {   // "client.py 127.0.0.1 8080": the host and port as two operands
            ArgvAddress a = hostThenPort(argv.get(i), argv.get(i + 1));
            if (a != null) out.add(a);
        }
        return List.copyOf(out);
    }

    /** {@code 127.0.0.1} or {@code localhost} followed by a port number; a word and a number (build 8080) are no address. */
    private static ArgvAddress hostThenPort(String host, String port) {
        if (host.length() > 253 || port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) return null;
        int p = Integer.parseInt(port);
        if (p < 1 || p > 65535) return null;
        boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        return ipv4 || host.equals("localhost") ? new ArgvAddress(null, host, p) : null;
    }

    private static ArgvAddress url(String v, Knowledge tables) {
        try {
            if (v.regionMatches(true, 0, "jdbc:", 0, 5)) v = v.substring(5);   // jdbc:postgresql://h:p/db
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            // a database, broker or cache URL (postgresql://, redis://, amqp://): its host and port, no url detail
            Integer usual = tables.servicePort(scheme);
            if (usual != null && u.getHost() != null) {
                int port = u.getPort() >= 0 ? u.getPort() : usual;
                return port < 0 ? null : new ArgvAddress(null, u.getHost(), port);
            }
            if (!SCHEMES.contains(scheme) || u.getHost() == null) return null;
            int port = u.getPort() >= 0 ? u.getPort() : scheme.endsWith("s") ? 443 : 80;
            String host = u.getHost().startsWith("[") ? u.getHost().substring(1, u.getHost().length() - 1) : u.getHost();
            return new ArgvAddress(v, host, port);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@code localhost:8765}, {@code 127.0.0.1:8765}, {@code db.example:5432}; not a path or a time like 10:30 with no name. */
    private static ArgvAddress hostPort(String v) {
        int colon = v.lastIndexOf(':');
        if (colon <= 0 || colon == v.length() - 1 || v.indexOf(':') != colon) return null;
        String host = v.substring(0, colon);
        String port = v.substring(colon + 1);
        if (port.length() > 5 || !port.chars().allMatch(Character::isDigit)) return null;
        int p = Integer.parseInt(port);
        if (p < 1 || p > 65535 || host.length() > 253) return null;
        boolean letters = false;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (Character.isLetter(c) && c < 128) letters = true;
            else if (!(Character.isDigit(c) || c == '.' || c == '-')) return null;
        }
        boolean ipv4 = host.chars().filter(c -> c == '.').count() == 3 && !letters;
        // a source file and line (app.py:12, src/main.js:40) is no address: any failed command's argv is read now
        String last = host.substring(host.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (host.indexOf('.') > 0 && SOURCE_EXTENSIONS.contains(last)) return null;
        return letters || ipv4 ? new ArgvAddress(null, host, p) : null;
    }

    /**
     * Ports the argv gives without a host: an option named port ({@code --port N}, {@code --db-port=N}, {@code -p N},
     * {@code -P N}) or an assignment word ({@code PORT=N}, {@code DB_PORT=N}). A program that prints only "Connection
     * refused" was told its port this way. Each value once; {@code -p} only with a number (mkdir -p, node -p are not).
     */
    static List<ArgvPort> ports(List<String> argv) {
        Set<ArgvPort> out = new LinkedHashSet<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.length() > 64) continue;
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            String value = eq > 0 ? arg.substring(eq + 1) : i + 1 < argv.size() ? argv.get(i + 1) : "";
            boolean option = name.startsWith("-") && (name.equals("-p") || name.equals("-P") || portOption(name));
            boolean assignment = eq > 0 && !name.startsWith("-") && name.endsWith("PORT") && name.chars().allMatch(c -> c == '_' || Character.isDigit(c) || c >= 'A' && c <= 'Z');
            if (!option && !assignment) continue;
            Integer p = portNumber(value);
            if (p != null && seen.add(p)) out.add(new ArgvPort(p, eq > 0 ? arg : arg + " " + value));
        }
        return List.copyOf(out);
    }

    /** {@code --port}, {@code --db-port}, {@code --redis_port}, {@code -port}: an option whose last word is port. */
    private static boolean portOption(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (!n.endsWith("port")) return false;
        String head = n.substring(n.charAt(1) == '-' ? 2 : 1, n.length() - 4);
        return head.isEmpty() || (head.endsWith("-") || head.endsWith("_")) && head.chars().allMatch(c -> c == '-' || c == '_' || Character.isLetterOrDigit(c));
    }

    private static Integer portNumber(String v) {
        if (v.isEmpty() || v.length() > 5 || !v.chars().allMatch(Character::isDigit)) return null;
        int p = Integer.parseInt(v);
        return p >= 1 && p <= 65535 ? p : null;
    }
}
