package org.autoheal.strategy.npm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.autoheal.config.Toolchain;

/**
 * The toolchain's node and npm, from config only (crash recovery uses these too, never a recorded
 * command). A toolchain whose {@code command[0]} is node (or npm/npx) is a Node toolchain; its node
 * is that program (a relative path is taken from the workdir), or the node beside its npm/npx,
 * else {@code node} on PATH. Its npm is the npm beside that node when there is one, else
 * {@code npm} on PATH.
 */
public final class NodeTools {
    private static final Set<String> NODE = Set.of("node", "nodejs");
    private static final Set<String> NODE_TOOLS = Set.of("node", "nodejs", "npm", "npx");

    private NodeTools() {
    }

    /** True when the toolchain runs node (or npm/npx): its {@code requires} are Node packages. */
    public static boolean isNode(Toolchain t) {
        return !t.command().isEmpty() && NODE_TOOLS.contains(fileName(t.command().get(0)));
    }

    public static String node(Toolchain t) {
        String first = t.command().isEmpty() ? "" : t.command().get(0);
        String resolved = first.contains("/") ? t.workdir().resolve(first).normalize().toString() : first;
        if (NODE.contains(fileName(first))) return resolved;
        if (isNode(t) && first.contains("/")) { // /opt/node/bin/npm: the node it runs is its sibling
            Path beside = Path.of(resolved).resolveSibling("node");
            if (Files.isExecutable(beside)) return beside.toString();
        }
        return "node";
    }

    public static String npm(Toolchain t) {
        String node = node(t);
        if (!node.contains("/")) return "npm";
        Path beside = Path.of(node).resolveSibling("npm");
        return Files.isExecutable(beside) ? beside.toString() : "npm";
    }

    /** AutoHeal's environment, then the toolchain's (a project's npm settings such as {@code npm_config_offline} live there). */
    public static Map<String, String> env(Toolchain t) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(t.env());
        env.put("npm_config_update_notifier", "false");
        return env;
    }

    /**
     * {@link #env} for npm: when npm is the one beside the toolchain's node, that folder comes
     * first on PATH, since npm is a {@code #!/usr/bin/env node} script and must find the same node.
     */
    public static Map<String, String> npmEnv(Toolchain t) {
        Map<String, String> env = env(t);
        String npm = npm(t);
        if (npm.contains("/")) {
            String path = env.get("PATH");
            String dir = Path.of(npm).getParent().toString();
            env.put("PATH", path == null || path.isEmpty() ? dir : dir + java.io.File.pathSeparator + path);
        }
        return env;
    }

    private static String fileName(String program) {
        int slash = program.lastIndexOf('/');
        return slash < 0 ? program : program.substring(slash + 1);
    }
}
