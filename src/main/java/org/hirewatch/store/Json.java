package org.hirewatch.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One configured mapper for payloads and audit snapshots; sorted keys keep snapshots stable for hashing. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // Records' derived accessors (isSubject, isOpen) are written too; reading them back must not fail.
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
        }
    }

    /**
     * A flat object of texts (an evidence payload) read straight into an immutable map: the general reader builds a
     * linked map that the evidence record then copies, and a run over all cases reads 300,000 payloads. Anything
     * else (a nested value, a repeated key) goes through the general reader, which says what is wrong.
     */
    static Map<String, String> readTexts(String s, TypeReference<Map<String, String>> type) {
        try (JsonParser p = MAPPER.getFactory().createParser(s)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                List<Map.Entry<String, String>> entries = new ArrayList<>(32);
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value != JsonToken.VALUE_STRING) {
                        return read(s, type);
                    }
                    entries.add(Map.entry(key, p.getText()));
                }
                if (t == JsonToken.END_OBJECT && p.nextToken() == null) {
                    @SuppressWarnings("unchecked")
                    Map.Entry<String, String>[] array = entries.toArray(new Map.Entry[0]);
                    return Map.ofEntries(array);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // malformed, or a key twice: the general reader decides
        }
        return read(s, type);
    }

    static <T> T read(String s, TypeReference<T> type) {
        try {
            return MAPPER.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED, e, "stored JSON");
        }
    }
}
