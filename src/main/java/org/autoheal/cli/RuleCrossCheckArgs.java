package org.autoheal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.config.HomeConfig;

/** The command strategies of a home as {@link org.autoheal.explain.RuleCrossCheck} reads them: name → argv and touches. */
final class RuleCrossCheckArgs {
    private RuleCrossCheckArgs() {
    }

    static Map<String, List<String>> commands(HomeConfig config) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        config.settings().strategies().forEach((name, s) -> {
            List<String> args = new ArrayList<>(s.command());
            if (s.touches() != null) args.addAll(s.touches());
            out.put(name, args);
        });
        return out;
    }
}
