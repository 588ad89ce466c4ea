package org.hirewatch.ui.casefile.notes;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteRevision;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The notes tab: the case's notes newest first, whatever they are attached to, a box to write a new note or edit
 * one, and each note's history of earlier texts.
 */
public final class NotesViewModel {
    private final CaseSession session;
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Note> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Note> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public NotesViewModel(CaseSession session) {
        this.session = session;
        session.revisionProperty().addListener(x -> load());
        draft.addListener((obs, old, now) -> {
            if (!error.get().isEmpty() && now != null && !now.isBlank()) {
                error.set("");
            }
        });
    }

    public void load() {
        session.run("task.loadingCase", () -> session.workspace().notes().listForCase(session.caseId()), list -> {
            Note keep = selected.get();
            session.notes().setAll(list);
            selected.set(keep == null ? null : list.stream().filter(n -> n.id().equals(keep.id())).findFirst().orElse(null));
        }, e -> error.set(session.errorText(e)));
    }

    /** Adds the draft as a note on the case, or saves it as the new text of the note being edited. */
    public void save() {
        if (busy.get()) {
            return;
        }
        String body = draft.get();
        List<Violation> problems = Note.validateBody(body);
        if (!problems.isEmpty()) {
            error.set(session.errors().of(problems.get(0)));
            return;
        }
        Note target = editing.get();
        busy.set(true);
        session.run("casefile.task.saving", () -> target == null
                ? session.workspace().notes().addToCase(session.caseId(), body)
                : session.workspace().notes().edit(target.id(), target.version(), body), saved -> {
                    busy.set(false);
                    editing.set(null);
                    draft.set("");
                    error.set("");
                    selected.set(saved);
                    session.changed();
                }, e -> {
                    busy.set(false);
                    boolean conflict = e instanceof WorkspaceException we
                            && we.reason() == WorkspaceException.Reason.CHANGED_ELSEWHERE;
                    error.set(conflict ? session.text("casefile.notes.conflict") : session.errorText(e));
                });
    }

    public void startEdit(Note note) {
        if (note != null) {
            editing.set(note);
            draft.set(note.body());
            error.set("");
        }
    }

    public void cancelEdit() {
        editing.set(null);
        draft.set("");
        error.set("");
    }

    /** Loads every text the note has had, oldest first. */
    public void loadHistory(Note note, Consumer<List<NoteRevision>> onLoaded) {
        session.run("task.loadingCase", () -> session.workspace().notes().history(note.id()), onLoaded,
                e -> error.set(session.errorText(e)));
    }

    /** What the note is about, as a person reads it. */
    public String targetText(Note n) {
        return switch (n.target()) {
            case CASE -> session.text("casefile.notes.target.case");
            case FINDING -> session.text("casefile.notes.target.finding");
            case EVIDENCE -> session.evidence().stream().filter(e -> e.id().equals(n.targetId())).findFirst()
                    .map(e -> session.text("casefile.notes.target.evidence", CaseFormats.evidenceLabel(session.i18n(), e)))
                    .orElse(session.text("casefile.notes.target.deleted"));
        };
    }

    /** Author and time, with who edited it last and when if it was edited. */
    public String metaText(Note n) {
        String meta = session.text("casefile.notes.meta", n.createdBy(), CaseFormats.dateTime(n.createdAt()));
        return n.edited() ? meta + "  ·  " + session.text("casefile.notes.edited", n.updatedBy(),
                CaseFormats.dateTime(n.updatedAt())) : meta;
    }

    public String revisionText(NoteRevision r) {
        return session.text("casefile.notes.revision", r.revision(), r.writtenBy(), CaseFormats.dateTime(r.writtenAt()));
    }

    public ObservableList<Note> notes() {
        return session.notes();
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyObjectProperty<Note> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<Note> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
