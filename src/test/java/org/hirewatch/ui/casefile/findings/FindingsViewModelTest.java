package org.hirewatch.ui.casefile.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FindingDraft;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.IndicatorEvaluation;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Severity;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.indicators.RiskScorer;
import org.hirewatch.store.CheckStore;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseScope;
import org.hirewatch.ui.casefile.CaseSession;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.EvidenceLine;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.FindingRow;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings tab's state without a toolkit: store calls run at once on the test thread. */
class FindingsViewModelTest {
    private static final Instant OBSERVED = Instant.parse("2026-03-02T14:00:00Z");
    @TempDir
    Path dir;
    CaseFixture fx;
    CheckService checks;
    CaseSession session;
    FindingsViewModel vm;

    @BeforeEach
    void open() {
        fx = new CaseFixture(dir);
        CaseScope scope = fx.scope(new ImmediateTaskRunner());
        checks = scope.checks();
        checks.saveCustom(new CustomIndicator(null, "Virtual phone line", "COM", Severity.MEDIUM, 6,
                EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                CustomIndicator.Operator.EQUALS, "voip")), true, 0));
        session = new CaseSession(scope);
        vm = new FindingsViewModel(session, checks);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Evidence voip(CaseFile c, String phone) {
        return fx.workspace.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, OBSERVED, "CV",
                Map.of("phone", phone, "lineType", "voip")), List.of());
    }

    private FindingRow row(String indicatorId) {
        return vm.findings().stream().filter(r -> r.indicatorId().equals(indicatorId)).findFirst().orElseThrow();
    }

    @Test
    void aCaseNeverCheckedSaysSoInsteadOfShowingAScore() {
        assertThat(vm.checkedProperty().get()).isFalse();
        assertThat(vm.bandProperty().get()).isNull();
        assertThat(vm.bandTextProperty().get()).isEqualTo("Not checked yet");
        assertThat(vm.coverageTextProperty().get()).isEqualTo("No checks evaluated yet.");
        assertThat(vm.notEvaluated()).isEmpty();

        vm.runChecks();

        assertThat(vm.checkedProperty().get()).isTrue();
        assertThat(vm.bandTextProperty().get()).isEqualTo("Inconclusive: too little evidence");
        assertThat(vm.notEvaluated()).isNotEmpty();
        assertThat(vm.collectNext()).extracting(FindingsViewModel.CollectRow::need).isNotEmpty()
                .allMatch(n -> n.contains(": ") || n.endsWith("(any item)"));
        assertThat(vm.checklist()).extracting(ChecklistItem::indicatorId).containsExactly("IDN-16", "WRK-02", "INT-07");
        assertThat(fx.changes.get()).isPositive(); // the case list is told to refresh
    }

    @Test
    void aConfirmedFindingWhoseEvidenceChangesReadsAsReopened() {
        Evidence item = voip(fx.caseFile, "+1 555 0100");
        vm.runChecks();
        AtomicReference<String> failure = new AtomicReference<>();
        vm.review(row("CUS-01"), FindingState.CONFIRMED, "Carrier says VoIP.", () -> { }, failure::set);
        assertThat(failure.get()).isNull();
        assertThat(row("CUS-01").state()).isEqualTo("Confirmed");

        // the evidence behind it changes: the review no longer applies (the check service re-runs on the save)
        fx.workspace.evidence().update(item.id(), item.version(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                OBSERVED, "CV", Map.of("phone", "+1 555 0199", "lineType", "voip")));
        session.changed();

        assertThat(row("CUS-01").state()).isEqualTo("Open; reopened: evidence changed since review");
        vm.selectedProperty().set(row("CUS-01"));
        assertThat(vm.detailProperty().get().review())
                .startsWith("Reopened: the evidence changed after tester reviewed it on ").endsWith("(reason then: Carrier says VoIP.). Review it again.");
        assertThat(vm.detailProperty().get().canConfirm()).isTrue();
        assertThat(vm.detailProperty().get().canReopen()).isFalse();
    }

    @Test
    void aReviewSavedElsewhereMeanwhileIsRefusedWithTheStoresMessage() {
        voip(fx.caseFile, "+1 555 0100");
        vm.runChecks();
        FindingRow stale = row("CUS-01");
        checks.review(stale.finding(), FindingState.DISMISSED, "Someone else decided first.");

        AtomicReference<String> failure = new AtomicReference<>();
        vm.review(stale, FindingState.CONFIRMED, "My view.", () -> { }, failure::set);

        assertThat(failure.get()).isEqualTo("This item was changed elsewhere while you were editing. Reload it and apply"
                + " your change again.");
        assertThat(row("CUS-01").state()).isEqualTo("Dismissed"); // reloaded to show what was saved
    }

    @Test
    void evidenceOfOtherCasesIsNamedByItsCaseReference() {
        CaseFile other = fx.workspace.cases().create(CaseDetails.newCase("Other applicant",
                new Subject(List.of(new NameSpelling("Dana Example", "CV")), "", "", "", "", "", "", "")));
        Evidence theirs = voip(other, "+1 555 0101");
        Evidence ours = voip(fx.caseFile, "+1 555 0101");
        // a cross-applicant finding as a rule would raise it, citing both items
        fx.workspace.checks().save(new CheckStore.CaseResult(fx.caseFile.id(), Set.of("XAP-02"), List.of(
                new FindingDraft("XAP-02", "shared-phone", Severity.HIGH, CheckMode.AUTOMATIC, "finding.custom.match",
                        List.of("shared phone", "+1 555 0101"), List.of(ours.id(), theirs.id()), "fp", "test")),
                List.of(new IndicatorEvaluation("XAP-02", IndicatorEvaluation.Status.EVALUATED, List.of()))),
                (id, findings, evaluations) -> RiskScorer.assess(id, findings, evaluations, checks.config(), Instant.now()));
        vm.load();

        vm.selectedProperty().set(row("XAP-02"));
        List<EvidenceLine> lines = vm.detailProperty().get().evidence();
        assertThat(lines).extracting(EvidenceLine::ownCase).containsExactly(true, false);
        assertThat(lines.get(0).text()).isEqualTo("Contact channel · +1 555 0101 · VoIP");
        assertThat(lines.get(1).text()).isEqualTo("Case " + other.reference() + ": Contact channel · +1 555 0101 · VoIP");
        assertThat(vm.detailProperty().get().sources()).isNotEmpty().allMatch(s -> s.matches(".+ \\(\\d{4}.*\\)"));
        assertThat(vm.detailProperty().get().verify()).isNotBlank();
    }
}
