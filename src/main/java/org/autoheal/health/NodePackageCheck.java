package org.autoheal.health;

import java.util.ArrayList;
import java.util.List;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Toolchain;
import org.autoheal.strategy.npm.NodeResolve;
import org.autoheal.strategy.npm.NodeTools;
import org.autoheal.strategy.npm.NpmNames;

/**
 * For a Node toolchain ({@link NodeTools#isNode}), {@code requires} lists npm packages: do they
 * resolve from the toolchain's workdir with the toolchain's node? One process per toolchain
 * ({@link NodeResolve}); nothing of the packages runs.
 */
final class NodePackageCheck {
    private final NodeResolve resolve = new NodeResolve();

    /** Refuses names that are not npm package names: config errors (exit 2), never run. */
    static void validate(Toolchain t) {
        for (String m : t.requires()) {
            var problem = m == null ? java.util.Optional.of("empty") : NpmNames.problem(NpmNames.packageOf(m));
            if (problem.isPresent() || m.length() > 300 || !m.matches("[@a-z0-9._~/-]+")) {
                throw new ConfigException("config/toolchains.json: toolchains." + t.name() + ".requires: '" + Check.clean(m, 80)
                        + "' is not an npm package name (" + t.name() + " runs node, so its requires are packages such as"
                        + " express or @scope/name)");
            }
        }
    }

    List<Check> check(Toolchain t) {
        if (t.requires().isEmpty()) return List.of();
        validate(t);
        String node = NodeTools.node(t);
        List<Check> out = new ArrayList<>();
        for (NodeResolve.Answer a : resolve.resolve(node, t.requires(), t.workdir(), NodeTools.env(t), t.timeout())) {
            out.add(a.found() ? Check.ok(t.name(), Check.MODULE, a.name(), node + " resolves " + a.name())
                    : Check.failed(t.name(), Check.MODULE, a.name(), node + " cannot resolve " + a.name() + " from "
                    + t.workdir() + ": " + a.detail() + "; `autoheal repair` installs packages package.json declares"));
        }
        return out;
    }
}
