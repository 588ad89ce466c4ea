package org.hirewatch.ui.casefile.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.Severity;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.ui.casefile.CaseControllers;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseScope;
import org.hirewatch.ui.casefile.CaseWorkspaceController;
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
 * The findings tab on a real encrypted workspace with the real background runner. The finding comes from a custom
 * indicator saved through the check service, so these tests do not depend on the built-in rules.
 */
@ExtendWith(ApplicationExtension.class)
class FindingsUiTest {
    private static final double CUSTOM_WEIGHT = 6;
    @TempDir
    Path dir;
    CaseFixture fx;
    CheckService checks;
    BackgroundTaskRunner tasks;
    CaseWorkspaceController controller;

    @Start
    void start(Stage stage) {
        fx = new CaseFixture(dir);
        tasks = new BackgroundTaskRunner(fx.i18n);
        CaseScope scope = fx.scope(tasks);
        checks = scope.checks();
        checks.saveCustom(new CustomIndicator(null, "Virtual phone line", "COM", Severity.MEDIUM, CUSTOM_WEIGHT,
                EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                CustomIndicator.Operator.EQUALS, "voip")), true, 0));
        ViewLoader.Loaded<CaseWorkspaceController> loaded = new ViewLoader(fx.i18n)
                .load(View.CASE_WORKSPACE, new CaseControllers(scope));
        controller = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1280, 800);
        scene.getStylesheets().add(FindingsUiTest.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm());
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

    /**
     * Waits for the condition, then for the FX thread to finish what it is doing: the condition is polled from the test
     * thread and can hold while a reload is still filling the rest of the tab.
     */
    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void addVoipLine() {
        fx.workspace.evidence().add(fx.caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                Instant.parse("2026-03-02T14:00:00Z"), "CV", Map.of("phone", "+1 555 0100", "lineType", "voip")),
                List.of());
    }

    private void openFindings(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitFor(() -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            return selected != null && "Findings".equals(selected.getText());
        });
        // Alt+5 puts the focus on the first control of the tab: the run button
        waitFor(() -> robot.lookup("#runButton").queryButton().isFocused());
    }

    private void runChecks(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.SPACE);
        waitFor(() -> text(robot, "#findingsMessage").startsWith("Checks run"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static double score(FxRobot robot) {
        return Double.parseDouble(text(robot, "#scoreLabel").replace("Score ", ""));
    }

    @SuppressWarnings("unchecked")
    private static TableView<FindingRow> findings(FxRobot robot) {
        return robot.lookup("#findingsTable").queryAs(TableView.class);
    }

    private static FindingRow row(FxRobot robot, String indicatorId) {
        return findings(robot).getItems().stream().filter(r -> r.indicatorId().equals(indicatorId)).findFirst()
                .orElse(null);
    }

    /** Buttons below the fold of the tab's scroll pane are pressed as a screen reader would: fired directly. */
    private static void press(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryButton();
        assertThat(b.isVisible() && !b.isDisabled()).as("%s can be pressed", query).isTrue();
        robot.interact(b::requestFocus);
        robot.interact(b::fire);
    }

    private void writeReasonAndSave(FxRobot robot, String reason) throws TimeoutException {
        waitFor(() -> robot.lookup("#reviewReasonArea").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#reviewReasonArea").queryAs(Node.class));
        robot.write(reason, 0);
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        waitFor(() -> robot.lookup("#reviewDialogPane").tryQuery().isEmpty());
    }

    @Test
    void aFindingIsConfirmedThenDismissedAndTheRiskFollows(FxRobot robot) throws TimeoutException {
        addVoipLine();
        openFindings(robot);
        runChecks(robot);

        waitFor(() -> row(robot, "CUS-01") != null);
        FindingRow raised = row(robot, "CUS-01");
        assertThat(raised.title()).isEqualTo("Virtual phone line");
        assertThat(raised.state()).isEqualTo("Open");
        assertThat(raised.points()).isEqualTo(CUSTOM_WEIGHT);
        assertThat(raised.explanation()).startsWith("Custom indicator \"Virtual phone line\" matched");
        double open = score(robot);
        assertThat(open).isGreaterThanOrEqualTo(CUSTOM_WEIGHT);
        assertThat(text(robot, "#countsLabel")).matches("\\d+ open, 0 confirmed");

        // select it: the details show the evidence behind it and the review buttons
        robot.interact(() -> findings(robot).getSelectionModel().select(row(robot, "CUS-01")));
        waitFor(() -> text(robot, "#headingLabel").equals("CUS-01 · Virtual phone line"));
        assertThat(text(robot, "#reviewLabel")).isEqualTo("Not reviewed yet.");
        assertThat(robot.lookup("#evidenceList").queryListView().getItems()).hasSize(1);

        // a reason is required: Ctrl+Enter with none is refused inline, the dialog stays
        press(robot, "#confirmButton");
        waitFor(() -> robot.lookup("#reviewReasonArea").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#reviewReasonArea").queryAs(Node.class));
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        Label error = robot.lookup("#reviewReasonError").queryAs(Label.class);
        waitFor(() -> error.isVisible() && error.getText().equals("Give the reason for this review."));
        writeReasonAndSave(robot, "Carrier confirmed the number is a VoIP line.");

        waitFor(() -> row(robot, "CUS-01") != null && row(robot, "CUS-01").state().equals("Confirmed"));
        assertThat(fx.workspace.checks().findings(fx.caseFile.id())).filteredOn(f -> f.indicatorId().equals("CUS-01"))
                .singleElement().satisfies(f -> {
                    assertThat(f.state()).isEqualTo(FindingState.CONFIRMED);
                    assertThat(f.reviewReason()).isEqualTo("Carrier confirmed the number is a VoIP line.");
                });
        waitFor(() -> text(robot, "#countsLabel").endsWith(" 1 confirmed"));
        waitFor(() -> text(robot, "#reviewLabel").startsWith("Confirmed by tester on "));
        assertThat(score(robot)).isEqualTo(open); // an automatic finding counts fully whether open or confirmed
        // the pressed Confirm button is gone; the focus stays among the review buttons instead of jumping down the tab
        Button dismiss = robot.lookup("#dismissButton").queryButton();
        waitFor(() -> dismiss.getScene().getFocusOwner() == dismiss);

        // Esc cancels a dismissal without touching the finding
        press(robot, "#dismissButton");
        waitFor(() -> robot.lookup("#reviewReasonArea").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#reviewReasonArea").queryAs(Node.class));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#reviewDialogPane").tryQuery().isEmpty());
        assertThat(row(robot, "CUS-01").state()).isEqualTo("Confirmed");

        press(robot, "#dismissButton");
        writeReasonAndSave(robot, "Company-issued softphone, approved by IT.");
        waitFor(() -> row(robot, "CUS-01").state().equals("Dismissed"));
        waitFor(() -> score(robot) == open - CUSTOM_WEIGHT);
        assertThat(row(robot, "CUS-01").points()).isZero();
        assertThat(robot.lookup("#whyGrid .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Dismissed: adds nothing");

        // reopened, it counts again
        press(robot, "#reopenButton");
        waitFor(() -> row(robot, "CUS-01").state().equals("Open") && score(robot) == open);
    }

    @Test
    void anEmptyCaseIsInconclusiveAndSaysWhatIsMissing(FxRobot robot) throws TimeoutException {
        openFindings(robot);
        runChecks(robot);

        Label band = robot.lookup("#bandBadge").queryAs(Label.class);
        waitFor(() -> band.getText().equals("Inconclusive: too little evidence"));
        assertThat(band.getStyleClass()).contains("risk-badge", "risk-inconclusive");
        assertThat(robot.lookup("#inconclusiveLabel").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#inconclusiveLabel")).startsWith("This case cannot be called clean");
        assertThat(text(robot, "#coverageLabel")).matches("\\d+ of \\d+ checks evaluated \\(\\d+%\\)");
        assertThat(text(robot, "#fairnessLabel")).contains("never nationality", "the decision is the investigator's")
                .doesNotContain("''");
        // No evidence yet: the only finding possible comes from the claimed identity (the fixture's two spellings).
        assertThat(findings(robot).getItems()).extracting(Object::toString)
                .allMatch(r -> r.contains("indicatorId=IDN-01"));

        TableView<?> missing = robot.lookup("#missingTable").queryAs(TableView.class);
        assertThat(missing.getItems()).isNotEmpty();
        assertThat(missing.getItems()).extracting(Object::toString)
                .anyMatch(r -> r.contains("CUS-01 · Virtual phone line") && r.contains("Contact channel (any item)"))
                .anyMatch(r -> r.contains("INT-07") && r.contains("Answer the checklist question"));
        assertThat(robot.lookup("#collectBox .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("1. ") && t.contains(": "))
                .anyMatch(t -> t.matches("Lets \\d+ checks? run \\(total weight \\d+\\)"));
    }

    @Test
    void answeringAChecklistQuestionYesWithACommentRaisesAFinding(FxRobot robot) throws TimeoutException {
        openFindings(robot);
        runChecks(robot);
        waitFor(() -> robot.lookup("#answer-INT-07-YES").tryQuery().isPresent());

        RadioButton yes = robot.lookup("#answer-INT-07-YES").queryAs(RadioButton.class);
        robot.interact(yes::fire);
        press(robot, "#saveAnswer-INT-07");
        Label error = robot.lookup("#answerError-INT-07").queryAs(Label.class);
        waitFor(() -> error.isVisible() && error.getText().startsWith("Say what you saw"));
        assertThat(fx.workspace.checks().answers(fx.caseFile.id())).isEmpty();

        TextField comment = robot.lookup("#comment-INT-07").queryAs(TextField.class);
        robot.interact(comment::requestFocus);
        robot.write("Could not name any district or transport line of the claimed city.", 0).type(KeyCode.ENTER);

        waitFor(() -> row(robot, "INT-07") != null);
        assertThat(row(robot, "INT-07").explanation())
                .isEqualTo("The investigator answered yes: Could not name any district or transport line of the claimed city.");
        assertThat(error.isVisible()).isFalse();
        waitFor(() -> robot.lookup(".checklist-item .hint").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Saved answer: Yes, by tester on ")));
        assertThat(((VBox) robot.lookup("#questionsBox").query()).getChildren()).hasSize(3);
    }
}
