package org.autoheal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one ObjectMapper for AutoHeal's own output: reports, journal, state. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a value only when it is not null, so reports stay short. */
    public static void putIfPresent(ObjectNode node, String key, Object value) {
        if (value != null) node.set(key, MAPPER.valueToTree(value));
    }
}
