package org.autoheal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sides of the end-to-end batch benchmark ({@code scripts/bench_batch.sh}, which runs both
 * as processes and takes their user+sys CPU time). Not a unit test.
 * <ul>
 * <li>{@code gen CORPUS HOME N LINES OUT}: a home whose {@code config/autoheal_patterns.json} holds N
 * custom patterns ({@code CustomErrorK: cache (?<path>\S+) failed}, create_missing, as
 * {@link DiagnoseBench}), and a JSON Lines batch of LINES errors: the seed and captured corpus
 * outputs in turn, every fourth line a hit of one of the custom patterns instead.</li>
 * <li>{@code loop HOME FILE}: the seed's dispatch that AutoHeal replaces, as a plain Java program:
 * reads the batch, tries every precompiled regex of the same patterns on each text (several may
 * match), and writes one JSON line per input with the hits and their named groups.</li>
 * </ul>
 */
public final class BatchBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    public static void main(String[] args) throws IOException {
        if (args.length == 6 && args[0].equals("gen")) {
            gen(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
        } else if (args.length == 3 && args[0].equals("loop")) {
            loop(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: BatchBench gen CORPUS HOME PATTERNS LINES OUT | loop HOME FILE");
            System.exit(2);
        }
    }

    static void gen(Path corpus, Path home, int patterns, int lines, Path out) throws IOException {
        Files.createDirectories(home.resolve("config"));
        ObjectNode file = JSON.createObjectNode();
        for (int i = 0; i < patterns; i++) {
            ObjectNode p = file.putObject("CustomError" + i);
            p.put("pattern", "CustomError" + i + ": cache (?<path>\\S+) failed");
            p.put("solution", "create_missing");
            p.put("description", "bench pattern " + i);
        }
        Files.writeString(home.resolve("config/autoheal_patterns.json"), JSON.writeValueAsString(file));
        List<String> texts = new ArrayList<>();
        for (String part : List.of("seed", "captured")) {
            for (JsonNode c : JSON.readTree(corpus.resolve(part).resolve("index.json").toFile()).get("cases")) {
                ObjectNode line = JSON.createObjectNode();
                // no "tool": the bench home defines no toolchains, and an unknown one is an error line, not a decision
                line.put("text", Files.readString(corpus.resolve(part).resolve(c.get("file").asText())));
                texts.add(JSON.writeValueAsString(line));
            }
        }
        try (Writer w = Files.newBufferedWriter(out)) {
            for (int i = 0; i < lines; i++) {
                String line;
                if (i % 4 == 3) {
                    int k = (i * 7919) % patterns;
                    ObjectNode hit = JSON.createObjectNode();
                    hit.put("text", "worker " + i % 13 + ": CustomError" + k + ": cache /var/tmp/c" + k + " failed\n");
                    line = JSON.writeValueAsString(hit);
                } else {
                    line = texts.get(i % texts.size());
                }
                w.write(line);
                w.write('\n');
            }
        }
    }

    static void loop(Path home, Path batch) throws IOException {
        JsonNode file = JSON.readTree(home.resolve("config/autoheal_patterns.json").toFile());
        List<String> names = new ArrayList<>();
        List<Pattern> regexes = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        file.fields().forEachRemaining(e -> {
            names.add(e.getKey());
            Pattern p = Pattern.compile(e.getValue().get("pattern").asText());
            regexes.add(p);
            groups.add(GROUP_NAME.matcher(p.pattern()).results().map(m -> m.group(1)).toList());
        });
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (BufferedReader in = Files.newBufferedReader(batch)) {
            String line;
            while ((line = in.readLine()) != null) {
                String text = JSON.readTree(line).path("text").asText();
                List<Map<String, String>> hits = new ArrayList<>();
                for (int i = 0; i < regexes.size(); i++) {
                    Matcher m = regexes.get(i).matcher(text);
                    if (!m.find()) continue;
                    Map<String, String> hit = new LinkedHashMap<>();
                    hit.put("pattern", names.get(i));
                    for (String g : groups.get(i)) {
                        if (m.group(g) != null) hit.put(g, m.group(g));
                    }
                    hits.add(hit);
                }
                out.write(JSON.writeValueAsString(Map.of("hits", hits)));
                out.write('\n');
            }
        }
        out.flush();
    }
}
