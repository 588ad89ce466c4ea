package org.hirewatch.ui.casefile.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteRevision;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseSession;
import org.hirewatch.ui.casefile.evidence.EvidenceListViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesViewModelTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    CaseSession session;
    NotesViewModel vm;

    @BeforeEach
    void open() {
        fx = new CaseFixture(dir);
        session = fx.immediateSession();
        vm = new NotesViewModel(session);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void refusesAnEmptyNote() {
        vm.draftProperty().set("   \n ");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Required.");
        assertThat(fx.workspace.notes().listForCase(fx.caseFile.id())).isEmpty();
        vm.draftProperty().set("Something");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void addsNotesNewestFirst() {
        vm.draftProperty().set("First call: camera off, said the webcam was broken.");
        vm.save();
        vm.draftProperty().set("Second call: a different voice answered the technical questions.");
        vm.save();

        assertThat(vm.notes()).extracting(Note::body).containsExactly(
                "Second call: a different voice answered the technical questions.",
                "First call: camera off, said the webcam was broken.");
        assertThat(vm.draftProperty().get()).isEmpty();
        assertThat(vm.targetText(vm.notes().get(0))).isEqualTo("On the case");
        assertThat(vm.metaText(vm.notes().get(0))).startsWith("tester · ").doesNotContain("edited");
        assertThat(fx.changes.get()).isEqualTo(2);
    }

    @Test
    void editsKeepTheHistory() {
        vm.draftProperty().set("Reference did not answer.");
        vm.save();
        Note note = vm.notes().get(0);

        vm.startEdit(note);
        assertThat(vm.draftProperty().get()).isEqualTo("Reference did not answer.");
        vm.draftProperty().set("Reference did not answer; the phone number is a VoIP line.");
        vm.save();

        Note edited = vm.notes().get(0);
        assertThat(edited.body()).endsWith("VoIP line.");
        assertThat(edited.edited()).isTrue();
        assertThat(vm.metaText(edited)).contains("edited by tester");
        assertThat(vm.editingProperty().get()).isNull();
        AtomicReference<List<NoteRevision>> history = new AtomicReference<>();
        vm.loadHistory(edited, history::set);
        assertThat(history.get()).extracting(NoteRevision::body).containsExactly("Reference did not answer.",
                "Reference did not answer; the phone number is a VoIP line.");
        assertThat(vm.revisionText(history.get().get(0))).startsWith("Version 1 · tester · ");
    }

    @Test
    void anEditThatCameTooLateKeepsTheText() {
        vm.draftProperty().set("Original");
        vm.save();
        Note note = vm.notes().get(0);
        vm.startEdit(note);
        fx.workspace.notes().edit(note.id(), note.version(), "Changed in another window");
        vm.draftProperty().set("My change");

        vm.save();

        assertThat(vm.errorProperty().get()).contains("changed elsewhere");
        assertThat(vm.draftProperty().get()).isEqualTo("My change");
        assertThat(vm.editingProperty().get()).isNotNull();
    }

    @Test
    void saysWhichEvidenceItemANoteIsAbout() {
        Evidence e = fx.workspace.evidence().add(fx.caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                Instant.now(), "CV", Map.of("email", "jon.doe@example.com")), List.of());
        new EvidenceListViewModel(session).load();
        fx.workspace.notes().add(fx.caseFile.id(), NoteTarget.EVIDENCE, e.id(), "Mailbox created last month.");
        vm.load();

        assertThat(vm.targetText(vm.notes().get(0))).isEqualTo("On evidence: Contact channel · jon.doe@example.com");

        fx.workspace.evidence().delete(e.id());
        session.evidence().clear();
        assertThat(vm.targetText(vm.notes().get(0))).isEqualTo("On an evidence item that was deleted");
    }
}
