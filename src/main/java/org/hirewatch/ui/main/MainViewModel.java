package org.hirewatch.ui.main;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/** The main window: the open workspace, its case list, open-case requests and workspace-wide actions. */
public final class MainViewModel {
    private final Workspace workspace;
    private final CheckService checks;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final Runnable onLock;
    private final CaseListViewModel caseList;
    private final TransferViewModel transfer;
    private Consumer<UUID> caseOpener = id -> { };
    private Runnable newCaseAction = () -> { };

    public MainViewModel(Workspace workspace, CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs,
                         Runnable onLock) {
        this.workspace = workspace;
        this.checks = checks;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.onLock = onLock;
        this.caseList = new CaseListViewModel(workspace, tasks, i18n);
        this.transfer = new TransferViewModel(workspace, checks, tasks, i18n, dialogs, caseList);
    }

    public TransferViewModel transfer() {
        return transfer;
    }

    /**
     * Called once when the workspace's main window opens: cases never checked, or checked with an older catalogue
     * (after an upgrade), are checked in the background, then the list shows their risk.
     */
    public void opened() {
        workspace.olderThanLastClose().ifPresent(r -> dialogs.showInfo("workspace.rollback.title",
                i18n.text("workspace.rollback.message", r.recordedSeq(), r.databaseSeq())));
        tasks.run("cases.task.checkingOutdated", checks::checkOutdated, checkedCount -> {
            if (checkedCount > 0) {
                caseList.reload();
            }
        }, e -> caseList.reportError(new ErrorText(i18n).of(e)));
    }

    public CaseListViewModel caseList() {
        return caseList;
    }

    public Workspace workspace() {
        return workspace;
    }

    public String workspaceLabel() {
        return i18n.text("main.workspaceLabel", workspace.folder().toString());
    }

    /** The main window decides how a case is shown (a tab); the list only asks. */
    public void setCaseOpener(Consumer<UUID> opener) {
        this.caseOpener = opener;
    }

    public void setNewCaseAction(Runnable action) {
        this.newCaseAction = action;
    }

    public void newCase() {
        newCaseAction.run();
    }

    public void openCase(UUID id) {
        caseOpener.accept(id);
    }

    public void verifyAudit() {
        tasks.run("task.verifyingAudit", () -> workspace.audit().verify(), this::showVerification,
                e -> dialogs.showError(new ErrorText(i18n).of(e)));
    }

    private void showVerification(AuditVerification v) {
        if (v.intact()) {
            dialogs.showInfo("audit.verify.title", i18n.text("audit.verify.intact", v.entriesChecked()));
        } else {
            dialogs.showError(i18n.text("audit.verify.broken", v.firstBrokenSeq(), i18n.text(v.problem())));
        }
    }

    public void lock() {
        onLock.run();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return tasks.messageProperty();
    }
}
