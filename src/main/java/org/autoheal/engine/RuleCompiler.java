package org.autoheal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.autoheal.facts.CustomPattern;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.drools.mvel.MVELConstraintBuilder;
import org.mvel2.util.CompatibilityStrategy;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;

/**
 * Compiles DRL texts into a {@link RuleBase} in one batch. Errors come back as
 * {@code file:line:col: message}; nothing is thrown past this class but {@link RuleCompileException}.
 */
public final class RuleCompiler {
    private RuleCompiler() {
    }

    public static RuleBase compile(Map<String, String> sources, List<CustomPattern> patterns) throws RuleCompileException {
        KnowledgeBuilder kb = build(sources);
        return new RuleBase(newKieBase(kb.getKnowledgePackages()), catalog(sources), patterns, version(hash(sources), patterns));
    }

    /** As {@link #compile(Map, List)}, deciding with these knowledge tables (a home's, see {@link RuleTables#forHome}). */
    public static RuleBase compile(Map<String, String> sources, List<CustomPattern> patterns, RuleTables tables)
            throws RuleCompileException {
        KnowledgeBuilder kb = build(sources);
        return new RuleBase(newKieBase(kb.getKnowledgePackages()), catalog(sources), patterns,
                version(hash(sources), patterns, tables.digest()), false, tables);
    }

    /**
     * The rules of the home at {@code home} with its knowledge tables ({@link RuleSources#forHome}, {@link
     * RuleTables#forHome}), through the rules cache in {@code cacheDir}. The tables are read first: they are
     * quick to check, and a broken one is reported before the rules are compiled.
     */
    public static CompiledRules compileHome(Path home, Path cacheDir) throws RuleCompileException {
        RuleTables tables = RuleTables.forHome(home);
        return compile(RuleSources.forHome(home), cacheDir).with(tables);
    }

    /**
     * The same rule base, from {@code cacheDir} when these rule files were compiled before by this
     * code on this JVM (see {@link RuleBaseCache}); else compiled and then cached. An unusable cache
     * entry is discarded and the rules are compiled: the cache can make a start faster, never different.
     */
    public static RuleBase compile(Map<String, String> sources, List<CustomPattern> patterns, Path cacheDir)
            throws RuleCompileException {
        return compile(sources, cacheDir).with(patterns);
    }

    /** As {@link #compile(Map, List, Path)}, without the custom patterns (see {@link CompiledRules}). */
    public static CompiledRules compile(Map<String, String> sources, Path cacheDir) throws RuleCompileException {
        StartLog.mark("rule sources read");
        RuleBaseCache cache = new RuleBaseCache(cacheDir);
        RuleBaseCache.Entry entry = cache.entry(sources); // no logging, no Drools: while a start's main thread binds logging
        LoggingBound.await();                             // from here on Drools and failures may log
        // the empty rule base (KieServices, its configuration: 15-20 ms of a cold start) is made on a second
        // thread while this one deserializes the packages
        FutureTask<InternalKnowledgeBase> empty = entry.packages() == null ? null : emptyBaseMeanwhile();
        RuleBaseCache.Cached cached = cache.read(entry, sources);
        StartLog.mark("rules cache read");
        if (cached != null) {
            try {
                if (RuleBaseCache.sameRules(cached.packages(), cached.catalog())) {
                    RuleTables.offerBundled(cached.bundledTables());
                    return new CompiledRules(sources, newKieBase(cached.packages(), empty), cached.catalog(), cached.version(),
                            true, RuleTables.bundled());
                }
            } catch (RuntimeException | LinkageError e) {
                // a package that deserialized but does not wire into a rule base: compile instead
            }
            cache.discard(sources);
        }
        KnowledgeBuilder kb = build(sources);
        RuleCatalog catalog = catalog(sources);
        String version = hash(sources);
        cache.write(sources, version, kb.getKnowledgePackages(), catalog, RuleTables.bundled().known()); // before wiring: only what the compiler made
        return new CompiledRules(sources, newKieBase(kb.getKnowledgePackages()), catalog, version, false, RuleTables.bundled());
    }

    private static RuleCatalog catalog(Map<String, String> sources) throws RuleCompileException {
        RuleCatalog catalog = RuleCatalog.of(sources);
        if (!catalog.clashes().isEmpty()) throw new RuleCompileException(catalog.clashes());
        return catalog;
    }

    static KnowledgeBuilder build(Map<String, String> sources) throws RuleCompileException {
        // Facts are class-reactive unless their type asks for @propertyReactive (docs/rules.md): every bundled
        // update($d) follows a method that is no setter, so Drools woke every pattern on the fact anyway, and
        // computing each condition's property mask was a tenth of addPackages in a cold start (docs/performance.md,
        // session 13). The choice is stored in the packages, so cached rules keep it.
        var conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        var batch = kb.batch();
        sources.forEach((file, text) -> {
            Resource r = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
            r.setSourcePath(file);
            batch.add(r, ResourceType.DRL);
        });
        try {
            batch.build();
        } catch (RuntimeException e) {
            throw new RuleCompileException(List.of(new RuleProblem("rules", 0, 0, "rule compiler failed: " + e)));
        }
        if (kb.hasErrors()) {
            List<RuleProblem> problems = new ArrayList<>();
            for (KnowledgeBuilderError e : kb.getErrors()) problems.add(problem(e, sources));
            throw new RuleCompileException(problems);
        }
        return kb;
    }

    static InternalKnowledgeBase newKieBase(Collection<KiePackage> packages) {
        return newKieBase(packages, null);
    }

    /** As {@link #newKieBase(Collection)}, on {@code made} when it is the empty base these packages need. */
    private static InternalKnowledgeBase newKieBase(Collection<KiePackage> packages, FutureTask<InternalKnowledgeBase> made) {
        int threshold = ConstraintJit.threshold(packages);
        InternalKnowledgeBase base = made != null && threshold == ConstraintJit.THRESHOLD ? join(made) : emptyBase(threshold);
        StartLog.mark("kie base made");
        // Drools' MVELConstraintBuilder, loaded only when DRL is compiled, makes MVEL's type checks let a String meet
        // any type (JVM-wide). A start from the rules cache never loads it, so a then part with a ternary of String and
        // Integer compiled fresh and failed cached (session 15). Every rule base gets the compiler's typing.
        CompatibilityStrategy.setCompatibilityEvaluator(MVELConstraintBuilder.StringCoercionCompatibilityEvaluator.INSTANCE);
        LazyConsequences.defer(packages); // each then part compiled when its rule first fires
        Phases.place(packages);           // strategy and "waits for" rules without a group: by their @kind
        base.addPackages(packages);
        StartLog.mark("packages added");
        return base;
    }

    private static InternalKnowledgeBase emptyBase(int jitThreshold) {
        // Constraint JIT only where drools-mvel 10.2 can do it (no operator in any constraint, see ConstraintJit)
        // class-path misses of MVEL's compiles remembered (MissCachingClassLoader)
        var conf = KieServices.get().newKieBaseConfiguration(null, MissCachingClassLoader.application());
        conf.setOption(ConstraintJittingThresholdOption.get(jitThreshold));
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class));
        return KnowledgeBaseFactory.newKnowledgeBase(conf);
    }

    /** The empty base with the constraint JIT on (any rule base without operators), made on a new daemon thread. */
    private static FutureTask<InternalKnowledgeBase> emptyBaseMeanwhile() {
        FutureTask<InternalKnowledgeBase> task = new FutureTask<>(() -> emptyBase(ConstraintJit.THRESHOLD));
        Thread t = new Thread(task, "autoheal-kiebase");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static InternalKnowledgeBase join(FutureTask<InternalKnowledgeBase> made) {
        return Awaited.result(made, RuntimeException.class);
    }

    private static RuleProblem problem(KnowledgeBuilderError e, Map<String, String> sources) {
        String file = e.getResource() == null ? "rules" : e.getResource().getSourcePath();
        int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
        int col = e instanceof ParserError pe ? pe.getCol() : 0;
        String message = e.getMessage().replace("~=", "matches").strip().replaceAll("\\s*\\n\\s*", " ");
        if (line <= 0 && file != null && sources.containsKey(file)) line = lineOfBadRegex(sources.get(file));
        // Drools puts an error in a rule's `then` part at the rule header: point at the line itself
        int[] inThen = file == null ? null : ConsequenceLine.locate(e, sources.get(file));
        if (inThen != null) {
            message = "in the then part of the rule starting at line " + line + ": " + message;
            line = inThen[0];
            col = inThen[1];
        }
        if (message.startsWith(DUPLICATE)) message += otherDefinitions(message.substring(DUPLICATE.length()).strip(), file, line, sources);
        return new RuleProblem(file, line, col, message);
    }

    private static final String DUPLICATE = "Duplicate rule name:";

    /** Drools names only the later definition of a duplicate rule: say where the other one is. */
    static String otherDefinitions(String rule, String file, int line, Map<String, String> sources) {
        List<String> others = new ArrayList<>();
        sources.forEach((f, text) -> {
            try {
                var pkg = new org.drools.drl.parser.DrlParser().parse(false, new java.io.StringReader(text));
                if (pkg == null) return;
                for (var r : pkg.getRules()) {
                    if (r.getName().equals(rule) && !(f.equals(file) && r.getLine() == line)) others.add(f + ":" + r.getLine());
                }
            } catch (org.drools.drl.parser.DroolsParserException | RuntimeException e) {
                // a file that does not parse has its own error
            }
        });
        return others.isEmpty() ? "" : " (also defined at " + String.join(", ", others) + ")";
    }

    /** Drools reports an invalid regex in {@code matches} at line -1: find the line ourselves. */
    static int lineOfBadRegex(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String literal : matchesLiterals(lines[i])) {
                try {
                    Pattern.compile(literal.replace("\\\\", "\\"));
                } catch (PatternSyntaxException bad) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The string literals after {@code matches} on one DRL line, escapes kept as written. */
    static List<String> matchesLiterals(String line) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = line.indexOf("matches", from)) >= 0) {
            int i = at + "matches".length();
            int ws = i;
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
            from = i;
            if (i == ws || i >= line.length() || line.charAt(i) != '"') continue;
            int end = i + 1;
            while (end < line.length() && line.charAt(end) != '"') end += line.charAt(end) == '\\' ? 2 : 1;
            if (end >= line.length()) break;
            out.add(line.substring(i + 1, end));
            from = end + 1;
        }
        return out;
    }

    /**
     * The version decisions carry: the rule files' hash, combined with the custom patterns when
     * there are any (they decide too, so a changed pattern is a new version).
     */
    static String version(String rulesHash, List<CustomPattern> patterns) {
        return version(rulesHash, patterns, null);
    }

    /** As {@link #version(String, List)}, with a home's own tables ({@link RuleTables#digest()}; null: the jar's). */
    static String version(String rulesHash, List<CustomPattern> patterns, String tablesDigest) {
        if (patterns.isEmpty() && tablesDigest == null) return rulesHash;
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("rules", rulesHash);
        if (tablesDigest != null) parts.put("tables", tablesDigest);
        for (CustomPattern p : patterns) {
            parts.put("pattern:" + p.getName(), p.getRegex().pattern() + "\0" + p.getSolution() + "\0" + p.getDescription());
        }
        return hash(parts);
    }

    static String hash(Map<String, String> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            sources.forEach((k, v) -> {
                md.update(k.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(v.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
