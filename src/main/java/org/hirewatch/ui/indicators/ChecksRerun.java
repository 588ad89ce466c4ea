package org.hirewatch.ui.indicators;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * Re-runs every check on every case in the background after an indicator change, with progress. A change saved
 * while a run is going queues one more run, so the last results always reflect the last settings.
 */
public final class ChecksRerun {
    private final CheckService checks;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Executor fxThread;
    private final Runnable onDone;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private boolean again;

    /** {@code fxThread} brings progress from the worker to the UI thread; {@code onDone} follows a finished run. */
    public ChecksRerun(CheckService checks, TaskRunner tasks, I18n i18n, Executor fxThread, Runnable onDone) {
        this.checks = checks;
        this.tasks = tasks;
        this.i18n = i18n;
        this.fxThread = fxThread;
        this.onDone = onDone;
    }

    public void start() {
        if (running.get()) {
            again = true;
            return;
        }
        running.set(true);
        progress.set(0);
        text.set(i18n.text("indicators.checks.starting"));
        tasks.run("task.indicators.rechecking", () -> checks.checkAll((done, total) -> fxThread.execute(() -> {
            progress.set(total == 0 ? 1 : (double) done / total);
            text.set(i18n.text("indicators.checks.progress", done, total));
        })), summary -> {
            running.set(false);
            if (again) {
                again = false;
                start();
                return;
            }
            progress.set(1);
            text.set(i18n.text("indicators.checks.done", summary.cases(), summary.findings()));
            onDone.run();
        }, e -> {
            running.set(false);
            again = false;
            text.set(i18n.text("indicators.checks.failed", new ErrorText(i18n).of(e)));
        });
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
