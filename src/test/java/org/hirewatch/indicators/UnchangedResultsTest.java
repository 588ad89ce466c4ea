package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.domain.Severity;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over all cases rewrites only the cases whose results changed. These tests look at the stored rows: unchanged
 * results leave them exactly as they were, and every way results can change still reaches the store.
 */
class UnchangedResultsTest {
    @TempDir
    Path dir;
    Workspace ws;
    /** Not listening: evidence changes reach the findings only through the runs these tests start. */
    CheckService checks;
    CaseFile caseFile;
    Evidence phone;

    @BeforeEach
    void setUp() {
        ws = Workspace.create(dir.resolve("ws"), "correct horse battery staple".toCharArray(), KdfParams.fresh(1000),
                "tester");
        checks = new CheckService(ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules());
        checks.saveCustom(new CustomIndicator(null, "VoIP number", "COM", Severity.MEDIUM, 3,
                EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                CustomIndicator.Operator.EQUALS, "voip")), true, 0));
        caseFile = ws.cases().create(CaseDetails.newCase("Backend engineer", Subject.named("Dana Example")));
        phone = ws.evidence().add(caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                Instant.parse("2026-03-01T10:00:00Z"), "application form",
                Map.of("phone", "+1 555 0100", "lineType", "voip")), List.of());
        ws.cases().create(CaseDetails.newCase("Data engineer", Subject.named("Lee Sample")));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    /** The stored rows of every finding and assessment, as text. */
    private List<String> storedRows() {
        return BenchAccess.withConnection(ws, c -> {
            List<String> out = new ArrayList<>();
            for (String q : List.of("SELECT id, version, state, active, evidence_fingerprint FROM finding ORDER BY id",
                    "SELECT case_id, score, band, assessed_at, evaluations_json FROM case_assessment ORDER BY case_id",
                    "SELECT case_id, result_hash FROM case_result_hash ORDER BY case_id")) {
                try (PreparedStatement ps = c.prepareStatement(q); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        out.add(sb.toString());
                    }
                }
            }
            return out;
        });
    }

    private Finding voipFinding() {
        return ws.checks().findings(caseFile.id()).stream().filter(f -> f.indicatorId().equals("CUS-01")).findFirst()
                .orElseThrow();
    }

    private int auditedRuns() {
        return (int) ws.audit().forCase(caseFile.id()).stream().filter(e -> e.action().equals("checks.run")).count();
    }

    @Test
    void aSecondRunOverUnchangedCasesWritesNothingButReadsAsChecked() {
        checks.checkAll((done, total) -> { });
        List<String> before = storedRows();
        int runs = auditedRuns();
        Instant firstChecked = ws.checks().assessment(caseFile.id()).orElseThrow().assessedAt();

        Instant secondRun = Instant.now();
        checks.checkAll((done, total) -> { });

        assertThat(storedRows()).isEqualTo(before);
        assertThat(auditedRuns()).isEqualTo(runs);
        // The row keeps its time, but the case was checked by the second run and says so.
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().assessedAt())
                .isAfter(firstChecked).isAfterOrEqualTo(secondRun.minusMillis(1));
    }

    @Test
    void changedEvidenceIsStillMergedAndReopensAReviewedFinding() {
        checks.checkAll((done, total) -> { });
        Finding dismissed = checks.review(voipFinding(), FindingState.DISMISSED, "Known privacy-minded engineer");
        double dismissedScore = ws.checks().assessment(caseFile.id()).orElseThrow().score();

        // The review changed no result: the next run leaves the finding and the score the review computed.
        checks.checkAll((done, total) -> { });
        assertThat(voipFinding()).isEqualTo(dismissed);
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isEqualTo(dismissedScore);

        ws.evidence().update(phone.id(), phone.version(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                phone.observedAt(), "carrier lookup", Map.of("phone", "+1 555 0100", "lineType", "voip")));
        checks.checkAll((done, total) -> { });
        Finding reopened = voipFinding();
        assertThat(reopened.id()).isEqualTo(dismissed.id());
        assertThat(reopened.state()).isEqualTo(FindingState.OPEN);
        assertThat(reopened.reopened()).isTrue();
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isGreaterThan(dismissedScore);
    }

    @Test
    void aWithdrawnFindingIsStoredInactiveAndComesBackWithItsReview() {
        checks.checkAll((done, total) -> { });
        checks.review(voipFinding(), FindingState.CONFIRMED, "confirmed with carrier");
        Evidence mobile = ws.evidence().update(phone.id(), phone.version(), new EvidenceDraft(
                EvidenceKind.CONTACT_CHANNEL, phone.observedAt(), phone.source(),
                Map.of("phone", "+1 555 0100", "lineType", "mobile")));
        checks.checkAll((done, total) -> { });
        assertThat(ws.checks().findings(caseFile.id())).noneMatch(f -> f.indicatorId().equals("CUS-01"));
        assertThat(auditedRuns()).isGreaterThanOrEqualTo(2);

        ws.evidence().update(mobile.id(), mobile.version(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                phone.observedAt(), phone.source(), Map.of("phone", "+1 555 0100", "lineType", "voip")));
        checks.checkAll((done, total) -> { });
        // Raised again on changed evidence: the confirmation no longer covers it, so it comes back reopened.
        assertThat(voipFinding().state()).isEqualTo(FindingState.OPEN);
        assertThat(voipFinding().reopened()).isTrue();
    }

    @Test
    void aRunOfSomeIndicatorsInBetweenMakesTheNextFullRunMergeAgain() {
        checks.checkAll((done, total) -> { });
        checks.answer(caseFile.id(), "IDN-16", ChecklistAnswer.Answer.YES, "Asked a colleague for an SSN");
        assertThat(ws.checks().findings(caseFile.id())).anyMatch(f -> f.indicatorId().equals("IDN-16"));

        // The answer taken back without re-running that indicator: the full run's results are those of the first
        // run again, yet the store holds the finding the partial run raised. The full run must not skip this case.
        ws.checks().answer(caseFile.id(), "IDN-16", ChecklistAnswer.Answer.NOT_CHECKED, "");
        checks.checkAll((done, total) -> { });
        assertThat(ws.checks().findings(caseFile.id())).noneMatch(f -> f.indicatorId().equals("IDN-16"));
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().notEvaluated())
                .anyMatch(m -> m.indicatorId().equals("IDN-16"));
    }

    @Test
    void aChangedWeightRewritesTheScoreThoughNoFindingChanged() {
        checks.checkAll((done, total) -> { });
        double before = ws.checks().assessment(caseFile.id()).orElseThrow().score();
        checks.saveCustom(new CustomIndicator(voipFinding().indicatorId(), "VoIP number", "COM", Severity.MEDIUM, 7,
                EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                CustomIndicator.Operator.EQUALS, "voip")), true, 1));
        checks.checkAll((done, total) -> { });
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isEqualTo(before + 4);

        checks.saveSetting(new IndicatorSetting("IDN-16", false, null, Map.of()));
        checks.checkAll((done, total) -> { });
        Assessment withDisabled = ws.checks().assessment(caseFile.id()).orElseThrow();
        assertThat(withDisabled.notEvaluated()).noneMatch(m -> m.indicatorId().equals("IDN-16"));
    }

    @Test
    void aCaseWithoutStoredHashIsMerged() {
        checks.checkAll((done, total) -> { });
        // As a workspace upgraded from before hashes were kept: no case has one, and every case is merged again.
        BenchAccess.withConnection(ws, c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM case_result_hash");
                return st.executeUpdate("UPDATE case_assessment SET score = -1");
            }
        });
        checks.checkAll((done, total) -> { });
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isNotNegative();
    }
}
