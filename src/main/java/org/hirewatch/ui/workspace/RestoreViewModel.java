package org.hirewatch.ui.workspace;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceBackup.RestoreReport;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * State of "Restore from a backup…" on the first screen: the backup file, a new folder and the passphrase the backup
 * was made with; then the restore's findings in words and the offer to open the restored workspace.
 */
public final class RestoreViewModel {
    private final WorkspaceRestorer restorer;
    private final WorkspaceOpener opener;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final ErrorText errors;
    private final Consumer<Workspace> onOpened;

    private final StringProperty backupFile = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<RestoreReport> result = new SimpleObjectProperty<>();
    private final BooleanBinding restored = result.isNotNull();
    private final BooleanBinding canRestore;

    public RestoreViewModel(WorkspaceRestorer restorer, WorkspaceOpener opener, TaskRunner tasks, I18n i18n,
                            Dialogs dialogs, Consumer<Workspace> onOpened) {
        this.restorer = restorer;
        this.opener = opener;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.errors = new ErrorText(i18n);
        this.onOpened = onOpened;
        this.target.set(restorer.suggestedTarget().toString());
        this.canRestore = Bindings.createBooleanBinding(() -> !busy.get() && result.get() == null
                && !backupFile.get().isBlank() && !target.get().isBlank() && !passphrase.get().isEmpty(),
                busy, result, backupFile, target, passphrase);
        for (StringProperty p : List.of(backupFile, target, passphrase)) {
            p.addListener((o, a, b) -> error.set(""));
        }
    }

    public void chooseBackup() {
        List<Path> chosen = dialogs.chooseFilesToOpen("restore.chooseBackup");
        if (!chosen.isEmpty()) {
            backupFile.set(chosen.get(0).toAbsolutePath().toString());
        }
    }

    public void chooseTarget() {
        Path initial = parsed(target.get());
        dialogs.chooseFolder("restore.chooseTarget", initial == null ? null : initial.getParent())
                .ifPresent(p -> target.set(p.toAbsolutePath().toString()));
    }

    public void restore() {
        if (!canRestore.get()) {
            return;
        }
        Path backup = parsed(backupFile.get());
        Path folder = parsed(target.get());
        if (backup == null || folder == null) {
            error.set(i18n.text("error.badPath", backup == null ? backupFile.get() : target.get()));
            return;
        }
        char[] pass = passphrase.get().toCharArray();
        busy.set(true);
        error.set("");
        tasks.run("restore.task.restoring", () -> {
            try {
                return restorer.restore(backup, folder, pass);
            } finally {
                Arrays.fill(pass, '\0');
            }
        }, report -> {
            busy.set(false);
            resultText.set(describe(report));
            result.set(report);
        }, e -> {
            busy.set(false);
            error.set(errors.of(e));
        });
    }

    /**
     * Opens the restored copy through the opener, so it becomes the remembered workspace. {@code beforeHandOver}
     * runs first (the dialog closes before the first screen is replaced).
     */
    public void openRestored(Runnable beforeHandOver) {
        RestoreReport r = result.get();
        if (r == null || busy.get()) {
            return;
        }
        char[] pass = passphrase.get().toCharArray();
        busy.set(true);
        tasks.run("task.unlockingWorkspace", () -> {
            try {
                return opener.open(r.folder(), pass);
            } finally {
                Arrays.fill(pass, '\0');
            }
        }, ws -> {
            busy.set(false);
            passphrase.set("");
            beforeHandOver.run();
            onOpened.accept(ws);
        }, e -> {
            busy.set(false);
            error.set(errors.of(e));
        });
    }

    /** The passphrase is not kept once the dialog is gone. */
    public void dismissed() {
        passphrase.set("");
    }

    /** The restore's findings as sentences: counts, the audit chain, and whether the backup's newest entry is there. */
    public String describe(RestoreReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.text(r.ok() ? "restore.result.ok" : "restore.result.warning"));
        lines.add(i18n.text("restore.result.counts", r.folder().toString(), r.cases(), r.evidence(), r.attachments()));
        if (r.backupTakenAt() != null) {
            lines.add(i18n.text("restore.result.takenAt", CaseFormats.dateTime(r.backupTakenAt())));
        }
        AuditVerification v = r.audit();
        lines.add(v.intact() ? i18n.text("restore.result.auditIntact", v.entriesChecked())
                : i18n.text("restore.result.auditBroken", v.firstBrokenSeq(),
                        v.problem() == null ? "" : i18n.text(v.problem())));
        lines.add(i18n.text(r.headPresent() ? "restore.result.headPresent" : "restore.result.headMissing"));
        return String.join("\n", lines);
    }

    private static Path parsed(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public StringProperty backupFileProperty() {
        return backupFile;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<RestoreReport> resultProperty() {
        return result;
    }

    public BooleanBinding restoredProperty() {
        return restored;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }
}
