package org.autoheal.api;

import java.nio.file.Path;
import java.util.List;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Engine;
import org.autoheal.engine.RuleCompileException;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * AutoHeal opened on a home: its configuration and the rule base in service. The CLI and
 * programs that embed AutoHeal go through this class.
 */
public final class AutoHeal {
    private final HomeConfig config;
    private final Engine engine;

    private AutoHeal(HomeConfig config, Engine engine) {
        this.config = config;
        this.engine = engine;
    }

    /** Loads the home's config and compiles its rules; bad config or rules is a ConfigException. */
    public static AutoHeal open(Path home) {
        HomeConfig config = HomeConfig.load(new Home(home));
        try {
            return new AutoHeal(config, Engine.load(config));
        } catch (RuleCompileException e) {
            throw new ConfigException("the rules do not compile:\n" + e.getMessage());
        }
    }

    public HomeConfig config() { return config; }
    public Engine engine() { return engine; }

    /** Parses an error text (bounded) the way it would come from the named toolchain (or none). */
    public ToolchainError parse(String text, String tool, Integer exitCode) {
        Toolchain t = tool == null ? null : config.toolchain(tool);
        List<String> command = t == null ? null : t.command();
        ToolchainError e = ErrorParsers.parse(new ErrorInput(tool, command, exitCode, bound(text)));
        return e;
    }

    /** Diagnosis and ranked proposals for an error text; nothing is applied. */
    public Decision diagnose(String text, String tool) {
        ToolchainError e = parse(text, tool, null);
        return decide(e, tool);
    }

    public Decision decide(ToolchainError error, String tool) {
        Toolchain t = tool == null ? null : config.toolchain(tool);
        return engine.decide(error, Engine.context(config, t, learned()));
    }

    /** The learned salience adjustments for this home. */
    public SalienceTable learned() {
        return SalienceTable.NONE;
    }

    private String bound(String text) {
        int max = config.settings().limits().maxErrorBytes();
        if (text == null) return "";
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
