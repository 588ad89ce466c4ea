package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.RiskFilter;
import org.hirewatch.domain.Severity;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.CheckService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case list carries each case's latest risk band, open findings and coverage, and filters by band in SQL; a case
 * never checked has no band and is found by "not checked yet".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListRiskTest {
    Workspace ws;
    UUID neverChecked;
    UUID checkedEmpty;
    UUID flagged;
    Assessment emptyAssessment;
    Assessment flaggedAssessment;

    @BeforeAll
    void fill(@TempDir Path dir) {
        ws = StoreFixtures.create(dir.resolve("ws"));
        // Not attached as a listener: which case gets checked, and when, is up to this test.
        CheckService checks = new CheckService(ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules());
        // A custom indicator heavy enough to reach the top band on its own, whatever the built-in rules add.
        checks.saveCustom(new CustomIndicator(null, "Virtual phone line", "COM", Severity.MEDIUM, 25,
                EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                CustomIndicator.Operator.EQUALS, "voip")), true, 0));
        neverChecked = ws.cases().create(StoreFixtures.details("Never checked", "Dana Example")).id();
        checkedEmpty = ws.cases().create(StoreFixtures.details("Checked, no evidence", "Robin Example")).id();
        flagged = ws.cases().create(StoreFixtures.details("Virtual number", "Sam Example")).id();
        ws.evidence().add(flagged, new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, EvidenceSamples.OBSERVED, "CV",
                Map.of("phone", "+1 555 0100", "lineType", "voip")), List.of());
        emptyAssessment = checks.checkCase(checkedEmpty);
        flaggedAssessment = checks.checkCase(flagged);
    }

    @AfterAll
    void close() {
        ws.close();
    }

    private CaseSummary row(List<CaseSummary> rows, UUID id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void rowsCarryTheLatestAssessmentOnBothLookUpPaths() {
        int saved = CaseStore.bulkThreshold;
        try {
            for (int threshold : new int[] {1, Integer.MAX_VALUE}) { // whole-table pass, then look-ups by id
                CaseStore.bulkThreshold = threshold;
                List<CaseSummary> rows = ws.cases().list(CaseQuery.all());
                assertThat(rows).hasSize(3);

                CaseSummary never = row(rows, neverChecked);
                assertThat(never.band()).isNull();
                assertThat(never.checked()).isFalse();

                CaseSummary empty = row(rows, checkedEmpty);
                assertThat(empty.band()).isEqualTo(RiskBand.INCONCLUSIVE).isEqualTo(emptyAssessment.band());
                assertThat(empty.openFindings()).isZero();
                assertThat(empty.coveragePercent()).isEqualTo(emptyAssessment.coveragePercent());

                CaseSummary hit = row(rows, flagged);
                assertThat(hit.band()).isEqualTo(RiskBand.CRITICAL).isEqualTo(flaggedAssessment.band());
                assertThat(hit.openFindings()).isPositive().isEqualTo(flaggedAssessment.openFindings());
                assertThat(hit.coveragePercent()).isPositive().isEqualTo(flaggedAssessment.coveragePercent());
            }
        } finally {
            CaseStore.bulkThreshold = saved;
        }
    }

    @Test
    void theRiskFilterSelectsOneBandOrTheCasesNeverChecked() {
        assertThat(ws.cases().list(CaseQuery.all().withRisk(RiskFilter.NOT_CHECKED))).extracting(CaseSummary::id)
                .containsExactly(neverChecked);
        assertThat(ws.cases().list(CaseQuery.all().withRisk(RiskFilter.INCONCLUSIVE))).extracting(CaseSummary::id)
                .containsExactly(checkedEmpty);
        assertThat(ws.cases().list(CaseQuery.all().withRisk(RiskFilter.CRITICAL))).extracting(CaseSummary::id)
                .containsExactly(flagged);
        assertThat(ws.cases().list(CaseQuery.all().withRisk(RiskFilter.LOW))).isEmpty();
        // combined with the other filters, and kept when the text changes
        assertThat(ws.cases().list(CaseQuery.all().withRisk(RiskFilter.CRITICAL).withText("virtual")))
                .extracting(CaseSummary::id).containsExactly(flagged);
        assertThat(ws.cases().list(CaseQuery.all().withRisk(RiskFilter.CRITICAL).withText("dana"))).isEmpty();
        assertThat(ws.cases().list(CaseQuery.all().withRisk(null))).hasSize(3);
    }
}
