package org.hirewatch.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.RiskFilter;
import org.hirewatch.domain.Severity;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.casefile.RecordingDialogs;
import org.hirewatch.ui.common.BackgroundTaskRunner;
import org.hirewatch.ui.common.I18n;
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
 * The main window's case list with its risk columns: cases never checked are checked when the window opens, the risk
 * column sorts by severity, and the risk filter narrows the list.
 */
@ExtendWith(ApplicationExtension.class)
class CaseListUiTest {
    @TempDir
    Path dir;
    Workspace ws;
    BackgroundTaskRunner tasks;
    CaseFile quiet;
    CaseFile flagged;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        ws = Workspace.create(dir.resolve("ws"), "pass phrase 1".toCharArray(), KdfParams.fresh(1000), "tester");
        // Cases from before the checks existed: nothing listens yet, so none of them is checked.
        quiet = ws.cases().create(details("Quiet applicant", "Dana Example"));
        flagged = ws.cases().create(details("Virtual number", "Sam Example"));
        ws.evidence().add(flagged.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, Instant.parse("2026-03-02T14:00:00Z"),
                "CV", Map.of("phone", "+1 555 0101", "lineType", "voip")), List.of());
        CheckService checks = CheckService.attach(ws);
        checks.saveCustom(new CustomIndicator(null, "Virtual phone line", "COM", Severity.MEDIUM, 25,
                EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                CustomIndicator.Operator.EQUALS, "voip")), true, 0));
        tasks = new BackgroundTaskRunner(i18n);
        MainViewModel main = new MainViewModel(ws, checks, tasks, i18n, new RecordingDialogs(), () -> { });
        NewCaseDialogs none = new NewCaseDialogs() {
            @Override
            public Optional<CaseFile> show(Window owner) {
                return Optional.empty();
            }

            @Override
            public void showShortcuts(Window owner) {
            }
        };
        ViewLoader views = new ViewLoader(i18n);
        Scene scene = new Scene(views.load(View.MAIN, type -> {
            if (type == MainController.class) {
                return new MainController(main, views, id -> null, none, () -> null, null, () -> null, () -> null);
            }
            return type == CaseListController.class ? new CaseListController(main, i18n) : null;
        }).root(), 1280, 800);
        scene.getStylesheets().add(CaseListUiTest.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static CaseDetails details(String title, String name) {
        return CaseDetails.newCase(title, new Subject(List.of(new NameSpelling(name, "CV")), "", "", "", "", "", "", ""));
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        tasks.close();
        ws.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseSummary> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private static List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(CaseSummary::title).toList();
    }

    @Test
    void casesAreCheckedOnOpeningAndSortAndFilterByRisk(FxRobot robot) throws TimeoutException {
        TableView<CaseSummary> table = table(robot);
        // the window's opening checks both cases; the list then shows their risk
        waitFor(() -> table.getItems().size() == 2 && table.getItems().stream().allMatch(CaseSummary::checked));
        CaseSummary hit = table.getItems().stream().filter(c -> c.id().equals(flagged.id())).findFirst().orElseThrow();
        assertThat(hit.openFindings()).isPositive();
        waitFor(() -> robot.lookup(".risk-badge").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .containsAll(List.of("Critical", "Inconclusive")));
        assertThat(robot.lookup(".risk-critical").queryAs(Label.class).getText()).isEqualTo("Critical");

        // by severity, not alphabetically ("Critical" < "Inconclusive" by name)
        TableColumn<CaseSummary, ?> risk = table.getColumns().stream().filter(c -> c.getText().equals("Risk")).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            table.getSortOrder().setAll(risk);
            risk.setSortType(TableColumn.SortType.ASCENDING);
        });
        waitFor(() -> titles(robot).equals(List.of("Quiet applicant", "Virtual number")));
        robot.interact(() -> risk.setSortType(TableColumn.SortType.DESCENDING));
        waitFor(() -> titles(robot).equals(List.of("Virtual number", "Quiet applicant")));

        @SuppressWarnings("unchecked")
        ComboBox<FilterOption<RiskFilter>> filter = robot.lookup("#riskFilter").queryAs(ComboBox.class);
        robot.interact(() -> filter.getSelectionModel().select(filter.getItems().stream()
                .filter(o -> o.value() == RiskFilter.CRITICAL).findFirst().orElseThrow()));
        waitFor(() -> titles(robot).equals(List.of("Virtual number")));
        robot.interact(() -> filter.getSelectionModel().select(filter.getItems().stream()
                .filter(o -> o.value() == RiskFilter.NOT_CHECKED).findFirst().orElseThrow()));
        waitFor(() -> table.getItems().isEmpty());
        robot.clickOn("#clearButton");
        waitFor(() -> table.getItems().size() == 2);
    }
}
