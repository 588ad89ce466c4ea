package org.hirewatch.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running the checks while a run is still going: one more run follows, never a pile of them. */
class ChecksRerunTest {
    @TempDir
    Path dir;

    /** Holds work until told to run the next piece, like a slow background thread. */
    static final class SlowTasks implements TaskRunner {
        final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            pending.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper().getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper().getReadOnlyProperty();
        }
    }

    @Test
    void changesDuringARunQueueExactlyOneMoreRun() {
        try (CaseFixture fx = new CaseFixture(dir)) {
            SlowTasks tasks = new SlowTasks();
            AtomicInteger finished = new AtomicInteger();
            ChecksRerun rerun = new ChecksRerun(CheckService.attach(fx.workspace), tasks, fx.i18n, Runnable::run,
                    finished::incrementAndGet);

            rerun.start();
            assertThat(rerun.runningProperty().get()).isTrue();
            assertThat(rerun.textProperty().get()).isEqualTo("Re-checking all cases…");
            rerun.start();
            rerun.start();
            assertThat(tasks.pending).hasSize(1);

            tasks.pending.poll().run();
            assertThat(finished).as("the queued run is still to come").hasValue(0);
            assertThat(tasks.pending).hasSize(1);
            tasks.pending.poll().run();

            assertThat(tasks.pending).isEmpty();
            assertThat(finished).hasValue(1);
            assertThat(rerun.runningProperty().get()).isFalse();
            assertThat(rerun.progressProperty().get()).isEqualTo(1.0);
            assertThat(rerun.textProperty().get()).isEqualTo("Checks re-run on one case: one finding raised.");
        }
    }
}
