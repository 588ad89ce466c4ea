package org.hirewatch.ui.casefile.signins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.signins.LogFormat;
import org.hirewatch.signins.LogReadersTest;
import org.hirewatch.ui.casefile.CaseControllers;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseWorkspaceController;
import org.hirewatch.ui.casefile.activity.ActivityViewModel;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.FindingRow;
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

/**
 * A CSV log from an unknown system imported through the dialog: the columns are mapped by hand, the mapping is saved,
 * the three malformed rows are listed by line, the good rows are imported, and the resulting LOG-01 finding shows on
 * the Findings tab and, with its sign-ins, on the Activity tab.
 */
@ExtendWith(ApplicationExtension.class)
class ImportLogUiTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    BackgroundTaskRunner tasks;
    CaseWorkspaceController controller;

    @Start
    void start(Stage stage) {
        fx = new CaseFixture(dir);
        tasks = new BackgroundTaskRunner(fx.i18n);
        ViewLoader.Loaded<CaseWorkspaceController> loaded = new ViewLoader(fx.i18n)
                .load(View.CASE_WORKSPACE, new CaseControllers(fx.scope(tasks)));
        controller = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1280, 800);
        scene.getStylesheets().add(ImportLogUiTest.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm());
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

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String field, String column) {
        ComboBox<String> box = robot.lookup("#column-" + field).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(column));
    }

    @Test
    @SuppressWarnings("unchecked")
    void importsTheGoodRowsOfAMappedCsvAndSeesTheFinding(FxRobot robot) throws TimeoutException {
        fx.dialogs.filesToOpen.add(List.of(LogReadersTest.fixture("generic-vpn-export.csv")));
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        robot.clickOn("#importLogButton");

        ComboBox<LogFormat> format = robot.lookup("#formatBox").queryAs(ComboBox.class);
        waitFor(() -> robot.lookup("#fileLabel").queryAs(Label.class).getText().contains("generic-vpn-export.csv"));
        assertThat(format.getValue()).isEqualTo(LogFormat.CSV);
        robot.clickOn("#nextButton");

        waitFor(() -> visible(robot, "#mappingStep"));
        TableView<List<String>> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        assertThat(preview.getColumns()).hasSize(9);
        assertThat(preview.getItems()).hasSize(5);
        // guessed from the header: only "result" has a name HireWatch knows
        assertThat(robot.lookup("#column-OUTCOME").queryAs(ComboBox.class).getValue()).isEqualTo("result");
        choose(robot, "TIME", "when");
        choose(robot, "ACCOUNT", "who");
        choose(robot, "IP", "source address");
        choose(robot, "COUNTRY", "cc");
        choose(robot, "CITY", "town");
        choose(robot, "SESSION_END", "logged out");
        assertThat(robot.lookup("#timePatternBox").queryAs(ComboBox.class).getValue()).isEqualTo("dd/MM/yyyy HH:mm");
        robot.clickOn("#mappingNameField").write("VPN export");
        robot.clickOn("#saveMappingButton");
        waitFor(() -> fx.workspace.signIns().mappings().containsKey("VPN export"));

        robot.clickOn("#nextButton");
        waitFor(() -> visible(robot, "#resultStep"));
        TableView<ImportLogViewModel.ProblemRow> problems = robot.lookup("#problemTable").queryAs(TableView.class);
        assertThat(problems.getItems()).extracting(ImportLogViewModel.ProblemRow::line).containsExactly(4, 5, 6);
        assertThat(problems.getItems().get(0).reason()).contains("31/02/2026 10:00");
        assertThat(robot.lookup("#cancelButton").queryButton().getText()).isEqualTo("Import _nothing");
        robot.clickOn("#importButton");

        waitFor(() -> robot.lookup("#importRoot").tryQuery().isEmpty());
        assertThat(fx.workspace.evidence().listForCase(fx.caseFile.id()))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(EvidenceKind.SIGN_IN_LOG));
        assertThat(fx.workspace.signIns().forCase(fx.caseFile.id())).hasSize(2);

        robot.press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        TableView<FindingRow> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        waitFor(() -> findings.getItems().stream().anyMatch(r -> r.indicatorId().equals("LOG-01")));

        robot.press(KeyCode.ALT, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.ALT);
        ListView<ActivityViewModel.FindingItem> list = robot.lookup("#findingList").queryAs(ListView.class);
        waitFor(() -> list.getItems().stream().anyMatch(f -> f.label().startsWith("LOG-01")));
        ActivityViewModel.FindingItem many = list.getItems().stream().filter(f -> f.label().startsWith("LOG-01"))
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(many));
        TableView<ActivityViewModel.SignInRow> rows = robot.lookup("#rowTable").queryAs(TableView.class);
        waitFor(() -> rows.getItems().size() == 2);
        assertThat(rows.getItems()).extracting(ActivityViewModel.SignInRow::place)
                .containsExactlyInAnyOrder("Chicago, US", "Shenyang, CN");
        assertThat(robot.lookup("#hourChart").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void saysWhyAFileCannotBeReadWithoutAStackTrace(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("signins.json"), "[{\"published\": \"2026-03-02T08:15:04Z\",");
        fx.dialogs.filesToOpen.add(List.of(broken));
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#fileLabel").tryQuery().map(l -> ((Label) l).getText().contains("signins.json"))
                .orElse(false));
        robot.clickOn("#nextButton");
        Label message = robot.lookup("#importMessage").queryAs(Label.class);
        waitFor(() -> !message.getText().isEmpty());
        assertThat(message.getText()).contains("signins.json").doesNotContain("Exception");
        assertThat(robot.lookup("#stepHeading").queryAs(Label.class).getText()).startsWith("1.");
    }
}
