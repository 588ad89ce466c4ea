package org.hirewatch.ui.casefile.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.Priority;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseSession;
import org.hirewatch.ui.casefile.CaseWorkspaceViewModel;
import org.hirewatch.ui.casefile.overview.OverviewViewModel.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    CaseSession session;
    CaseWorkspaceViewModel header;
    OverviewViewModel vm;

    @BeforeEach
    void open() {
        fx = new CaseFixture(dir);
        session = fx.immediateSession();
        header = new CaseWorkspaceViewModel(session);
        vm = new OverviewViewModel(session);
        header.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private CaseFile stored() {
        return fx.workspace.cases().get(fx.caseFile.id());
    }

    @Test
    void showsTheSavedCaseAndIsNotDirty() {
        assertThat(vm.titleProperty().get()).isEqualTo("Backend contractor, batch 7");
        assertThat(vm.names()).extracting(r -> r.nameProperty().get()).containsExactly("Jon Doe", "Jonathan Doe");
        assertThat(vm.names()).extracting(r -> r.sourceProperty().get()).containsExactly("CV", "LinkedIn");
        assertThat(vm.timeZoneProperty().get()).isEqualTo("America/Chicago");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(header.titleProperty().get()).matches("HW-\\d{4}-0001 · Jon Doe");
    }

    @Test
    void offersOnlyTheStatusesTheWorkflowAllows() {
        assertThat(vm.statusChoices()).containsExactly(CaseStatus.NEW, CaseStatus.IN_REVIEW, CaseStatus.ESCALATED,
                CaseStatus.CLOSED);
    }

    @Test
    void savesEditsAndTellsTheRestOfTheApp() {
        vm.titleProperty().set("Backend contractor, batch 7 (payroll mismatch)");
        vm.statusProperty().set(CaseStatus.IN_REVIEW);
        vm.priorityProperty().set(Priority.HIGH);
        vm.tagsProperty().set("contractor, batch-7, contractor");
        vm.retentionDateProperty().set("2031-12-31");
        vm.legalHoldProperty().set(true);
        vm.addName();
        vm.names().get(2).nameProperty().set("J. Doe");
        vm.names().get(2).sourceProperty().set("Payroll");
        vm.names().remove(1);
        vm.staffingFirmProperty().set("Bright Staffing Ltd");
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.save();

        CaseFile c = stored();
        assertThat(c.title()).isEqualTo("Backend contractor, batch 7 (payroll mismatch)");
        assertThat(c.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(c.priority()).isEqualTo(Priority.HIGH);
        assertThat(c.tags()).containsExactly("batch-7", "contractor");
        assertThat(c.retentionDate()).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(c.legalHold()).isTrue();
        assertThat(c.subject().names()).extracting(n -> n.name() + "/" + n.source()).containsExactly("Jon Doe/CV", "J. Doe/Payroll");
        assertThat(c.subject().staffingFirm()).isEqualTo("Bright Staffing Ltd");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.messageKindProperty().get()).isEqualTo(MessageKind.OK);
        assertThat(fx.changes.get()).isEqualTo(1);
        // the next status choices follow the saved status
        assertThat(vm.statusChoices()).containsExactly(CaseStatus.IN_REVIEW, CaseStatus.ESCALATED, CaseStatus.REPORTED,
                CaseStatus.CLOSED);
        assertThat(header.statusTextProperty().get()).isEqualTo("In review");
    }

    @Test
    void showsProblemsBesideTheFieldsAndSavesNothing() {
        vm.timeZoneProperty().set("Mars/Olympus_Mons");
        vm.decisionProperty().set(Decision.NOT_CLEARED);
        vm.retentionDateProperty().set("31.12.2031");
        vm.titleProperty().set("  ");

        assertThat(vm.errorProperty(OverviewViewModel.TIME_ZONE).get()).startsWith("Unknown time zone");
        assertThat(vm.errorProperty(OverviewViewModel.RATIONALE).get()).isEqualTo("Give the reason for the decision.");
        assertThat(vm.errorProperty(OverviewViewModel.RETENTION).get()).isEqualTo("Not a date (expected YYYY-MM-DD).");
        assertThat(vm.errorProperty(OverviewViewModel.TITLE).get()).isEqualTo("Required.");

        vm.save();

        assertThat(vm.messageKindProperty().get()).isEqualTo(MessageKind.ERROR);
        assertThat(stored().version()).isEqualTo(fx.caseFile.version());
        assertThat(fx.changes.get()).isZero();

        vm.rationaleProperty().set("Payroll name differs from the passport; references did not answer.");
        assertThat(vm.errorProperty(OverviewViewModel.RATIONALE).get()).isEmpty();
    }

    @Test
    void revertDropsTypedValues() {
        vm.cityProperty().set("Pyongyang");
        vm.addName();
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.revert();

        assertThat(vm.cityProperty().get()).isEqualTo("Austin");
        assertThat(vm.names()).hasSize(2);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aConflictingSaveKeepsWhatTheUserTyped() {
        vm.titleProperty().set("My title");
        vm.assigneeProperty().set("alex");
        // someone else saves the case in between
        CaseFile other = fx.workspace.cases().update(fx.caseFile.id(), fx.caseFile.version(),
                new org.hirewatch.domain.CaseDetails("Their title", CaseStatus.ESCALATED, Decision.UNDECIDED, "",
                        Priority.URGENT, "", java.util.List.of(), null, false, fx.caseFile.subject()));

        vm.save();

        assertThat(vm.messageKindProperty().get()).isEqualTo(MessageKind.CONFLICT);
        assertThat(vm.messageProperty().get()).contains("while you were editing");
        assertThat(vm.titleProperty().get()).isEqualTo("My title");
        assertThat(vm.assigneeProperty().get()).isEqualTo("alex");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(stored().title()).isEqualTo("Their title");

        // a reload of the header (e.g. another tab) must not wipe the typed values either
        header.load();
        assertThat(vm.titleProperty().get()).isEqualTo("My title");

        vm.statusProperty().set(CaseStatus.IN_REVIEW);
        vm.saveOverNewer();

        CaseFile after = stored();
        assertThat(after.title()).isEqualTo("My title");
        assertThat(after.assignee()).isEqualTo("alex");
        assertThat(after.version()).isEqualTo(other.version() + 1);
        assertThat(vm.messageKindProperty().get()).isEqualTo(MessageKind.OK);
    }
}
