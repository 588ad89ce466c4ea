package org.hirewatch.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs database and file work off the JavaFX thread and hands the result back on it. View models use only
 * this; tests can swap in {@link ImmediateTaskRunner}.
 */
public interface TaskRunner {

    /** {@code label} is a bundle key shown in the status bar while the work runs. */
    <T> void run(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** True while any work is running (for the status bar's progress indicator). */
    ReadOnlyBooleanProperty busyProperty();

    /** The label of the work running now, already translated; empty when idle. */
    ReadOnlyStringProperty messageProperty();
}
