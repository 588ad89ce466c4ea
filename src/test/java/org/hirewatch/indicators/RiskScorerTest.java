package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.IndicatorEvaluation;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.Severity;
import org.junit.jupiter.api.Test;

/** How findings, reviews and coverage become a score and a band. */
class RiskScorerTest {
    static final Catalogue CATALOGUE = Catalogue.builtIn();
    final UUID caseId = UUID.randomUUID();

    Finding finding(String indicator, FindingState state, CheckMode mode) {
        return new Finding(UUID.randomUUID(), caseId, indicator, indicator + UUID.randomUUID(), Severity.HIGH, mode,
                "finding.checklist.yes", List.of("x"), List.of(), "fp", "v", state, "", "", null, false, Instant.now(),
                1, true);
    }

    List<IndicatorEvaluation> evaluated(int evaluatedCount) {
        List<IndicatorEvaluation> out = new ArrayList<>();
        List<IndicatorDefinition> all = CATALOGUE.indicators();
        for (int i = 0; i < all.size(); i++) {
            out.add(new IndicatorEvaluation(all.get(i).id(), i < evaluatedCount ? IndicatorEvaluation.Status.EVALUATED
                    : IndicatorEvaluation.Status.NOT_EVALUATED, List.of()));
        }
        return out;
    }

    Assessment assess(List<Finding> findings, int evaluatedCount) {
        return RiskScorer.assess(caseId, findings, evaluated(evaluatedCount), IndicatorConfig.defaults(CATALOGUE),
                Instant.now());
    }

    @Test
    void noFindingsWithLittleEvidenceIsInconclusiveNeverLow() {
        Assessment a = assess(List.of(), 10);
        assertThat(a.band()).isEqualTo(RiskBand.INCONCLUSIVE);
        assertThat(a.coveragePercent()).isEqualTo(17);
        assertThat(a.notEvaluated()).hasSize(50);
        assertThat(assess(List.of(), 30).band()).isEqualTo(RiskBand.LOW);
    }

    @Test
    void reviewStatesWeighTheFindings() {
        // EQP-01 is high severity, weight 5.
        assertThat(assess(List.of(finding("EQP-01", FindingState.OPEN, CheckMode.AUTOMATIC)), 60).score()).isEqualTo(5);
        assertThat(assess(List.of(finding("EQP-01", FindingState.OPEN, CheckMode.ASSISTED)), 60).score()).isEqualTo(2.5);
        assertThat(assess(List.of(finding("EQP-01", FindingState.CONFIRMED, CheckMode.ASSISTED)), 60).score()).isEqualTo(5);
        assertThat(assess(List.of(finding("EQP-01", FindingState.DISMISSED, CheckMode.AUTOMATIC)), 60).score()).isZero();
    }

    @Test
    void anIndicatorCountsOnceHoweverManyFindingsItRaised() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(finding("LOG-06", FindingState.OPEN, CheckMode.AUTOMATIC));
        }
        Assessment a = assess(many, 60);
        assertThat(a.score()).isEqualTo(4); // LOG-06 is medium-high, weight 4
        assertThat(a.contributions()).hasSize(30).filteredOn(c -> c.points() > 0).hasSize(1);
        assertThat(a.openFindings()).isEqualTo(30);
    }

    @Test
    void bandsRiseWithTheScore() {
        assertThat(assess(List.of(finding("EQP-01", FindingState.OPEN, CheckMode.AUTOMATIC)), 60).band())
                .isEqualTo(RiskBand.ELEVATED);
        assertThat(assess(List.of(finding("EQP-01", FindingState.OPEN, CheckMode.AUTOMATIC),
                finding("EQP-05", FindingState.CONFIRMED, CheckMode.AUTOMATIC)), 60).band()).isEqualTo(RiskBand.HIGH);
        List<Finding> four = List.of(finding("EQP-01", FindingState.OPEN, CheckMode.AUTOMATIC),
                finding("EQP-05", FindingState.OPEN, CheckMode.AUTOMATIC),
                finding("LOG-04", FindingState.OPEN, CheckMode.AUTOMATIC),
                finding("PAY-02", FindingState.OPEN, CheckMode.AUTOMATIC));
        assertThat(assess(four, 60).band()).isEqualTo(RiskBand.CRITICAL);
        // A high score is reported as such even with little evidence: findings are never hidden by low coverage.
        assertThat(assess(four, 5).band()).isEqualTo(RiskBand.CRITICAL);
    }

    @Test
    void workspaceWeightsAndSwitchesApply() {
        IndicatorConfig cfg = new IndicatorConfig(CATALOGUE, Map.of(
                "EQP-01", new IndicatorSetting("EQP-01", true, 12.0, Map.of()),
                "EQP-05", new IndicatorSetting("EQP-05", false, null, Map.of())), List.of());
        Assessment a = RiskScorer.assess(caseId, List.of(finding("EQP-01", FindingState.OPEN, CheckMode.AUTOMATIC),
                finding("EQP-05", FindingState.OPEN, CheckMode.AUTOMATIC)), evaluated(60), cfg, Instant.now());
        assertThat(a.score()).isEqualTo(12);
        assertThat(a.applicable()).isEqualTo(59);
    }
}
