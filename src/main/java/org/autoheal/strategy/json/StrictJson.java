package org.autoheal.strategy.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Jackson set up for the two ends of a repair: writing the parsed tree as pretty strict JSON
 * (numbers as their source text) and reading it back strictly (duplicate keys and trailing
 * tokens fail, decimals stay exact BigDecimals with their scale) for the loss check.
 */
final class StrictJson {
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    StrictJson(int maxDepth) {
        factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(TolerantLexer.MAX_NUMBER_LENGTH)
                        .maxStringLength(Integer.MAX_VALUE)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(maxDepth).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .build();
    }

    ObjectMapper mapper() { return mapper; }

    /** Pretty JSON: 2-space indent, {@code "key": value}, one element per line, trailing newline. */
    String write(ParsedValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(PRINTER.createInstance());
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter failed", e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator g, ParsedValue value) throws IOException {
        if (value instanceof ParsedValue.Obj obj) {
            g.writeStartObject();
            for (ParsedValue.Member m : obj.members()) {
                g.writeFieldName(m.key());
                write(g, m.value());
            }
            g.writeEndObject();
        } else if (value instanceof ParsedValue.Arr arr) {
            g.writeStartArray();
            for (ParsedValue e : arr.elements()) write(g, e);
            g.writeEndArray();
        } else if (value instanceof ParsedValue.Str s) {
            g.writeString(s.value());
        } else if (value instanceof ParsedValue.Num n) {
            g.writeNumber(n.text()); // verbatim: the lexer checked it against the JSON number grammar
        } else if (value instanceof ParsedValue.Bool b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }
}
