package org.hirewatch.ui.indicators;

import java.util.concurrent.Executor;
import javafx.scene.Parent;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/** Builds the indicators screen of one open workspace: its view model, controllers and view, loaded afresh each time. */
public final class IndicatorsScreen {
    private final CheckService checks;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final Executor fxThread;
    private final Runnable onChecksRerun;

    public IndicatorsScreen(CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs, Executor fxThread,
                            Runnable onChecksRerun) {
        this.checks = checks;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.onChecksRerun = onChecksRerun;
    }

    public Parent load() {
        IndicatorsViewModel vm = new IndicatorsViewModel(checks, tasks, i18n, dialogs, fxThread, onChecksRerun);
        Parent root = IndicatorsFxml.SCREEN.load(i18n, type -> {
            if (type == IndicatorsController.class) {
                return new IndicatorsController(vm, i18n, dialogs);
            }
            if (type == IndicatorDetailsController.class) {
                return new IndicatorDetailsController(vm, i18n);
            }
            return null;
        });
        vm.load();
        return root;
    }
}
