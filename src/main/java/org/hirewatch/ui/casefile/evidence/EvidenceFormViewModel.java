package org.hirewatch.ui.casefile.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.FieldValidators;
import org.hirewatch.domain.TextRules;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.EvidenceStore;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The form for one evidence item, new or edited, generated from its kind's field specs. Each value is checked as
 * it is typed; "required" problems appear after the first save attempt. A refused save keeps every typed value.
 */
public final class EvidenceFormViewModel {
    public static final String OBSERVED_AT = "observedAt";
    public static final String SOURCE = "source";
    public static final String ATTACHMENTS = "attachments";

    private final CaseSession session;
    private final EvidenceKind kind;
    private final Evidence existing;
    private final StringProperty observedAt = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper observedAtError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attachmentsError = new ReadOnlyStringWrapper("");
    private final List<FieldInput> fields = new ArrayList<>();
    private final ObservableList<Path> pendingFiles = FXCollections.observableArrayList();
    private final List<AttachmentInfo> storedFiles;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasProblems = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Evidence> saved = new ReadOnlyObjectWrapper<>();
    private final Map<String, String> initialValues;
    private boolean showRequired;

    public EvidenceFormViewModel(CaseSession session, EvidenceKind kind, Evidence existing) {
        this.session = session;
        this.kind = Objects.requireNonNull(kind);
        this.existing = existing;
        Instant observed = existing == null ? Instant.now() : existing.observedAt();
        observedAt.set(CaseFormats.dateTime(observed));
        source.set(existing == null ? "" : existing.source());
        for (EvidenceField f : kind.fields()) {
            FieldInput input;
            if (f.type() == FieldType.HASHED && existing != null && !existing.value(f.key()).isBlank()) {
                input = new FieldInput(f, "", existing.value(f.key()),
                        existing.value(f.key() + EvidenceDraft.LAST_CHARS_SUFFIX));
            } else {
                input = new FieldInput(f, existing == null ? "" : existing.value(f.key()), null, null);
            }
            input.valueProperty().addListener(x -> recheck());
            fields.add(input);
        }
        storedFiles = existing == null ? List.of() : existing.attachments();
        observedAt.addListener(x -> recheck());
        source.addListener(x -> recheck());
        pendingFiles.addListener((javafx.collections.ListChangeListener<Path>) c -> recheck());
        initialValues = snapshot();
    }

    public static EvidenceFormViewModel forNew(CaseSession session, EvidenceKind kind) {
        return new EvidenceFormViewModel(session, kind, null);
    }

    public static EvidenceFormViewModel forEdit(CaseSession session, Evidence existing) {
        return new EvidenceFormViewModel(session, existing.kind(), existing);
    }

    /** Lets the user pick files; they are stored with the item when it is saved. */
    public void chooseFiles() {
        for (Path p : session.dialogs().chooseFilesToOpen("casefile.evidence.addFiles.title")) {
            if (!pendingFiles.contains(p)) {
                pendingFiles.add(p);
            }
        }
    }

    public void removePending(Path p) {
        pendingFiles.remove(p);
    }

    /**
     * Checks everything and, if all is well, saves in the background. Returns false when the save was refused
     * because of problems in the form (which are then shown beside their fields).
     */
    public boolean save() {
        if (busy.get()) {
            return false;
        }
        showRequired = true;
        List<Violation> problems = recheck();
        if (!problems.isEmpty()) {
            return false;
        }
        EvidenceDraft draft = draft();
        List<Path> files = List.copyOf(pendingFiles);
        EvidenceStore store = session.workspace().evidence();
        busy.set(true);
        message.set("");
        session.run("casefile.task.savingEvidence", () -> {
            if (existing == null) {
                return store.add(session.caseId(), draft, files);
            }
            Evidence updated = store.update(existing.id(), existing.version(), draft);
            for (Path f : files) {
                store.addAttachment(updated.id(), f);
            }
            return files.isEmpty() ? updated : store.get(updated.id());
        }, e -> {
            busy.set(false);
            saved.set(e);
            session.changed();
        }, this::failed);
        return true;
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException ve) {
            showProblems(ve.violations());
        } else {
            message.set(session.errorText(e));
        }
    }

    /** The draft as it would be saved now; observedAt is null when it cannot be read. */
    EvidenceDraft draft() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> f.putInto(values));
        LocalDateTime observed = FieldValidators.parseDateTime(observedAt.get());
        return new EvidenceDraft(kind, observed == null ? null : CaseFormats.toInstant(observed), source.get(), values);
    }

    /** Re-checks the whole form and shows the problems; returns them. */
    private List<Violation> recheck() {
        List<Violation> problems = new ArrayList<>();
        if (!observedAt.get().isBlank() && FieldValidators.parseDateTime(observedAt.get()) == null) {
            problems.add(new Violation(OBSERVED_AT, "validation.dateTime"));
        }
        TextRules.checkLine(SOURCE, source.get(), problems);
        fields.forEach(f -> problems.addAll(f.formatProblems()));
        if (showRequired) {
            for (Violation v : draft().validate()) {
                if (problems.stream().noneMatch(p -> p.field().equals(v.field()))) {
                    problems.add(v);
                }
            }
            if (kind.needsAttachment() && pendingFiles.isEmpty() && storedFiles.isEmpty()) {
                problems.add(new Violation(ATTACHMENTS, "validation.attachmentRequired"));
            }
        }
        showProblems(problems);
        return problems;
    }

    private void showProblems(List<Violation> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (Violation v : problems) {
            String text = session.errors().of(v);
            if (isPlaced(v.field())) {
                byField.putIfAbsent(v.field(), text);
            } else {
                unplaced.add(text);
            }
        }
        observedAtError.set(byField.getOrDefault(OBSERVED_AT, ""));
        sourceError.set(byField.getOrDefault(SOURCE, ""));
        attachmentsError.set(byField.getOrDefault(ATTACHMENTS, ""));
        fields.forEach(f -> f.setError(byField.get(f.key())));
        hasProblems.set(!problems.isEmpty());
        List<String> lines = new ArrayList<>();
        if (showRequired && !problems.isEmpty()) {
            lines.add(session.text("casefile.form.fixFields", problems.size()));
        }
        lines.addAll(unplaced);
        message.set(String.join("\n", lines));
    }

    private boolean isPlaced(String field) {
        return field.equals(OBSERVED_AT) || field.equals(SOURCE) || field.equals(ATTACHMENTS)
                || fields.stream().anyMatch(f -> f.key().equals(field));
    }

    private Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(OBSERVED_AT, observedAt.get());
        m.put(SOURCE, source.get());
        fields.forEach(f -> m.put(f.key(), f.valueProperty().get()));
        return m;
    }

    /** True when closing would lose something typed or chosen. */
    public boolean isDirty() {
        return !snapshot().equals(initialValues) || !pendingFiles.isEmpty();
    }

    public boolean isNew() {
        return existing == null;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public List<FieldInput> fields() {
        return fields;
    }

    public FieldInput field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    public StringProperty observedAtProperty() {
        return observedAt;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty observedAtErrorProperty() {
        return observedAtError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceErrorProperty() {
        return sourceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attachmentsErrorProperty() {
        return attachmentsError.getReadOnlyProperty();
    }

    public ObservableList<Path> pendingFiles() {
        return pendingFiles;
    }

    public List<AttachmentInfo> storedFiles() {
        return storedFiles;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasProblemsProperty() {
        return hasProblems.getReadOnlyProperty();
    }

    /** Set once the item is stored; the dialog closes then. */
    public ReadOnlyObjectProperty<Evidence> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
