package org.hirewatch.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.IndicatorEvaluation;
import org.hirewatch.domain.RiskBand;

/**
 * Turns findings and their reviews into a score and a band, and evaluations into coverage.
 * <ul>
 * <li>A confirmed finding counts its indicator's full weight; an open automatic one too; an open assisted one
 * (a candidate a person must confirm) half; a dismissed one nothing.</li>
 * <li>Each indicator counts once, however many findings it raised, so thirty flagged sign-ins do not outweigh
 * a forged document.</li>
 * <li>A low score with less than the minimum coverage reads "inconclusive", never "low".</li>
 * </ul>
 */
public final class RiskScorer {
    public static final double ELEVATED_FROM = 5;
    public static final double HIGH_FROM = 10;
    public static final double CRITICAL_FROM = 20;
    public static final double MINIMUM_COVERAGE = 0.5;

    public static double factor(FindingState state, CheckMode mode) {
        return switch (state) {
            case CONFIRMED -> 1.0;
            case DISMISSED -> 0.0;
            case OPEN -> mode == CheckMode.ASSISTED ? 0.5 : 1.0;
        };
    }

    public static RiskBand band(double score, double coverage) {
        if (score >= CRITICAL_FROM) {
            return RiskBand.CRITICAL;
        }
        if (score >= HIGH_FROM) {
            return RiskBand.HIGH;
        }
        if (score >= ELEVATED_FROM) {
            return RiskBand.ELEVATED;
        }
        return coverage < MINIMUM_COVERAGE ? RiskBand.INCONCLUSIVE : RiskBand.LOW;
    }

    /** The assessment of a case from its active findings and the latest evaluation of every indicator. */
    public static Assessment assess(UUID caseId, Collection<Finding> findings,
                                    Collection<IndicatorEvaluation> evaluations, IndicatorConfig config,
                                    Instant at) {
        Map<String, Double> weights = new HashMap<>();
        config.all().forEach(a -> weights.put(a.id(), a.weight()));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::indicatorId)
                .thenComparing(f -> -factor(f.state(), f.mode()))
                // On equal points the confirmed finding is the one credited: that is what the investigator stands by.
                .thenComparing(f -> f.state() == FindingState.CONFIRMED ? 0 : 1).thenComparing(Finding::raisedAt));
        List<Assessment.Contribution> contributions = new ArrayList<>();
        java.util.Set<String> counted = new java.util.HashSet<>();
        double score = 0;
        int open = 0;
        int confirmed = 0;
        for (Finding f : sorted) {
            if (!config.get(f.indicatorId()).map(IndicatorConfig.Active::enabled).orElse(false)) {
                continue;
            }
            double w = weights.getOrDefault(f.indicatorId(), 0.0);
            double factor = factor(f.state(), f.mode());
            double points = factor > 0 && counted.add(f.indicatorId()) ? w * factor : 0;
            score += points;
            open += f.state() == FindingState.OPEN ? 1 : 0;
            confirmed += f.state() == FindingState.CONFIRMED ? 1 : 0;
            contributions.add(new Assessment.Contribution(f.id(), f.indicatorId(), f.state(), f.mode(), w, factor, points));
        }
        int evaluated = 0;
        int applicable = 0;
        List<Assessment.MissingCheck> missing = new ArrayList<>();
        for (IndicatorEvaluation e : evaluations) {
            if (e.status() == IndicatorEvaluation.Status.DISABLED
                    || config.get(e.indicatorId()).map(a -> !a.enabled()).orElse(true)) {
                continue;
            }
            applicable++;
            if (e.status() == IndicatorEvaluation.Status.EVALUATED) {
                evaluated++;
            } else {
                missing.add(new Assessment.MissingCheck(e.indicatorId(), e.missing()));
            }
        }
        double coverage = applicable == 0 ? 0 : (double) evaluated / applicable;
        return new Assessment(caseId, score, band(score, coverage), open, confirmed, evaluated, applicable,
                contributions, missing, config.catalogue().version(), at);
    }
}
