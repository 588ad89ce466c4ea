package org.hirewatch.exchange.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.hirewatch.exchange.bundle.BundleException.Reason;

/** JSON inside a bundle: instants as ISO text, keys sorted, duplicate keys refused when reading. */
final class BundleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private BundleJson() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** Content that passed the GCM tag but is not what this format says was made by a broken or hostile writer. */
    static <T> T read(byte[] bytes, Class<T> type, String entry) {
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new BundleException(Reason.DAMAGED, entry);
            }
            return value;
        } catch (IOException e) {
            throw new BundleException(Reason.DAMAGED, e, entry);
        }
    }
}
