package org.hirewatch.ui.casefile.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.ui.casefile.CaseControllers;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseWorkspaceController;
import org.hirewatch.ui.common.BackgroundTaskRunner;
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

/** The Links tab: a shared email is suggested, a person confirms it with a type and reason, and both cases audit it. */
@ExtendWith(ApplicationExtension.class)
class LinksUiTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    BackgroundTaskRunner tasks;
    CaseWorkspaceController controller;
    UUID other;

    @Start
    void start(Stage stage) {
        fx = new CaseFixture(dir);
        Instant at = Instant.parse("2026-03-02T14:00:00Z");
        fx.workspace.evidence().add(fx.caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, at, "CV",
                Map.of("email", "Jon.Doe+jobs@example.org")), List.of());
        other = fx.workspace.cases().create(CaseDetails.newCase("Second applicant", new Subject(
                List.of(new NameSpelling("Dana Example", "CV")), "", "", "", "", "", "", ""))).id();
        fx.workspace.evidence().add(other, new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, at, "CV",
                Map.of("email", "jon.doe@EXAMPLE.org")), List.of());
        tasks = new BackgroundTaskRunner(fx.i18n);
        ViewLoader.Loaded<CaseWorkspaceController> loaded = new ViewLoader(fx.i18n)
                .load(View.CASE_WORKSPACE, new CaseControllers(fx.scope(tasks)));
        controller = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1280, 800);
        scene.getStylesheets().add(LinksUiTest.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(controller::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        tasks.close();
        fx.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void confirmsASuggestedLinkAndSeesItListedAndAudited(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        TableView<LinkRow> table = robot.lookup("#linksTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).otherCase()).isEqualTo(other);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#confirmLinkButton");
        waitFor(() -> robot.lookup(".dialog-pane .combo-box").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .combo-box");
        robot.clickOn("Same person");
        robot.clickOn(".dialog-pane .text-area").write("Same mailbox, same voice on both calls");
        robot.clickOn("Confirm link");

        ListView<?> confirmed = robot.lookup("#confirmedList").queryAs(ListView.class);
        waitFor(() -> confirmed.getItems().size() == 1);
        for (UUID c : List.of(fx.caseFile.id(), other)) {
            assertThat(fx.workspace.audit().forCase(c)).extracting(AuditEntry::action).contains("link.confirm");
        }
        assertThat(robot.lookup("#undoButton").queryButton().isVisible()).isTrue();
    }
}
