package org.hirewatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.CaseStatus.CLOSED;
import static org.hirewatch.domain.CaseStatus.ESCALATED;
import static org.hirewatch.domain.CaseStatus.IN_REVIEW;
import static org.hirewatch.domain.CaseStatus.NEW;
import static org.hirewatch.domain.CaseStatus.REPORTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseStatusTest {
    /** The workflow of the design: new → in review → escalated → reported/closed; back to review; reopen closed. */
    static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(IN_REVIEW, ESCALATED, CLOSED),
            IN_REVIEW, EnumSet.of(ESCALATED, REPORTED, CLOSED),
            ESCALATED, EnumSet.of(IN_REVIEW, REPORTED, CLOSED),
            REPORTED, EnumSet.of(ESCALATED, CLOSED),
            CLOSED, EnumSet.of(IN_REVIEW));

    @Test
    void everyTransitionIsAllowedOrRefusedAsDesigned() {
        for (CaseStatus from : CaseStatus.values()) {
            assertThat(from.allowedNext()).as("from %s", from).isEqualTo(ALLOWED.get(from));
            for (CaseStatus to : CaseStatus.values()) {
                boolean expected = from == to || ALLOWED.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected);
            }
        }
    }

    @Test
    void noStatusGoesBackToNew() {
        for (CaseStatus from : EnumSet.complementOf(EnumSet.of(NEW))) {
            assertThat(from.canMoveTo(NEW)).as(from.name()).isFalse();
        }
    }

    @Test
    void everyStatusCanEventuallyBeClosed() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(s == CLOSED || s.canMoveTo(CLOSED)).isTrue();
        }
    }

    @Test
    void onlyReportedAndClosedNeedADecision() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::needsDecision))
                .containsExactlyInAnyOrder(REPORTED, CLOSED);
    }

    @Test
    void messageKeysExistInTheBundle() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.hirewatch.i18n.messages", java.util.Locale.ROOT);
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(bundle.containsKey(s.messageKey())).as(s.messageKey()).isTrue();
        }
        for (Decision d : Decision.values()) {
            assertThat(bundle.containsKey(d.messageKey())).as(d.messageKey()).isTrue();
        }
        for (Priority p : Priority.values()) {
            assertThat(bundle.containsKey(p.messageKey())).as(p.messageKey()).isTrue();
        }
    }
}
