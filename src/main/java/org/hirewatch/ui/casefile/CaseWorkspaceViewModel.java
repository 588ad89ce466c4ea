package org.hirewatch.ui.casefile;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hirewatch.domain.CaseFile;

/** The open case as a whole: its header and title for the tab. */
public final class CaseWorkspaceViewModel {
    private final CaseScope scope;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");

    public CaseWorkspaceViewModel(CaseScope scope) {
        this.scope = scope;
    }

    public void load() {
        scope.tasks().run("task.loadingCase", () -> scope.workspace().cases().get(scope.caseId()), this::show,
                e -> scope.dialogs().showError(new org.hirewatch.ui.common.ErrorText(scope.i18n()).of(e)));
    }

    private void show(CaseFile c) {
        reference.set(c.reference());
        title.set(c.reference() + " · " + c.subject().primaryName());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }
}
