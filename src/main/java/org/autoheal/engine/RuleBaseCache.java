package org.autoheal.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.stream.Collectors;
import org.drools.base.common.DroolsObjectInputStream;
import org.autoheal.facts.Knowledge;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled rules of a home, kept in {@code state/cache/} so that a start does not parse and
 * compile the DRL again. The file is named by a checksum of the rule files, the AutoHeal and Drools
 * code and the JVM ({@link CacheKey}); it holds that code description and the rule files themselves,
 * compared exactly before anything else is read, and a CRC-32C of its content (a SHA-256 of 0.4-1.3 MB
 * cost 40-70 ms of a cold start). Format 4 keeps the packages in a section of their own, after the code, the
 * rule files, the catalog and the tables; format 5 writes the latter three as plain data ({@link EntryData},
 * no objects: 40-50 ms less on a cold start's critical path, session 13): a start checks and reads
 * those while its main thread binds logging, before any Drools class is loaded. The packages are written with each
 * empty array and string value once ({@link SharingObjectOutput}): a quarter fewer objects to read. Anything unexpected (missing, stale, truncated, corrupted, other
 * rule files or code, other classes, rules that differ from the catalog) means: compile instead.
 * Custom patterns are facts, not compiled rules, so they are not part of the key. The entry also keeps the
 * jar's knowledge tables as read ({@link RuleTables#bundled()}), a function of the code in the key: a start
 * then parses no JSON for them. A home's own tables are read from its rules/data at every start.
 * The entry holds executable rules and its checksum is no signature: it is read only when the
 * file and its folder belong to this user and no one else may write them ({@link CacheOwner}).
 */
final class RuleBaseCache {
    static final String MAGIC = "autoheal-rules-cache 5";
    private static final int MAX_BYTES = 64 << 20;
    /** Deserialization reads only Drools, MVEL, JDK and AutoHeal classes. */
    private static final ObjectInputFilter CLASSES = CacheClassFilter.INSTANCE;

    private final Path dir;

    /** Asked for when needed, not when the class loads: {@link #entry} runs before logging is bound. */
    private static Logger log() {
        return LoggerFactory.getLogger(RuleBaseCache.class);
    }

    RuleBaseCache(Path dir) {
        this.dir = dir;
    }

    Path file(Map<String, String> sources) {
        return dir.resolve("rules-" + CacheKey.of(sources) + ".bin");
    }

    /** The cached packages and catalog for these sources, or null when there is no usable entry. */
    Cached read(Map<String, String> sources) {
        return read(entry(sources), sources);
    }

    /**
     * The entry's file for these sources, checked, or why it cannot be used: the checksum, the code it was compiled
     * by, the rule files it was compiled from (compared exactly), its catalog and tables; the packages are left for
     * {@link #read(Entry, Map)}. It logs nothing and reads no Drools class (plain JDK streams), so a start runs it on
     * the rules thread while the main thread binds logging ({@link LoggingBound}).
     */
    Entry entry(Map<String, String> sources) {
        Path f = file(sources);
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return new Entry(f, null, null, null, null);
        try {
            Optional<String> foreign = CacheOwner.foreignWriter(dir, f);
            if (foreign.isPresent()) return new Entry(f, null, null, foreign.get(), null);
            if (Files.size(f) > MAX_BYTES) throw new IOException("larger than " + MAX_BYTES + " bytes");
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(f)));
            if (!MAGIC.equals(in.readUTF())) throw new IOException("not a rules cache");
            byte[] payload = new byte[in.readInt()];
            in.readFully(payload);
            if (in.readInt() != checksum(payload)) throw new IOException("checksum mismatch");
            DataInputStream sections = new DataInputStream(new ByteArrayInputStream(payload));
            byte[] code = section(sections);
            byte[] described = section(sections);
            byte[] packages = section(sections);
            if (sections.available() != 0) throw new IOException("not a rules cache");
            // the key is a checksum: the entry must be of exactly this code and these rule files
            if (!CacheKey.code().equals(plain(code).readObject())) throw new IOException("compiled by other code");
            Described d = Described.read(described, sources);
            StartLog.mark("rules cache entry checked");
            return new Entry(f, packages, d, null, null);
        } catch (Exception e) {
            return new Entry(f, null, null, null, e);
        }
    }

    /** The cached packages and catalog of this entry of these sources, or null when it is not usable. */
    Cached read(Entry entry, Map<String, String> sources) {
        Path f = entry.file();
        if (entry.foreign() != null) { // rules are code: never load what another user could have written
            log().warn("not using the rules cache {}: {}; compiling the rules instead", f, entry.foreign());
            return null;
        }
        if (entry.unusable() != null) {
            log().debug("rules cache {} unusable, compiling instead: {}", f, entry.unusable().toString());
            discard(f);
            return null;
        }
        if (entry.packages() == null) return null;
        try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(entry.packages()),
                RuleBaseCache.class.getClassLoader())) {
            objects.setObjectInputFilter(CLASSES);
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            StartLog.mark("packages deserialized");
            Described d = entry.described();
            return new Cached(packages, d.catalog(), d.version(), d.bundledTables());
        } catch (Exception | LinkageError e) {
            log().debug("rules cache {} unusable, compiling instead: {}", f, e.toString());
            discard(f);
            return null;
        }
    }

    /** What an entry was compiled from (compared with the rule files read now), and its catalog and tables. */
    record Described(String version, RuleCatalog catalog, Knowledge bundledTables) {
        static Described read(byte[] section, Map<String, String> sources) throws IOException {
            // plain data, no objects: the cold start's critical path (docs/performance.md, session 13)
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(section));
            int n = in.readInt();
            if (n != sources.size()) throw new IOException("compiled from other rule files");
            for (int i = 0; i < n; i++) {
                String file = EntryData.readText(in);
                if (!EntryData.readText(in).equals(sources.get(file))) throw new IOException("compiled from other rule files");
            }
            String version = EntryData.readText(in);
            RuleCatalog catalog = RuleCatalog.read(in);
            Knowledge tables = Knowledge.read(in);
            if (in.available() != 0) throw new IOException("not a rules cache");
            return new Described(version, catalog, tables);
        }

        static byte[] write(Map<String, String> sources, String version, RuleCatalog catalog, Knowledge tables) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(sources.size());
                for (var e : new TreeMap<>(sources).entrySet()) {
                    EntryData.writeText(out, e.getKey());
                    EntryData.writeText(out, e.getValue());
                }
                EntryData.writeText(out, version);
                catalog.write(out);
                tables.write(out);
            }
            return bytes.toByteArray();
        }
    }

    /** A section of JDK and AutoHeal objects only: no Drools class is loaded (and none logs) to read it. */
    private static ObjectInputStream plain(byte[] section) throws IOException {
        ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(section));
        objects.setObjectInputFilter(CLASSES);
        return objects;
    }

    private static byte[] section(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("not a rules cache");
        byte[] section = new byte[n];
        in.readFully(section);
        return section;
    }

    /** Best effort: a home that cannot be written still works, it just compiles each time. */
    void write(Map<String, String> sources, String version, Collection<KiePackage> packages, RuleCatalog catalog,
               Knowledge bundledTables) {
        Path f = file(sources);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream sections = new DataOutputStream(bytes)) { // each section its own object stream
                section(sections, false, objects -> objects.writeObject(CacheKey.code()));
                byte[] described = Described.write(sources, version, catalog, bundledTables);
                sections.writeInt(described.length);
                sections.write(described);
                section(sections, true, objects -> objects.writeObject(new ArrayList<>(packages)));
            }
            byte[] payload = bytes.toByteArray();
            Files.createDirectories(dir);
            CacheOwner.restrict(dir);
            Path tmp = Files.createTempFile(dir, "rules-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
                out.writeUTF(MAGIC);
                out.writeInt(payload.length);
                out.write(payload);
                out.writeInt(checksum(payload));
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune(f);
        } catch (Exception | LinkageError e) {
            log().debug("cannot write rules cache {}: {}", f, e.toString());
        }
    }

    private interface Writing {
        void to(ObjectOutputStream objects) throws IOException;
    }

    private static void section(DataOutputStream out, boolean drools, Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = drools ? new SharingObjectOutput(bytes) : new ObjectOutputStream(bytes)) {
            writing.to(objects);
        }
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    /** Entries kept in one folder: every rebuilt jar or edited rule file makes a new one (0.4-1.3 MB). */
    static final int KEEP = 16;

    /**
     * Deletes all but the {@link #KEEP} most recently written entries besides {@code current}: a
     * user's cache folder is shared by every checkout and rule set run outside a home, and nothing
     * else ever removed an entry (400 files, 55 MB on the development machine).
     */
    private void prune(Path current) {
        try (var files = Files.list(dir)) {
            List<Path> old = files.filter(p -> !p.equals(current)).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("rules-") && n.endsWith(".bin") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
            }).sorted(java.util.Comparator.comparing(RuleBaseCache::modified).reversed()).toList();
            for (Path p : old.subList(Math.min(old.size(), KEEP - 1), old.size())) discard(p);
        } catch (IOException | RuntimeException e) {
            log().debug("cannot prune rules cache {}: {}", dir, e.toString());
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The rule names a rule base built from the cache must have: those of the catalog. */
    static boolean sameRules(Collection<KiePackage> packages, RuleCatalog catalog) {
        Set<String> compiled = packages.stream().flatMap(p -> p.getRules().stream()).map(Rule::getName)
                .collect(Collectors.toSet());
        Set<String> catalogued = catalog.all().stream().map(RuleInfo::name).collect(Collectors.toSet());
        return compiled.equals(catalogued);
    }

    void discard(Map<String, String> sources) {
        discard(file(sources));
    }

    private static void discard(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            log().debug("cannot delete rules cache {}: {}", f, e.toString());
        }
    }

    /** Against truncation and corruption (trust comes from {@link CacheOwner}, not from the checksum). */
    static int checksum(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        return (int) crc.getValue();
    }

    /**
     * @param version       the rule files' hash ({@link RuleCompiler#hash}), computed when they were compiled
     * @param bundledTables the jar's knowledge tables, read when the entry was written
     */
    record Cached(List<KiePackage> packages, RuleCatalog catalog, String version, Knowledge bundledTables) {
    }

    /**
     * @param packages  the packages' section, or null when the entry is missing, foreign or unusable
     * @param described what the entry was compiled from, its catalog and tables (checked), or null
     * @param foreign  why another user could have written the file, or null
     * @param unusable what made the file unreadable (size, format, checksum), or null
     */
    record Entry(Path file, byte[] packages, Described described, String foreign, Exception unusable) {
    }
}
