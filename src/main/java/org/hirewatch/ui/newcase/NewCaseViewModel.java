package org.hirewatch.ui.newcase;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/** The new-case form: the applicant as claimed and the case's first settings. */
public final class NewCaseViewModel {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ErrorText errors;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subjectName = new SimpleStringProperty("");
    private final StringProperty nameSource = new SimpleStringProperty("");
    private final StringProperty claimedCountry = new SimpleStringProperty("");
    private final StringProperty claimedCity = new SimpleStringProperty("");
    private final StringProperty claimedTimeZone = new SimpleStringProperty("");
    private final StringProperty claimedNationality = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty hiringChannel = new SimpleStringProperty("");
    private final StringProperty staffingFirm = new SimpleStringProperty("");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.NORMAL);
    private final StringProperty assignee = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    /** Field name → message for the fields that are wrong now. */
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public NewCaseViewModel(Workspace workspace, TaskRunner tasks, I18n i18n, String defaultAssignee) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = new ErrorText(i18n);
        this.assignee.set(defaultAssignee == null ? "" : defaultAssignee);
    }

    public CaseDetails details() {
        List<NameSpelling> names = subjectName.get().isBlank() ? List.of()
                : List.of(new NameSpelling(subjectName.get(), nameSource.get()));
        List<String> tagList = Arrays.stream(tags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        Subject subject = new Subject(names, claimedCountry.get(), claimedCity.get(), claimedTimeZone.get(),
                claimedNationality.get(), role.get(), hiringChannel.get(), staffingFirm.get());
        String caseTitle = title.get().isBlank() ? defaultTitle() : title.get();
        return new CaseDetails(caseTitle, CaseStatus.NEW, Decision.UNDECIDED, "", priority.get(), assignee.get(), tagList,
                null, false, subject);
    }

    /** A case needs a title; when none is typed, the subject's name and role make one. */
    private String defaultTitle() {
        String name = subjectName.get().strip();
        String r = role.get().strip();
        return r.isEmpty() ? name : name.isEmpty() ? r : name + " – " + r;
    }

    /** Checks the form; true when it can be saved. Shows every problem beside its field. */
    public boolean validate() {
        fieldErrors.clear();
        if (subjectName.get().isBlank()) {
            fieldErrors.put("subject.name", errors.of(new Violation("subject.name", "validation.required")));
        }
        for (Violation v : details().validate()) {
            fieldErrors.putIfAbsent(v.field(), errors.of(v));
        }
        return fieldErrors.isEmpty();
    }

    /** Saves in the background; {@code onCreated} runs on success. */
    public void create(Consumer<CaseFile> onCreated) {
        if (busy.get() || !validate()) {
            return;
        }
        CaseDetails d = details();
        busy.set(true);
        error.set("");
        tasks.run("task.creatingCase", () -> workspace.cases().create(d), c -> {
            busy.set(false);
            onCreated.accept(c);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException ve) {
                ve.violations().forEach(v -> fieldErrors.putIfAbsent(v.field(), errors.of(v)));
            } else {
                error.set(errors.of(e));
            }
        });
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty subjectNameProperty() { return subjectName; }
    public StringProperty nameSourceProperty() { return nameSource; }
    public StringProperty claimedCountryProperty() { return claimedCountry; }
    public StringProperty claimedCityProperty() { return claimedCity; }
    public StringProperty claimedTimeZoneProperty() { return claimedTimeZone; }
    public StringProperty claimedNationalityProperty() { return claimedNationality; }
    public StringProperty roleProperty() { return role; }
    public StringProperty hiringChannelProperty() { return hiringChannel; }
    public StringProperty staffingFirmProperty() { return staffingFirm; }
    public ObjectProperty<Priority> priorityProperty() { return priority; }
    public StringProperty assigneeProperty() { return assignee; }
    public StringProperty tagsProperty() { return tags; }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }
}
