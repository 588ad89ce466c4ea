package org.hirewatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Risk and coverage of one case after a check run. The score is the sum of the contributions; coverage counts the
 * enabled indicators that could be evaluated and lists those that could not, with the evidence they lack.
 */
public record Assessment(
        UUID caseId,
        double score,
        RiskBand band,
        int openFindings,
        int confirmedFindings,
        int evaluated,
        int applicable,
        List<Contribution> contributions,
        List<MissingCheck> notEvaluated,
        String catalogueVersion,
        Instant assessedAt) {

    public Assessment {
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        notEvaluated = notEvaluated == null ? List.of() : List.copyOf(notEvaluated);
    }

    /** Share of the enabled indicators that could be evaluated, 0..1. */
    public double coverage() {
        return applicable == 0 ? 0 : (double) evaluated / applicable;
    }

    public int coveragePercent() {
        return (int) Math.round(coverage() * 100);
    }

    /** One finding's share of the score: its weight times the factor its review state gives it. */
    public record Contribution(UUID findingId, String indicatorId, FindingState state, CheckMode mode, double weight,
                               double factor, double points) {
    }

    /** An indicator that could not run, and what would let it run. */
    public record MissingCheck(String indicatorId, List<EvidenceNeed> missing) {
        public MissingCheck {
            missing = missing == null ? List.of() : List.copyOf(missing);
        }
    }
}
