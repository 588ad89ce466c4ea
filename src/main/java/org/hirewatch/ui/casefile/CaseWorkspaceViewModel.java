package org.hirewatch.ui.casefile;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Priority;

/** The open case as a whole: the header and the tab title. The tabs have their own view models. */
public final class CaseWorkspaceViewModel {
    private final CaseSession session;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caseTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subjectName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper priorityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CaseStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Priority> priority = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper legalHold = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");

    public CaseWorkspaceViewModel(CaseSession session) {
        this.session = session;
        session.caseFileProperty().addListener((obs, old, c) -> show(c));
    }

    public void load() {
        session.run("task.loadingCase", () -> session.workspace().cases().get(session.caseId()), c -> {
            loadError.set("");
            session.caseLoaded(c);
        }, e -> loadError.set(session.errorText(e)));
    }

    private void show(CaseFile c) {
        if (c == null) {
            return;
        }
        String name = c.subject().primaryName();
        reference.set(c.reference());
        title.set(name.isBlank() ? c.reference() : c.reference() + " · " + name);
        caseTitle.set(c.title());
        subjectName.set(name.isBlank() ? session.text("casefile.header.noName") : session.text("casefile.header.subject", name));
        status.set(c.status());
        statusText.set(session.text(c.status().messageKey()));
        priority.set(c.priority());
        priorityText.set(session.text("casefile.header.priority", session.text(c.priority().messageKey())));
        legalHold.set(c.legalHold());
    }

    public void dispose() {
        session.dispose();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caseTitleProperty() {
        return caseTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subjectNameProperty() {
        return subjectName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priorityTextProperty() {
        return priorityText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Priority> priorityProperty() {
        return priority.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty legalHoldProperty() {
        return legalHold.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }
}
