package org.autoheal.reload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.engine.Awaited;
import org.autoheal.engine.CompiledRules;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompileException;
import org.autoheal.engine.RuleTables;
import org.autoheal.engine.StartLog;
import org.autoheal.strategy.CommandStrategy;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyRegistry;

/**
 * Loads a {@link Snapshot} of a home: config, then the rules with that config's patterns, then
 * the strategies. Used for the first load and for every reload, so both see the same checks.
 * Plugin jars are loaded once, here: a class loader per reload would pile up; a new plugin
 * needs a restart.
 */
public final class SnapshotLoader {
    private final Home home;
    private final List<Strategy> builtins;
    private final List<Strategy> plugins;
    private final Set<String> pluginNames;
    /** File text to its rules' hashes: a reload parses only the files that changed once more. */
    private final Map<String, Map<String, String>> hashCache = new HashMap<>();

    public SnapshotLoader(Home home, List<Strategy> builtins) {
        this.home = home;
        this.builtins = List.copyOf(builtins);
        this.plugins = StrategyRegistry.plugins(home.plugins());
        this.pluginNames = plugins.stream().map(Strategy::name).collect(Collectors.toUnmodifiableSet());
    }

    public Home home() {
        return home;
    }

    private Map<String, String> hashes(Map<String, String> sources) {
        synchronized (hashCache) {
            return Map.copyOf(RuleHashes.of(sources, hashCache));
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = compute.get();
                return value;
            }
        };
    }

    /**
     * @throws org.autoheal.config.ConfigException a config file is broken (file:line:col when known)
     * @throws RuleCompileException                 a rule file does not compile, or a table of rules/data is broken
     */
    public synchronized Snapshot load() throws RuleCompileException {
        // the rules do not need the config: load them on a second thread while this one reads it
        FutureTask<CompiledRules> compiling = RulePreload.take(home.root());
        if (compiling == null) compiling = RulePreload.begin(home.root());
        HomeConfig config = HomeConfig.load(home, pluginNames); // a broken config is reported first, as before
        RuleTables tables = RuleTables.forHome(home.root()); // the home's rules/data, on this thread meanwhile too
        StartLog.mark("config read, waiting for the rules");
        CompiledRules compiled = join(compiling);
        StartLog.mark("rules joined");
        RuleBase rules = compiled.with(tables).with(config.patterns());
        // the order of StrategyRegistry.forHome: built-ins, the config's command strategies, plugins
        List<Strategy> all = new ArrayList<>(builtins);
        config.settings().strategies().forEach((name, c) -> all.add(new CommandStrategy(name, c)));
        all.addAll(plugins);
        return new Snapshot(config, rules, new StrategyRegistry(all), memoized(() -> hashes(compiled.sources())));
    }

    private static CompiledRules join(FutureTask<CompiledRules> compiling) throws RuleCompileException {
        return Awaited.result(compiling, RuleCompileException.class);
    }
}
