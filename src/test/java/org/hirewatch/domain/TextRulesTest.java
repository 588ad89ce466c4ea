package org.hirewatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    private static List<Violation> line(String v) {
        List<Violation> out = new ArrayList<>();
        TextRules.checkLine("f", v, out);
        return out;
    }

    private static List<Violation> multi(String v, int limit) {
        List<Violation> out = new ArrayList<>();
        TextRules.checkMultiline("f", v, limit, out);
        return out;
    }

    @Test
    void limitsAreWhatTheIssueAsks() {
        assertThat(TextRules.LINE_LIMIT).isEqualTo(500);
        assertThat(TextRules.LONG_TEXT_LIMIT).isEqualTo(20_000);
        // A 1 MB note must be stored verbatim.
        assertThat(TextRules.NOTE_LIMIT).isGreaterThanOrEqualTo(1_048_576).isEqualTo(2_000_000);
    }

    @Test
    void lineLimitBoundary() {
        assertThat(line("x".repeat(500))).isEmpty();
        assertThat(line("x".repeat(501))).containsExactly(new Violation("f", "validation.tooLong", 501, 500));
        assertThat(line("")).isEmpty();
        assertThat(line(null)).isEmpty();
    }

    @Test
    void multilineLimitBoundary() {
        assertThat(multi("x".repeat(TextRules.LONG_TEXT_LIMIT), TextRules.LONG_TEXT_LIMIT)).isEmpty();
        assertThat(multi("x".repeat(TextRules.LONG_TEXT_LIMIT + 1), TextRules.LONG_TEXT_LIMIT))
                .containsExactly(new Violation("f", "validation.tooLong", TextRules.LONG_TEXT_LIMIT + 1, TextRules.LONG_TEXT_LIMIT));
        assertThat(multi("x".repeat(1_048_576), TextRules.NOTE_LIMIT)).isEmpty();
        assertThat(multi(null, 10)).isEmpty();
    }

    @Test
    void everyC0AndC1ControlCharacterIsRefused() {
        for (char c = 0; c < 0x20; c++) {
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            assertThat(line("a" + c + "b")).as("U+%04X in a line", (int) c).extracting(Violation::messageKey)
                    .containsExactly("validation.controlChars");
            assertThat(multi("a" + c + "b", 100)).as("U+%04X in multi-line text", (int) c)
                    .hasSize(lineBreakOrTab ? 0 : 1);
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertThat(TextRules.hasControlChars("x" + c, true)).as("U+%04X", (int) c).isTrue();
        }
    }

    @Test
    void printableTextIsAccepted() {
        for (String ok : List.of("O'Brien\"; DROP TABLE hw_case;--", "<script>alert(1)</script>", "Zoë 李小龍 👩‍💻",
                "\u00a0non-breaking", "tab-free")) {
            assertThat(line(ok)).as(ok).isEmpty();
            assertThat(TextRules.hasControlChars(ok, false)).isFalse();
        }
    }

    @Test
    void tooLongIsReportedBeforeControlCharacters() {
        assertThat(line("\u0000".repeat(501))).extracting(Violation::messageKey).containsExactly("validation.tooLong");
    }
}
