package org.hirewatch.ui.casefile.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseSession;
import org.hirewatch.ui.casefile.audit.AuditViewModel.Result;
import org.hirewatch.ui.casefile.notes.NotesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    CaseSession session;
    AuditViewModel vm;

    @BeforeEach
    void open() {
        fx = new CaseFixture(dir);
        session = fx.immediateSession();
        vm = new AuditViewModel(session);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void listsTheCasesEntriesWithTheirStates() {
        assertThat(vm.entries()).extracting(AuditEntry::action).containsExactly("case.create");
        vm.selectedProperty().set(vm.entries().get(0));
        assertThat(vm.beforeProperty().get()).isEmpty();
        assertThat(vm.afterProperty().get()).contains("\"title\" : \"Backend contractor, batch 7\"").contains("\n");
        assertThat(AuditViewModel.entityText(vm.entries().get(0))).startsWith("case ");
    }

    @Test
    void aBrokenChainNamesTheEntryAndTheReason() {
        vm.show(AuditVerification.broken(5, 4, "audit.problem.content"));
        assertThat(vm.resultProperty().get()).isEqualTo(Result.BROKEN);
        assertThat(vm.resultTextProperty().get())
                .isEqualTo("Chain broken at entry #4: An entry was changed after it was written.");
        vm.show(AuditVerification.broken(2, 2, "audit.problem.link"));
        assertThat(vm.resultTextProperty().get())
                .isEqualTo("Chain broken at entry #2: An entry does not link to the one before it.");
    }

    @Test
    void verifiesTheChainAndForgetsTheResultAfterAChange() {
        vm.verify();
        assertThat(vm.resultProperty().get()).isEqualTo(Result.INTACT);
        // workspace.create + case.create
        assertThat(vm.resultTextProperty().get()).isEqualTo("Chain intact: 2 entries checked.");

        NotesViewModel notes = new NotesViewModel(session);
        notes.draftProperty().set("A note");
        notes.save();

        assertThat(vm.resultProperty().get()).isEqualTo(Result.NONE);
        assertThat(vm.entries()).extracting(AuditEntry::action).containsExactly("case.create", "note.add");
        vm.verify();
        assertThat(vm.resultTextProperty().get()).isEqualTo("Chain intact: 3 entries checked.");
    }
}
