package org.hirewatch.ui.casefile.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The evidence tab: the case's items grouped by kind, the selected item with its custody, fields, files and
 * notes, and the actions on it. Files are stored and copied out, never opened.
 */
public final class EvidenceListViewModel {
    /** One kind and its items, in the order the kinds are declared. */
    public record Group(EvidenceKind kind, List<Evidence> items) {
    }

    /** A labelled value of the selected item, ready to show. */
    public record Line(String label, String value) {
    }

    private final CaseSession session;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Evidence> selected = new SimpleObjectProperty<>();
    private final ObservableList<Note> selectedNotes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public EvidenceListViewModel(CaseSession session) {
        this.session = session;
        session.revisionProperty().addListener(x -> load());
        selected.addListener(x -> refreshNotes());
        session.notes().addListener((javafx.collections.ListChangeListener<Note>) c -> refreshNotes());
    }

    public void load() {
        session.run("task.loadingCase", () -> session.workspace().evidence().listForCase(session.caseId()), this::show,
                e -> error(session.errorText(e)));
    }

    private void show(List<Evidence> items) {
        UUID keep = selected.get() == null ? null : selected.get().id();
        session.evidence().setAll(items);
        Map<EvidenceKind, List<Evidence>> byKind = new EnumMap<>(EvidenceKind.class);
        for (Evidence e : items) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        List<Group> out = new ArrayList<>();
        byKind.forEach((k, list) -> out.add(new Group(k, List.copyOf(list))));
        groups.setAll(out);
        selected.set(keep == null ? null : find(keep).orElse(null));
    }

    public Optional<Evidence> find(UUID id) {
        return session.evidence().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private void refreshNotes() {
        Evidence e = selected.get();
        selectedNotes.setAll(e == null ? List.of() : session.notes().stream()
                .filter(n -> n.target() == NoteTarget.EVIDENCE && e.id().equals(n.targetId())).toList());
    }

    public EvidenceFormViewModel newForm(EvidenceKind kind) {
        return EvidenceFormViewModel.forNew(session, kind);
    }

    public Optional<EvidenceFormViewModel> editForm() {
        return Optional.ofNullable(selected.get()).map(e -> EvidenceFormViewModel.forEdit(session, e));
    }

    /** Asks, then deletes the selected item with its files. The audit log keeps what it held. */
    public void deleteSelected() {
        Evidence e = selected.get();
        if (e == null || busy.get() || !session.dialogs().confirm("casefile.evidence.delete.title",
                session.text("casefile.evidence.delete.confirm", CaseFormats.evidenceLabel(session.i18n(), e)))) {
            return;
        }
        busy.set(true);
        session.run("casefile.task.deletingEvidence", () -> {
            session.workspace().evidence().delete(e.id());
            return e;
        }, done -> {
            busy.set(false);
            selected.set(null);
            ok(session.text("casefile.evidence.deleted", CaseFormats.evidenceLabel(session.i18n(), done)));
            session.changed();
        }, this::failed);
    }

    /** Adds files to the selected, already stored item. */
    public void addFilesToSelected() {
        Evidence e = selected.get();
        if (e == null || busy.get()) {
            return;
        }
        List<Path> files = session.dialogs().chooseFilesToOpen("casefile.evidence.addFiles.title");
        if (files.isEmpty()) {
            return;
        }
        busy.set(true);
        session.run("casefile.task.addingFiles", () -> {
            for (Path f : files) {
                session.workspace().evidence().addAttachment(e.id(), f);
            }
            return files.size();
        }, n -> {
            busy.set(false);
            ok(session.text("casefile.evidence.filesAdded", n));
            session.changed();
        }, this::failed);
    }

    /** Writes a copy of a stored file where the user chooses; the store checks its SHA-256 on the way out. */
    public void saveCopy(AttachmentInfo a) {
        if (a == null || busy.get()) {
            return;
        }
        Optional<Path> target = session.dialogs().chooseSaveTarget("casefile.evidence.saveCopy.title", a.fileName());
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        session.run("casefile.task.savingCopy", () -> session.workspace().evidence().saveCopy(a.id(), target.get()), info -> {
            busy.set(false);
            ok(session.text("casefile.evidence.copySaved", info.fileName(), target.get().toString()));
        }, this::failed);
    }

    /** Adds a note about the selected item; {@code onFailed} gets the reason as a sentence. */
    public void addNoteToSelected(String body, Runnable onSaved, Consumer<String> onFailed) {
        Evidence e = selected.get();
        if (e == null) {
            onFailed.accept(session.text("error.notFound"));
            return;
        }
        session.run("casefile.task.saving", () -> session.workspace().notes().add(session.caseId(), NoteTarget.EVIDENCE,
                e.id(), body), n -> {
            ok(session.text("casefile.evidence.noteAdded"));
            onSaved.run();
            session.changed();
        }, err -> onFailed.accept(session.errorText(err)));
    }

    /** Custody of the selected item: what was observed when, who recorded it when, from which source. */
    public List<Line> custody(Evidence e) {
        return List.of(
                new Line(session.text("casefile.evidence.observedAt"), CaseFormats.dateTime(e.observedAt())),
                new Line(session.text("casefile.evidence.recordedAt"), CaseFormats.dateTime(e.recordedAt())),
                new Line(session.text("casefile.evidence.recordedBy"), e.recordedBy()),
                new Line(session.text("casefile.evidence.source"), e.source()));
    }

    /** The filled fields of an item, in the kind's order. */
    public List<Line> fieldLines(Evidence e) {
        List<Line> out = new ArrayList<>();
        for (EvidenceField f : e.kind().fields()) {
            String v = CaseFormats.fieldValue(session.i18n(), e, f);
            if (!v.isBlank()) {
                out.add(new Line(session.text(f.labelKey()), v));
            }
        }
        return out;
    }

    private void failed(Throwable e) {
        busy.set(false);
        error(session.errorText(e));
    }

    private void ok(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    public void clearMessage() {
        message.set("");
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ObjectProperty<Evidence> selectedProperty() {
        return selected;
    }

    public ObservableList<Note> selectedNotes() {
        return selectedNotes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public CaseSession session() {
        return session;
    }
}
