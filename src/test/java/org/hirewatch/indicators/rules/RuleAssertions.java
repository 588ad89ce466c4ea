package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;

/** Short assertions for rule outcomes, shared by the identity, communication and interview rule tests. */
final class RuleAssertions {
    private RuleAssertions() {
    }

    /** Adds an item and returns it, so a test can assert that a finding cites it. */
    static Evidence add(CaseDataBuilder b, EvidenceKind kind, String... keyValues) {
        b.evidence(kind, keyValues);
        return b.items().get(b.items().size() - 1);
    }

    static Evidence addAt(CaseDataBuilder b, String isoInstant, EvidenceKind kind, String... keyValues) {
        b.evidenceAt(isoInstant, kind, keyValues);
        return b.items().get(b.items().size() - 1);
    }

    static List<UUID> ids(Evidence... items) {
        return java.util.Arrays.stream(items).map(Evidence::id).toList();
    }

    /** The single hit of an evaluated outcome. */
    static Hit onlyHit(Outcome o) {
        assertThat(o.evaluated()).as("evaluated").isTrue();
        assertThat(o.hits()).hasSize(1);
        return o.hits().get(0);
    }

    static void assertHit(Outcome o, String messageKey, List<UUID> evidence, String... args) {
        Hit h = onlyHit(o);
        assertThat(h.messageKey()).isEqualTo(messageKey);
        assertThat(h.evidenceIds()).containsExactlyInAnyOrderElementsOf(evidence);
        assertThat(h.args()).containsExactly(args);
    }

    static void assertClear(Outcome o) {
        assertThat(o.evaluated()).as("evaluated").isTrue();
        assertThat(o.hits()).isEmpty();
        assertThat(o.missing()).isEmpty();
    }

    static void assertNotEvaluated(Outcome o, EvidenceNeed... needs) {
        assertThat(o.evaluated()).as("evaluated").isFalse();
        assertThat(o.hits()).isEmpty();
        assertThat(o.missing()).containsExactly(needs);
    }

    static List<String> messageKeys(Outcome o) {
        return o.hits().stream().map(Hit::messageKey).toList();
    }
}
