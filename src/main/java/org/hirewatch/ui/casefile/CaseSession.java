package org.hirewatch.ui.casefile;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Note;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;

/**
 * What the tabs of one open case share at run time: the loaded case, its evidence and notes (the notes tab labels
 * notes by their evidence item, the evidence tab shows an item's notes), and a revision counter that every
 * successful save bumps so that the other tabs reload.
 */
public final class CaseSession {
    private final CaseScope scope;
    private final ErrorText errors;
    private final ReadOnlyObjectWrapper<CaseFile> caseFile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private volatile boolean disposed;

    public CaseSession(CaseScope scope) {
        this.scope = scope;
        this.errors = new ErrorText(scope.i18n());
    }

    public UUID caseId() {
        return scope.caseId();
    }

    public Workspace workspace() {
        return scope.workspace();
    }

    public I18n i18n() {
        return scope.i18n();
    }

    public Dialogs dialogs() {
        return scope.dialogs();
    }

    public String text(String key, Object... args) {
        return scope.i18n().text(key, args);
    }

    public String errorText(Throwable t) {
        return errors.of(t);
    }

    public ErrorText errors() {
        return errors;
    }

    /**
     * Runs store work through the task runner. Results that arrive after the case's tab was closed are dropped:
     * the tab's nodes are gone and nobody is waiting for them.
     */
    public <T> void run(String labelKey, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (disposed) {
            return;
        }
        scope.tasks().run(labelKey, work, r -> {
            if (!disposed) {
                onSuccess.accept(r);
            }
        }, e -> {
            if (!disposed) {
                onError.accept(e);
            }
        });
    }

    /** Call after every successful save: the other tabs reload and the main window's case list refreshes. */
    public void changed() {
        revision.set(revision.get() + 1);
        scope.onChanged().run();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseFile> caseFileProperty() {
        return caseFile.getReadOnlyProperty();
    }

    public CaseFile caseFile() {
        return caseFile.get();
    }

    public void caseLoaded(CaseFile c) {
        caseFile.set(c);
    }

    /** The case's evidence as last loaded by the evidence tab. */
    public ObservableList<Evidence> evidence() {
        return evidence;
    }

    /** The case's notes, newest first, as last loaded by the notes tab. */
    public ObservableList<Note> notes() {
        return notes;
    }

    public void dispose() {
        disposed = true;
    }

    public boolean isDisposed() {
        return disposed;
    }
}
