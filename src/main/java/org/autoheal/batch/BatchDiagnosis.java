package org.autoheal.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.autoheal.config.ConfigException;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.DecisionDeadline;
import org.autoheal.engine.Engine;
import org.autoheal.explain.DecisionJsonWriter;
import org.autoheal.json.Json;
import org.autoheal.facts.ToolchainError;
import org.autoheal.io.BoundedLines;

/**
 * {@code diagnose --batch}: JSON Lines in ({@code {"text": …, "tool": …, "exit_code": …}}), one
 * decision per line out as JSON, in input order; a bad line gets {@code {"line": N, "error": …}}
 * in its place. The rules, the learned salience and each toolchain's context are taken once per
 * batch: diagnosing records no outcomes, so they cannot change. Lines go in chunks to every core
 * (decisions are independent and the engine is thread-safe); each decision runs on the thread that
 * took its chunk, under one deadline watchdog for the batch, and at most a window of chunks is in
 * flight ({@link BatchLines}).
 */
public final class BatchDiagnosis {
    /** Parses an error text the way it would come from the named toolchain (or none). */
    public interface Parser {
        ToolchainError parse(String text, String tool, Integer exitCode);
    }

    private final Engine engine;
    private final Parser parser;
    private final Function<String, DecisionContext> context;
    private final Map<String, DecisionContext> contexts = new ConcurrentHashMap<>();
    private final int maxLine;
    private final boolean trace;

    /**
     * @param context       a toolchain's decision context (null: no toolchain); an unknown name is a ConfigException
     * @param maxErrorBytes limits.max_error_bytes: a line may be 6 times that (JSON escaping) plus 64 KiB
     * @param trace         record the rule trace (its JSON "trace" is empty without)
     */
    public BatchDiagnosis(Engine engine, Parser parser, Function<String, DecisionContext> context, int maxErrorBytes, boolean trace) {
        this.engine = engine;
        this.parser = parser;
        this.context = context;
        this.maxLine = (int) Math.min(Integer.MAX_VALUE - 8, 6L * maxErrorBytes + 65536);
        this.trace = trace;
    }

    /**
     * Reads {@code in} to its end and writes one result line per non-blank input line to {@code out}.
     * With {@code flushEach} (a pipe's reader), each chunk's results are flushed as they are ready.
     */
    public void run(InputStream in, Writer out, boolean flushEach) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (DecisionDeadline.Watchdog watchdog = engine.watchdog();
             BatchLines lines = new BatchLines(threads, (number, text, ifStuck) -> line(watchdog, text, number, ifStuck))) {
            BoundedLines.read(in, maxLine, new BoundedLines.Visitor() {
                @Override
                public void line(int number, String text) {
                    if (!text.isBlank()) write(lines.add(text, number), out, flushEach);
                }

                @Override
                public void tooLong(int number) {
                    write(lines.addResult(error(number,
                            "line longer than " + maxLine + " bytes (6 x limits.max_error_bytes + 64 KiB); skipped").toString()), out, flushEach);
                }
            });
            write(lines.finish(), out, false);
        }
    }

    private static void write(List<String> results, Writer w, boolean flush) {
        try {
            for (String r : results) {
                w.write(r);
                w.write(System.lineSeparator());
            }
            if (flush && !results.isEmpty()) w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line(DecisionDeadline.Watchdog watchdog, String line, int n, Consumer<String> ifStuck) throws IOException {
        JsonNode req;
        try {
            req = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return Json.MAPPER.writeValueAsString(error(n, "malformed JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        if (req == null || !req.isObject() || !req.path("text").isTextual()) {
            return Json.MAPPER.writeValueAsString(error(n, "expected an object with a \"text\" string"));
        }
        String tool = req.path("tool").isTextual() ? req.get("tool").asText() : null;
        JsonNode exit = req.path("exit_code");
        if (!exit.isMissingNode() && !exit.isNull() && !exit.canConvertToInt()) {
            return Json.MAPPER.writeValueAsString(error(n, "\"exit_code\" must be an integer"));
        }
        Integer code = exit.canConvertToInt() && exit.isIntegralNumber() ? Integer.valueOf(exit.asInt()) : null;
        Decision d;
        try {
            DecisionContext ctx = contexts.computeIfAbsent(tool == null ? "" : tool, k -> context.apply(tool));
            d = watchdog.decide(parser.parse(req.get("text").asText(), tool, code), ctx, trace,
                    stuck -> ifStuck.accept(json(stuck)));
        } catch (ConfigException e) {
            return Json.MAPPER.writeValueAsString(error(n, e.getMessage()));
        }
        return json(d);
    }

    /**
     * The decision's JSON ({@code DecisionJson.of}'s), streamed without building the node tree, into Jackson's own
     * recycled buffers as {@code writeValueAsString} does (a StringWriter allocated 8 KiB and synchronized per line).
     */
    private static String json(Decision d) {
        BufferRecycler recycler = Json.MAPPER.getFactory()._getBufferRecycler();
        try (SegmentedStringWriter s = new SegmentedStringWriter(recycler)) {
            try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(s)) {
                DecisionJsonWriter.write(g, d);
            }
            return s.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    private static ObjectNode error(int line, String message) {
        ObjectNode o = Json.object();
        o.put("line", line);
        o.put("error", message);
        return o;
    }
}
