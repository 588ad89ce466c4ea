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
    void theBandedDistanceDecidesAsTheFullOne() {
        java.util.Random rnd = new java.util.Random(3);
        String letters = "abcde ";
        for (int n = 0; n < 20_000; n++) {
            String a = random(rnd, letters, rnd.nextInt(14));
            String b = rnd.nextBoolean() ? mutate(rnd, a, letters) : random(rnd, letters, rnd.nextInt(14));
            int k = rnd.nextInt(6);
            assertThat(Texts.withinDistance(a, b, k)).as("%s / %s within %d", a, b, k)
                    .isEqualTo(Texts.distance(a, b) <= k);
            double threshold = rnd.nextInt(21) / 20.0;
            assertThat(Texts.similarAtLeast(a, b, threshold)).as("%s / %s at %s", a, b, threshold)
                    .isEqualTo(1.0 - (double) Texts.distance(a, b) / Math.max(1, Math.max(a.length(), b.length()))
                            >= threshold || a.isEmpty() && b.isEmpty() && 1.0 >= threshold);
        }
    }

    private static String random(java.util.Random rnd, String letters, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(letters.charAt(rnd.nextInt(letters.length())));
        }
        return sb.toString();
    }

    private static String mutate(java.util.Random rnd, String s, String letters) {
        StringBuilder sb = new StringBuilder(s);
        for (int edits = rnd.nextInt(4); edits > 0; edits--) {
            int at = sb.length() == 0 ? 0 : rnd.nextInt(sb.length());
            switch (rnd.nextInt(3)) {
                case 0 -> sb.insert(at, letters.charAt(rnd.nextInt(letters.length())));
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, letters.charAt(rnd.nextInt(letters.length())));
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    void nameKeysAreRememberedButComputedTheSame() {
        assertThat(Texts.nameKey("Kim, Daniel")).isEqualTo("daniel kim").isEqualTo(Texts.nameKey("Daniel KIM"));
        assertThat(Texts.nameKey("José Ñúñez")).isEqualTo(Texts.nameKey("Nunez Jose"));
        assertThat(Texts.nameSimilarity("Dana Example", "Example, Dana")).isEqualTo(1.0);
    }
}
