package org.hirewatch.ui.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.links.LinkService;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.common.BackgroundTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The link cluster screen: two cases sharing an email form one cluster; clicking their edge explains it. */
@ExtendWith(ApplicationExtension.class)
class ClusterUiTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    BackgroundTaskRunner tasks;
    UUID other;
    final List<UUID> opened = new CopyOnWriteArrayList<>();

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
        fx.workspace.cases().create(CaseDetails.newCase("Unlinked applicant", new Subject(
                List.of(new NameSpelling("Kim Sample", "CV")), "", "", "", "", "", "", "")));
        tasks = new BackgroundTaskRunner(fx.i18n);
        ClusterScreen screen = new ClusterScreen(new LinkService(fx.workspace), fx.workspace, tasks, fx.i18n, opened::add);
        stage.setScene(new Scene(screen.load(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        fx.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheClusterExplainsTheEdgeAndOpensACase(FxRobot robot) throws TimeoutException {
        ListView<ClusterViewModel.ClusterItem> list = robot.lookup("#clusterList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        String reference = fx.caseFile.reference();
        assertThat(list.getItems().get(0).text()).contains("2 cases").contains(reference);
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText() != null && l.getText().contains("One case shares nothing"));

        Line hit = robot.lookup(".cluster-edge-hit").queryAs(Line.class);
        robot.clickOn(hit);
        TextArea why = robot.lookup("#explanationArea").queryAs(TextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(why.getText()).contains("jon.doe").contains("Contact channel").contains(reference);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(list).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).hasSize(1).containsAnyOf(fx.caseFile.id(), other);
    }
}
