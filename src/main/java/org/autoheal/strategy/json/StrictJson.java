package org.autoheal.strategy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Jackson set up to read a repaired text back strictly for the loss check: trailing tokens fail,
 * decimals stay exact BigDecimals with their scale; duplicate keys are read as they come (the
 * check compares member by member, so both occurrences must be there).
 */
final class StrictJson {
    private final JsonFactory factory;
    private final ObjectMapper mapper;

    StrictJson(int maxDepth) {
        factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(TolerantLexer.MAX_NUMBER_LENGTH)
                        .maxStringLength(Integer.MAX_VALUE)
                        .build())
                .build();
        mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .build();
    }

    ObjectMapper mapper() { return mapper; }
}
