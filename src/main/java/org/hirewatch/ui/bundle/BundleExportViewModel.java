package org.hirewatch.ui.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hirewatch.exchange.bundle.BundleService;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;
import org.hirewatch.ui.workspace.PassphraseStrength;

/** The export dialog's state: the passphrase twice with a strength hint, and the export itself in the background. */
public final class BundleExportViewModel {
    private final BundleService service;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final int iterations;
    private final List<UUID> caseIds;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty strength = new SimpleStringProperty("");
    private final StringProperty mismatch = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canExport;

    public BundleExportViewModel(BundleService service, TaskRunner tasks, I18n i18n, int iterations, List<UUID> caseIds) {
        this.service = service;
        this.tasks = tasks;
        this.i18n = i18n;
        this.iterations = iterations;
        this.caseIds = List.copyOf(caseIds);
        strength.bind(Bindings.createStringBinding(() -> i18n.text(PassphraseStrength.of(passphrase.get()).messageKey()),
                passphrase));
        mismatch.bind(Bindings.createStringBinding(() -> repeat.get().isEmpty() || repeat.get().equals(passphrase.get())
                ? "" : i18n.text("caseBundle.export.mismatch"), passphrase, repeat));
        canExport = Bindings.createBooleanBinding(() -> !busy.get() && PassphraseStrength.of(passphrase.get()).acceptable()
                && passphrase.get().equals(repeat.get()), passphrase, repeat, busy);
    }

    public String header() {
        return i18n.text("caseBundle.export.header", caseIds.size());
    }

    /** Runs the export off the JavaFX thread; {@code done} gets the result on it. */
    public void export(Path target, Consumer<BundleService.ExportResult> done) {
        char[] p = passphrase.get().toCharArray();
        busy.set(true);
        error.set("");
        tasks.run("caseBundle.task.export", () -> {
            try {
                return service.export(caseIds, target, p, iterations, BundleService.Progress.NONE);
            } finally {
                java.util.Arrays.fill(p, '\0');
            }
        }, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            error.set(new BundleErrors(i18n).of(e));
        });
    }

    public String doneText(BundleService.ExportResult r) {
        return i18n.text("caseBundle.export.done", r.cases(), r.file().getFileName().toString(), r.sha256());
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty strengthProperty() {
        return strength;
    }

    public ReadOnlyStringProperty mismatchProperty() {
        return mismatch;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }
}
