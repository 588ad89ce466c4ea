package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;

/** Assertions shared by the rule tests: one hit, no hit, not evaluated. */
final class Outcomes {
    private Outcomes() {
    }

    static Hit onlyHit(Outcome o) {
        assertThat(o.evaluated()).as("evaluated").isTrue();
        assertThat(o.hits()).hasSize(1);
        return o.hits().get(0);
    }

    static void assertClear(Outcome o) {
        assertThat(o.evaluated()).as("evaluated").isTrue();
        assertThat(o.hits()).isEmpty();
    }

    static void assertNotEvaluated(Outcome o, EvidenceNeed... needs) {
        assertThat(o.evaluated()).as("evaluated").isFalse();
        assertThat(o.hits()).isEmpty();
        assertThat(o.missing()).containsExactlyInAnyOrder(needs);
    }

    static List<UUID> ids(Evidence... items) {
        return Arrays.stream(items).map(Evidence::id).toList();
    }

    static List<UUID> ids(List<Evidence> items) {
        return items.stream().map(Evidence::id).toList();
    }
}
