package org.hirewatch.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.store.Workspace;
import org.hirewatch.training.DemoWorkspace;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.hirewatch.ui.common.View;
import org.hirewatch.ui.common.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Try with demo data" on the first-start screen opens the demo workspace without asking for a passphrase. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceDemoUiTest {
    @TempDir
    static Path dir;
    private final List<Workspace> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        Path real = dir.resolve("workspace");
        DemoWorkspace demo = new DemoWorkspace(DemoWorkspace.besides(real), 1000, "trainee", Catalogue.builtIn());
        WorkspaceOpener refuse = new WorkspaceOpener() {
            @Override
            public Workspace create(Path folder, char[] passphrase) {
                throw new IllegalStateException("the demo must not create a real workspace");
            }

            @Override
            public Workspace open(Path folder, char[] passphrase) {
                throw new IllegalStateException("the demo must not open a real workspace");
            }

            @Override
            public boolean hasWorkspace(Path folder) {
                return false;
            }
        };
        WorkspaceViewModel vm = new WorkspaceViewModel(refuse, new ImmediateTaskRunner(), i18n, real,
                WorkspaceViewModel.Mode.CREATE, opened::add, demo::open);
        stage.setScene(new Scene(new ViewLoader(i18n).load(View.WORKSPACE,
                type -> new WorkspaceController(vm, i18n)).root(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        opened.forEach(Workspace::close);
    }

    @Test
    void theDemoButtonOpensTheSeparateDemoWorkspace(FxRobot robot) {
        robot.clickOn("#demoButton");
        assertThat(opened).hasSize(1);
        Workspace ws = opened.get(0);
        assertThat(DemoWorkspace.isDemo(ws.folder())).isTrue();
        assertThat(ws.folder()).isNotEqualTo(dir.resolve("workspace").toAbsolutePath());
        assertThat(ws.cases().count()).isGreaterThanOrEqualTo(15);
    }
}
