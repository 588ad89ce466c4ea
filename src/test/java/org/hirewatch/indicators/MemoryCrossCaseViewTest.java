package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.junit.jupiter.api.Test;

class MemoryCrossCaseViewTest {

    private static IdentifierOccurrence text(UUID caseId, long bits) {
        return new IdentifierOccurrence(caseId, "HW-2026-" + caseId.toString().substring(0, 4), "Dana Example",
                UUID.randomUUID(), "cvText", IdentifierKind.TEXT_FINGERPRINT, String.format("%016x", bits));
    }

    @Test
    void similarTextFindsExactlyWhatAFullScanFinds() {
        Random rnd = new Random(11);
        MemoryCrossCaseView view = new MemoryCrossCaseView();
        List<IdentifierOccurrence> all = new ArrayList<>();
        long base = rnd.nextLong();
        for (int i = 0; i < 3000; i++) {
            long bits = base;
            // every distance from 0 to 12 bits, spread over all four quarters
            for (int flip = 0; flip < i % 13; flip++) {
                bits ^= 1L << rnd.nextInt(64);
            }
            IdentifierOccurrence o = text(UUID.randomUUID(), i % 3 == 0 ? rnd.nextLong() : bits);
            view.add(o);
            all.add(o);
        }
        String wanted = String.format("%016x", base);
        for (int d = 0; d <= 6; d++) {
            int max = d;
            List<IdentifierOccurrence> scan = all.stream()
                    .filter(o -> Long.bitCount(Long.parseUnsignedLong(o.normalized(), 16) ^ base) <= max).toList();
            assertThat(view.similarText(wanted, d, UUID.randomUUID())).as("distance %d", d)
                    .containsExactlyElementsOf(scan.stream().limit(StoreCrossCaseView.LIMIT).toList());
        }
    }

    @Test
    void similarTextLeavesOutTheAskingCaseAndIgnoresBadFingerprints() {
        MemoryCrossCaseView view = new MemoryCrossCaseView();
        UUID mine = UUID.randomUUID();
        view.add(text(mine, 42));
        IdentifierOccurrence other = text(UUID.randomUUID(), 43);
        view.add(other);
        view.add(new IdentifierOccurrence(UUID.randomUUID(), "HW-2026-0009", "", UUID.randomUUID(), "cvText",
                IdentifierKind.TEXT_FINGERPRINT, "not a fingerprint"));
        assertThat(view.similarText(String.format("%016x", 42), 1, mine)).containsExactly(other);
        assertThat(view.similarText("xyz", 1, mine)).isEmpty();
    }
}
