package org.hirewatch.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.casefile.RecordingDialogs;
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
import org.testfx.util.WaitForAsyncUtils;

/** From the first screen: restore a real backup, read the result, open the restored workspace. */
@ExtendWith(ApplicationExtension.class)
class RestoreUiTest {
    @TempDir
    static Path dir;
    RestoreFixture fx;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        fx = new RestoreFixture(dir);
        I18n i18n = new I18n(Locale.ENGLISH);
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        WorkspaceViewModel vm = new WorkspaceViewModel(fx.opener(), tasks, i18n, fx.workspace,
                WorkspaceViewModel.Mode.UNLOCK, fx.opened::add, null,
                () -> new RestoreViewModel(fx.restorer(), fx.opener(), tasks, i18n, dialogs, fx.opened::add));
        stage.setScene(new Scene(new ViewLoader(i18n).load(View.WORKSPACE,
                type -> new WorkspaceController(vm, i18n)).root(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void restoresABackupFromTheFirstScreenAndOpensIt(FxRobot robot) {
        dialogs.filesToOpen.add(List.of(fx.backup));
        robot.clickOn("#restoreButton");
        robot.clickOn("#restoreChooseBackup");
        robot.clickOn("#restorePassphrase").write(RestoreFixture.PASSPHRASE);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label result = robot.lookup("#restoreResult").queryAs(Label.class);
        assertThat(result.isVisible()).isTrue();
        assertThat(result.getText()).contains("2 case(s)").contains("Audit trail intact")
                .contains("The newest audit entry recorded in the backup is present.");
        assertThat(robot.lookup("#restoreRun").tryQuery()).hasValueSatisfying(n -> assertThat(n.isVisible()).isFalse());

        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path restored = dir.resolve("workspace-restored").toAbsolutePath();
        assertThat(fx.opened).singleElement().extracting(Workspace::folder).isEqualTo(restored);
        assertThat(robot.lookup("#restoreResult").tryQuery()).isEmpty();
    }
}
