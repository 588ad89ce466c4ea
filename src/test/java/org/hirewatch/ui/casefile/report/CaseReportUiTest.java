package org.hirewatch.ui.casefile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.ui.casefile.CaseControllers;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseWorkspaceController;
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

/** The Report… button of an open case: choose redacted PDF, pick a file (a scripted chooser), get the file. */
@ExtendWith(ApplicationExtension.class)
class CaseReportUiTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    CaseWorkspaceController controller;

    @Start
    void start(Stage stage) {
        fx = new CaseFixture(dir);
        fx.workspace.evidence().add(fx.caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                java.time.Instant.parse("2026-03-01T10:00:00Z"), "CV",
                java.util.Map.of("email", "jon.doe@example.com", "lineType", "voip")), java.util.List.of());
        ViewLoader.Loaded<CaseWorkspaceController> loaded = new ViewLoader(fx.i18n)
                .load(View.CASE_WORKSPACE, new CaseControllers(fx.scope(new ImmediateTaskRunner())));
        controller = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1280, 800);
        scene.getStylesheets().add(CaseReportUiTest.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(controller::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        fx.close();
    }

    @Test
    void reportButtonWritesTheChosenFile(FxRobot robot) throws Exception {
        Path target = dir.resolve("HW-report.pdf");
        fx.dialogs.saveTargets.add(target);
        robot.clickOn("#reportButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reportRedacted").tryQuery().isPresent());
        robot.clickOn("#reportRedacted");
        robot.clickOn("#reportSaveButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fx.dialogs.infos.isEmpty() || !fx.dialogs.errors.isEmpty());
        assertThat(fx.dialogs.errors).isEmpty();
        assertThat(target).exists();
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(fx.dialogs.infos.get(0)).contains(target.toString()).contains("redacted");
    }
}
