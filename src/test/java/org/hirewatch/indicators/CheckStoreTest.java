package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
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
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.Severity;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings and reviews on a real encrypted workspace. A custom indicator (VoIP line) raises the findings, so these
 * tests hold whatever the built-in rules do.
 */
class CheckStoreTest {
    @TempDir
    Path dir;
    Workspace ws;
    CheckService checks;
    CaseFile caseFile;

    @BeforeEach
    void setUp() {
        ws = Workspace.create(dir.resolve("ws"), "correct horse battery staple".toCharArray(), KdfParams.fresh(1000),
                "tester");
        checks = CheckService.attach(ws);
        checks.saveCustom(new CustomIndicator(null, "VoIP number", "COM", Severity.MEDIUM, 3,
                EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                CustomIndicator.Operator.EQUALS, "voip")), true, 0));
        caseFile = ws.cases().create(CaseDetails.newCase("Backend engineer", Subject.named("Dana Example")));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private Evidence addPhone(String lineType) {
        return ws.evidence().add(caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                Instant.parse("2026-03-01T10:00:00Z"), "application form",
                Map.of("phone", "+1 555 0100", "lineType", lineType)), List.of());
    }

    private Finding voipFinding() {
        return checks.engine() == null ? null : ws.checks().findings(caseFile.id()).stream()
                .filter(f -> f.indicatorId().equals("CUS-01")).findFirst().orElseThrow();
    }

    @Test
    void aNewCaseIsCheckedAtOnceAndReadsInconclusiveNotClean() {
        Assessment a = ws.checks().assessment(caseFile.id()).orElseThrow();
        assertThat(a.band()).isEqualTo(RiskBand.INCONCLUSIVE);
        assertThat(a.evaluated()).isLessThan(a.applicable());
        assertThat(a.notEvaluated()).isNotEmpty();
        assertThat(a.catalogueVersion()).isEqualTo(checks.catalogue().version());
    }

    @Test
    void savingEvidenceRaisesAFindingThatCitesItAndCarriesTheCatalogueVersion() {
        Evidence phone = addPhone("voip");
        Finding f = voipFinding();
        assertThat(f.state()).isEqualTo(FindingState.OPEN);
        assertThat(f.evidenceIds()).containsExactly(phone.id());
        assertThat(f.catalogueVersion()).isEqualTo(checks.catalogue().version());
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isPositive();
    }

    @Test
    void aDismissalSurvivesReRunsUntilItsEvidenceChanges() {
        Evidence phone = addPhone("voip");
        Finding dismissed = checks.review(voipFinding(), FindingState.DISMISSED, "Known privacy-minded engineer");
        double before = ws.checks().assessment(caseFile.id()).orElseThrow().score();

        checks.checkCase(caseFile.id());
        checks.checkAll((done, total) -> { });
        assertThat(voipFinding().state()).isEqualTo(FindingState.DISMISSED);
        assertThat(voipFinding().id()).isEqualTo(dismissed.id());
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isEqualTo(before);

        // The same item edited (new source): the review no longer covers what is recorded, so the finding reopens.
        ws.evidence().update(phone.id(), phone.version(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                phone.observedAt(), "carrier lookup", Map.of("phone", "+1 555 0100", "lineType", "voip",
                "carrier", "Example Telecom")));
        Finding reopened = voipFinding();
        assertThat(reopened.state()).isEqualTo(FindingState.OPEN);
        assertThat(reopened.reopened()).isTrue();
        assertThat(reopened.id()).isEqualTo(dismissed.id());
    }

    @Test
    void confirmingAndDismissingChangeTheScoreAndAreAudited() {
        addPhone("voip");
        Finding open = voipFinding();
        double openScore = ws.checks().assessment(caseFile.id()).orElseThrow().score();
        Finding confirmed = checks.review(open, FindingState.CONFIRMED, "Carrier confirms a VoIP range");
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().confirmedFindings()).isEqualTo(1);
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isEqualTo(openScore);
        checks.review(confirmed, FindingState.DISMISSED, "Second look: number belongs to the employer");
        assertThat(ws.checks().assessment(caseFile.id()).orElseThrow().score()).isLessThan(openScore);
        assertThat(ws.audit().forCase(caseFile.id())).filteredOn(e -> e.action().equals("finding.review")).hasSize(2);
        assertThat(ws.audit().verify().intact()).isTrue();
    }

    @Test
    void aReviewNeedsAReasonAndAStaleVersionIsRefused() {
        addPhone("voip");
        Finding open = voipFinding();
        assertThatThrownBy(() -> checks.review(open, FindingState.DISMISSED, "  "))
                .isInstanceOf(ValidationException.class);
        checks.review(open, FindingState.CONFIRMED, "seen");
        assertThatThrownBy(() -> checks.review(open, FindingState.DISMISSED, "stale"))
                .isInstanceOf(org.hirewatch.store.WorkspaceException.class);
        assertThat(voipFinding().state()).isEqualTo(FindingState.CONFIRMED);
    }

    @Test
    void aFindingNoLongerRaisedIsWithdrawnAndItsReviewReturnsWithIt() {
        Evidence phone = addPhone("voip");
        checks.review(voipFinding(), FindingState.CONFIRMED, "confirmed with carrier");
        Evidence mobile = ws.evidence().update(phone.id(), phone.version(), new EvidenceDraft(
                EvidenceKind.CONTACT_CHANNEL, phone.observedAt(), phone.source(),
                Map.of("phone", "+1 555 0100", "lineType", "mobile")));
        assertThat(ws.checks().findings(caseFile.id())).noneMatch(f -> f.indicatorId().equals("CUS-01"));
        ws.evidence().delete(mobile.id());
        assertThat(ws.checks().findings(caseFile.id())).noneMatch(f -> f.indicatorId().equals("CUS-01"));
    }

    @Test
    void aYesOnTheChecklistRaisesAFindingAndNotCheckedLeavesItUnevaluated() {
        Assessment a = checks.answer(caseFile.id(), "IDN-16", ChecklistAnswer.Answer.NOT_CHECKED, "");
        assertThat(a.notEvaluated()).anyMatch(m -> m.indicatorId().equals("IDN-16"));
        a = checks.answer(caseFile.id(), "IDN-16", ChecklistAnswer.Answer.YES, "Asked a colleague for an SSN");
        assertThat(a.notEvaluated()).noneMatch(m -> m.indicatorId().equals("IDN-16"));
        assertThat(ws.checks().findings(caseFile.id())).anyMatch(f -> f.indicatorId().equals("IDN-16")
                && f.args().contains("Asked a colleague for an SSN"));
        assertThatThrownBy(() -> checks.answer(caseFile.id(), "IDN-16", ChecklistAnswer.Answer.YES, ""))
                .isInstanceOf(ValidationException.class);
        checks.answer(caseFile.id(), "IDN-16", ChecklistAnswer.Answer.NO, "");
        assertThat(ws.checks().findings(caseFile.id())).noneMatch(f -> f.indicatorId().equals("IDN-16"));
    }

    @Test
    void disablingAnIndicatorTakesItOutOfScoreAndCoverageAndIsAudited() {
        addPhone("voip");
        Assessment before = ws.checks().assessment(caseFile.id()).orElseThrow();
        checks.saveSetting(new IndicatorSetting("IDN-16", false, null, Map.of()));
        checks.checkCase(caseFile.id());
        Assessment after = ws.checks().assessment(caseFile.id()).orElseThrow();
        assertThat(after.applicable()).isEqualTo(before.applicable() - 1);
        assertThat(ws.audit().forCase(null)).anyMatch(e -> e.action().equals("indicator.setting"));
    }

    @Test
    void aParameterOutsideItsBoundsIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> checks.saveSetting(new IndicatorSetting("LOG-03", true, null,
                Map.of("minSessionHours", "-4")))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> checks.saveSetting(new IndicatorSetting("LOG-03", true, null,
                Map.of("minSessionHours", "a day")))).isInstanceOf(ValidationException.class);
        assertThat(ws.indicatorSettings().settings()).doesNotContainKey("LOG-03");
    }

    @Test
    void findingsAndReviewsSurviveClosingAndReopening() {
        addPhone("voip");
        checks.review(voipFinding(), FindingState.DISMISSED, "privacy");
        ws.close();
        ws = Workspace.open(dir.resolve("ws"), "correct horse battery staple".toCharArray(), "tester");
        checks = CheckService.attach(ws);
        checks.checkCase(caseFile.id());
        assertThat(voipFinding().state()).isEqualTo(FindingState.DISMISSED);
        assertThat(voipFinding().reviewReason()).isEqualTo("privacy");
    }
}
