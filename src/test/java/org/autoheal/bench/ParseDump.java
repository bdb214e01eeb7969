package org.autoheal.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * Every field of every parsed fact (the lead and each signal of its evidence, all getters as JSON) for each
 * corpus output, parsed with its tool and argv, as a batch line parses it (text only), and each of its lines
 * alone: to prove that a change to the parsers' speed changed no parse result. Holdout cases are written as
 * a SHA-256 only (their parses are not shown to anyone writing rules). Not a unit test.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.ParseDump write|compare FILE
 * </pre>
 */
public final class ParseDump {
    @JsonIgnoreProperties({"evidence"})
    private abstract static class NoEvidence {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
            .addMixIn(ToolchainError.class, NoEvidence.class).build();

    private ParseDump() {
    }

    static String describe(ToolchainError e) throws Exception {
        StringBuilder sb = new StringBuilder(JSON.writeValueAsString(e));
        for (ToolchainError s : e.getEvidence()) sb.append("\n  signal ").append(s == e ? "(lead)" : JSON.writeValueAsString(s));
        return sb.toString();
    }

    static Map<String, String> dump() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String corpus : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(corpus)) {
                StringBuilder sb = new StringBuilder();
                sb.append("\n input: ").append(describe(ErrorParsers.parse(c.input())));
                sb.append("\n text: ").append(describe(ErrorParsers.parse(new ErrorInput(null, null, null, c.text()))));
                String[] lines = c.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    sb.append("\n line ").append(i).append(": ")
                            .append(describe(ErrorParsers.parse(new ErrorInput(null, null, null, lines[i]))));
                }
                String text = sb.toString();
                out.put(corpus + "/" + c.file(), c.split().equals("holdout") ? "\n sha256 " + sha256(text) : text);
            }
        }
        return out;
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("write", "compare").contains(args[0])) {
            System.err.println("usage: ParseDump write|compare FILE");
            System.exit(2);
        }
        Map<String, String> now = dump();
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : now.entrySet())
                sb.append(e.getKey()).append('\t').append(sha256(e.getValue())).append(e.getValue().replace("\n", "\n\t")).append('\n');
            Files.writeString(file, sb.toString());
            System.out.println("wrote " + now.size() + " cases to " + file);
            return;
        }
        Map<String, String> before = new LinkedHashMap<>();
        for (String l : Files.readString(file).split("\n")) {
            if (l.startsWith("\t") || l.isEmpty()) continue;
            int tab = l.indexOf('\t');
            before.put(l.substring(0, tab), l.substring(tab + 1));
        }
        int differ = 0;
        for (Map.Entry<String, String> e : before.entrySet()) {
            String a = now.get(e.getKey());
            if (a != null && e.getValue().equals(sha256(a))) continue;
            differ++;
            System.out.println("DIFFERS: " + e.getKey());
        }
        if (!before.keySet().equals(now.keySet())) {
            differ++;
            System.out.println("DIFFERS: the set of cases changed");
        }
        System.out.println(differ == 0 ? "identical: " + before.size() + " cases" : differ + " of " + before.size() + " cases differ");
        System.exit(differ == 0 ? 0 : 1);
    }
}
