package org.hirewatch.ui.casefile.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.FieldValidators;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The editable overview of a case: the subject's claimed identity and the case's workflow fields. Tracks whether
 * anything differs from the saved case, checks fields as the user types, and on a conflicting save keeps what the
 * user typed.
 */
public final class OverviewViewModel {
    /**
     * Fields with their own error line: the {@link Violation#field()} names of CaseDetails, with the subject's
     * prefix dropped; every name spelling problem goes to the one line under the names.
     */
    public static final String TITLE = "title";
    public static final String STATUS = "status";
    public static final String RATIONALE = "decisionRationale";
    public static final String ASSIGNEE = "assignee";
    public static final String TAGS = "tags";
    public static final String RETENTION = "retentionDate";
    public static final String NAMES = "names";
    public static final String COUNTRY = "claimedCountry";
    public static final String CITY = "claimedCity";
    public static final String TIME_ZONE = "claimedTimeZone";
    public static final String NATIONALITY = "claimedNationality";
    public static final String ROLE = "role";
    public static final String CHANNEL = "hiringChannel";
    public static final String FIRM = "staffingFirm";
    private static final String SUBJECT_PREFIX = "subject.";

    public enum MessageKind { NONE, OK, ERROR, CONFLICT }

    private final CaseSession session;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.NEW);
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.UNDECIDED);
    private final StringProperty rationale = new SimpleStringProperty("");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.NORMAL);
    private final StringProperty assignee = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty retentionDate = new SimpleStringProperty("");
    private final BooleanProperty legalHold = new SimpleBooleanProperty();
    private final ObservableList<NameRow> names = FXCollections.observableArrayList(NameRow::observables);
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final StringProperty nationality = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty hiringChannel = new SimpleStringProperty("");
    private final StringProperty staffingFirm = new SimpleStringProperty("");

    private final ObservableList<CaseStatus> statusChoices = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper decisionHint = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind = new ReadOnlyObjectWrapper<>(MessageKind.NONE);
    private CaseFile saved;
    private boolean filling;

    public OverviewViewModel(CaseSession session) {
        this.session = session;
        List<Observable> inputs = new ArrayList<>(Arrays.asList(title, status, decision, rationale, priority, assignee, tags,
                retentionDate, legalHold, names, country, city, timeZone, nationality, role, hiringChannel, staffingFirm));
        inputs.forEach(o -> o.addListener(x -> recheck()));
        // The header loads the case; the form takes it unless the user is in the middle of editing.
        session.caseFileProperty().addListener((obs, old, c) -> {
            if (c != null && (saved == null || !dirty.get())) {
                fill(c);
            }
        });
    }

    /** Loads the saved case again, dropping what was typed (Revert, or after a conflict). */
    public void revert() {
        busy.set(true);
        session.run("task.loadingCase", () -> session.workspace().cases().get(session.caseId()), c -> {
            busy.set(false);
            fill(c);
            say(MessageKind.NONE, "");
            session.caseLoaded(c);
        }, e -> {
            busy.set(false);
            say(MessageKind.ERROR, session.errorText(e));
        });
    }

    public void save() {
        if (saved == null || busy.get()) {
            return;
        }
        List<Violation> problems = recheck();
        if (!problems.isEmpty()) {
            say(MessageKind.ERROR, session.text("casefile.overview.fixFields"));
            return;
        }
        int version = saved.version();
        CaseDetails details = currentDetails();
        store(() -> session.workspace().cases().update(session.caseId(), version, details));
    }

    /**
     * After a conflict: saves what the user typed over the newer saved version. The audit log keeps both, so
     * nothing the other person saved is lost for good.
     */
    public void saveOverNewer() {
        if (busy.get() || !recheck().isEmpty()) {
            return;
        }
        CaseDetails details = currentDetails();
        store(() -> {
            CaseFile newest = session.workspace().cases().get(session.caseId());
            return session.workspace().cases().update(session.caseId(), newest.version(), details);
        });
    }

    private void store(java.util.concurrent.Callable<CaseFile> work) {
        busy.set(true);
        session.run("casefile.task.saving", work, c -> {
            busy.set(false);
            fill(c);
            say(MessageKind.OK, session.text("casefile.overview.saved"));
            session.caseLoaded(c);
            session.changed();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof WorkspaceException we && we.reason() == WorkspaceException.Reason.CHANGED_ELSEWHERE) {
            say(MessageKind.CONFLICT, session.text("casefile.overview.conflict"));
        } else if (e instanceof ValidationException ve) {
            showErrors(ve.violations());
            say(MessageKind.ERROR, session.text("casefile.overview.fixFields"));
        } else {
            say(MessageKind.ERROR, session.errorText(e));
        }
    }

    private void fill(CaseFile c) {
        filling = true;
        try {
            saved = c;
            title.set(c.title());
            statusChoices.setAll(choicesFrom(c.status()));
            status.set(c.status());
            decision.set(c.decision());
            rationale.set(c.decisionRationale());
            priority.set(c.priority());
            assignee.set(c.assignee());
            tags.set(String.join(", ", c.tags()));
            retentionDate.set(c.retentionDate() == null ? "" : c.retentionDate().toString());
            legalHold.set(c.legalHold());
            Subject s = c.subject();
            names.setAll(s.names().stream().map(NameRow::of).toList());
            country.set(s.claimedCountry());
            city.set(s.claimedCity());
            timeZone.set(s.claimedTimeZone());
            nationality.set(s.claimedNationality());
            role.set(s.role());
            hiringChannel.set(s.hiringChannel());
            staffingFirm.set(s.staffingFirm());
        } finally {
            filling = false;
        }
        loaded.set(true);
        recheck();
    }

    /** The saved status and the ones it may move to, in workflow order. */
    static List<CaseStatus> choicesFrom(CaseStatus current) {
        Set<CaseStatus> set = EnumSet.of(current);
        set.addAll(current.allowedNext());
        return List.copyOf(set);
    }

    /** Re-checks every field, updates the error lines and the dirty flag; returns the problems. */
    private List<Violation> recheck() {
        if (filling || saved == null) {
            return List.of();
        }
        List<Violation> problems = new ArrayList<>(currentDetails().validate());
        if (!retentionDate.get().isBlank() && FieldValidators.parseDate(retentionDate.get()) == null) {
            problems.add(new Violation(RETENTION, "validation.date"));
        }
        showErrors(problems);
        dirty.set(!retentionText().equals(retentionDate.get().strip()) || !currentDetails().equals(saved.details()));
        decisionHint.set(status.get() != null && status.get().needsDecision() && decision.get() == Decision.UNDECIDED);
        return problems;
    }

    private String retentionText() {
        return saved.retentionDate() == null ? "" : saved.retentionDate().toString();
    }

    private void showErrors(List<Violation> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation v : problems) {
            String field = v.field().startsWith(SUBJECT_PREFIX) ? v.field().substring(SUBJECT_PREFIX.length()) : v.field();
            if (field.equals("name") || field.equals("source")) {
                field = NAMES;
            }
            byField.putIfAbsent(field, session.errors().of(v));
        }
        errors.forEach((field, prop) -> prop.set(byField.getOrDefault(field, "")));
        byField.forEach((field, text) -> errorWrapper(field).set(text));
    }

    /** The form as CaseDetails, cleaned the way the store cleans it, so "dirty" means "a save would change something". */
    CaseDetails currentDetails() {
        List<NameSpelling> spellings = names.stream().map(NameRow::toSpelling).filter(n -> !n.name().isEmpty()).toList();
        Subject subject = new Subject(spellings, country.get().strip(), city.get().strip(), timeZone.get().strip(),
                nationality.get().strip(), role.get().strip(), hiringChannel.get().strip(), staffingFirm.get().strip());
        List<String> tagList = Arrays.stream(tags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
        LocalDate retention = FieldValidators.parseDate(retentionDate.get());
        return new CaseDetails(title.get(), status.get(), decision.get(), rationale.get(), priority.get(), assignee.get(),
                tagList, retention, legalHold.get(), subject);
    }

    public void addName() {
        names.add(new NameRow("", ""));
    }

    public void removeName(NameRow row) {
        names.remove(row);
    }

    private void say(MessageKind kind, String text) {
        messageKind.set(kind);
        message.set(text);
    }

    private ReadOnlyStringWrapper errorWrapper(String field) {
        return errors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errorWrapper(field).getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObservableList<CaseStatus> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty retentionDateProperty() {
        return retentionDate;
    }

    public BooleanProperty legalHoldProperty() {
        return legalHold;
    }

    public ObservableList<NameRow> names() {
        return names;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty nationalityProperty() {
        return nationality;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty hiringChannelProperty() {
        return hiringChannel;
    }

    public StringProperty staffingFirmProperty() {
        return staffingFirm;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** False until the case has been shown once: the form stays disabled while empty. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty decisionHintProperty() {
        return decisionHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    public boolean isConflict() {
        return messageKind.get() == MessageKind.CONFLICT;
    }
}
