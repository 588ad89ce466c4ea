package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The quick paths that spare the rules an exception or a copy per call read the same as before. */
class TextShortcutsTest {

    @Test
    void aNameIsFoundAsWholeWordsOnly() {
        assertThat(Values.containsWords("example vpn ltd", "example vpn")).isTrue();
        assertThat(Values.containsWords("example vpn ltd", "vpn ltd")).isTrue();
        assertThat(Values.containsWords("example vpn", "example vpn")).isTrue();
        assertThat(Values.containsWords("examplevpn ltd", "vpn")).isFalse();
        assertThat(Values.containsWords("my vpnx and vpn", "vpn")).isTrue();
        assertThat(Values.containsWords("my vpnx", "vpn")).isFalse();
        assertThat(Values.containsWords("anything", "")).isFalse();
    }

    @Test
    void timesWithAndWithoutOffsetReadAsBefore() {
        assertThat(Values.instant("2026-03-02T14:00:00Z")).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(Values.instant("2026-03-02t14:00:00z")).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(Values.instant("2026-03-02 14:00+02:00")).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(Values.instant("2026-03-02T14:00-05:00")).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(Values.instant("2026-03-02 14:00"))
                .isEqualTo(LocalDateTime.parse("2026-03-02T14:00").atZone(ZoneId.systemDefault()).toInstant());
        assertThat(Values.instant("2026-03-02"))
                .isEqualTo(LocalDateTime.parse("2026-03-02T00:00").atZone(ZoneId.systemDefault()).toInstant());
        assertThat(Values.instant("yesterday")).isNull();
    }

    @Test
    void nameKeysAreRememberedButComputedTheSame() {
        assertThat(Texts.nameKey("Kim, Daniel")).isEqualTo("daniel kim").isEqualTo(Texts.nameKey("Daniel KIM"));
        assertThat(Texts.nameKey("José Ñúñez")).isEqualTo(Texts.nameKey("Nunez Jose"));
        assertThat(Texts.nameSimilarity("Dana Example", "Example, Dana")).isEqualTo(1.0);
    }
}
