package org.hirewatch.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hirewatch.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseWorkspaceViewModelTest {
    @TempDir
    Path dir;
    CaseFixture fx;

    @BeforeEach
    void open() {
        fx = new CaseFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void headerShowsReferenceSubjectStatusAndPriority() {
        CaseWorkspaceViewModel vm = new CaseWorkspaceViewModel(fx.immediateSession());
        vm.load();
        assertThat(vm.titleProperty().get()).isEqualTo(fx.caseFile.reference() + " · Jon Doe");
        assertThat(vm.referenceProperty().get()).isEqualTo(fx.caseFile.reference());
        assertThat(vm.caseTitleProperty().get()).isEqualTo("Backend contractor, batch 7");
        assertThat(vm.subjectNameProperty().get()).isEqualTo("Subject: Jon Doe");
        assertThat(vm.statusTextProperty().get()).isEqualTo("New");
        assertThat(vm.priorityTextProperty().get()).isEqualTo("Priority: Normal");
        assertThat(vm.legalHoldProperty().get()).isFalse();
    }

    @Test
    void resultsArrivingAfterTheTabClosedAreDropped() {
        DeferredTasks tasks = new DeferredTasks();
        CaseWorkspaceViewModel vm = new CaseWorkspaceViewModel(new CaseSession(fx.scope(tasks)));
        vm.load();
        vm.dispose();
        tasks.runAll();
        assertThat(vm.titleProperty().get()).isEmpty();
    }

    /** Holds work until told to run it, like a slow background thread. */
    static final class DeferredTasks implements TaskRunner {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            pending.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onError.accept(e);
                }
            });
        }

        void runAll() {
            pending.forEach(Runnable::run);
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
}
