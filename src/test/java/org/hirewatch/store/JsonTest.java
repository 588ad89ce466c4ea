package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Payloads read by the quick reader are exactly what the general reader gives, and odd ones still go to it. */
class JsonTest {
    static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    @Test
    void aPayloadReadsAsTheGeneralReaderReadsIt() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", "dana@example.com");
        fields.put("notes", "two\nlines, \"quoted\", ünïcode ✓ and \\ backslash");
        fields.put("empty", "");
        String json = Json.write(fields);
        assertThat(Json.readTexts(json, TEXTS)).isEqualTo(Json.read(json, TEXTS)).isEqualTo(fields);
        assertThat(Json.readTexts("{}", TEXTS)).isEmpty();
    }

    @Test
    void numbersARepeatedKeyAndBrokenTextGoToTheGeneralReader() {
        assertThat(Json.readTexts("{\"count\": 12, \"a\": \"b\"}", TEXTS)).isEqualTo(Map.of("count", "12", "a", "b"));
        assertThat(Json.readTexts("{\"a\": \"1\", \"a\": \"2\"}", TEXTS)).isEqualTo(Map.of("a", "2"));
        assertThatThrownBy(() -> Json.readTexts("{\"a\": ", TEXTS)).isInstanceOf(WorkspaceException.class);
    }
}
