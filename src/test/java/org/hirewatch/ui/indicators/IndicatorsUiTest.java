package org.hirewatch.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.common.BackgroundTaskRunner;
import org.hirewatch.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The indicators screen mounted alone on a real encrypted workspace with the real background task runner, driven by
 * the keyboard where a person would use it.
 */
@ExtendWith(ApplicationExtension.class)
class IndicatorsUiTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    BackgroundTaskRunner tasks;
    final AtomicInteger reruns = new AtomicInteger();

    @Start
    void start(Stage stage) {
        fx = new CaseFixture(dir);
        tasks = new BackgroundTaskRunner(fx.i18n);
        CheckService checks = CheckService.attach(fx.workspace);
        IndicatorsScreen screen = new IndicatorsScreen(checks, tasks, fx.i18n, fx.dialogs, Platform::runLater,
                reruns::incrementAndGet);
        Scene scene = new Scene(Theme.apply(screen.load()), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        fx.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private IndicatorSetting stored(String id) {
        return fx.workspace.indicatorSettings().settings().get(id);
    }

    private List<CustomIndicator> customs() {
        return fx.workspace.indicatorSettings().customs();
    }

    @SuppressWarnings("unchecked")
    private static TableView<IndicatorRow> table(FxRobot robot) {
        return robot.lookup("#indicatorTable").queryAs(TableView.class);
    }

    private static IndicatorRow selected(FxRobot robot) {
        return table(robot).getSelectionModel().getSelectedItem();
    }

    private void findAndSelect(FxRobot robot, String id) throws TimeoutException {
        robot.clickOn("#indicatorSearchField").press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT)
                .write(id, 0).type(KeyCode.ENTER);
        waitFor(() -> selected(robot) != null && selected(robot).id().equals(id) && table(robot).isFocused());
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void disableAnIndicatorEditAParameterAndAddACustomIndicator(FxRobot robot) throws TimeoutException {
        waitFor(() -> table(robot).getItems().size() == 60);
        assertThat(robot.lookup("#catalogueLabel").queryAs(Label.class).getText()).isEqualTo("Catalogue 2026.11.2, published 2026-11-23");

        // Space in the table flips the switch at once
        findAndSelect(robot, "IDN-01");
        robot.type(KeyCode.SPACE);
        waitFor(() -> stored("IDN-01") != null && !stored("IDN-01").enabled());
        waitFor(() -> reruns.get() == 1);
        waitFor(() -> showing(robot, "#undoButton"));
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitFor(() -> "IDN-01 turned off.".equals(status.getText()));

        // Enter leads into the details: switch, weight, then the parameter
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#enabledCheck").query().isFocused());
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        TextField param = robot.lookup("#param-maxNameDistance").queryAs(TextField.class);
        waitFor(param::isFocused);
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write("-3", 0);
        Label error = robot.lookup("#param-maxNameDistance-error").queryAs(Label.class);
        waitFor(() -> error.isVisible() && error.getText().equals("The smallest value allowed is 0."));
        robot.type(KeyCode.ENTER); // refused: nothing stored
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("IDN-01").parameters()).isEmpty();
        assertThat(param.getStyleClass()).contains("invalid");

        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write("4", 0).type(KeyCode.ENTER);
        waitFor(() -> "4".equals(stored("IDN-01").parameters().get("maxNameDistance")));
        assertThat(stored("IDN-01").enabled()).isFalse();
        waitFor(() -> reruns.get() == 2);
        waitFor(() -> robot.lookup("#param-maxNameDistance").query() != param
                && robot.lookup("#param-maxNameDistance").query().isFocused()); // the caret stays where it was

        // Alt+A opens the custom-indicator form
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        waitFor(() -> showing(robot, "#customIndicatorPane"));
        Node pane = robot.lookup("#customIndicatorPane").query();
        robot.targetWindow(pane);
        assertThat(pane.getScene().getWindow().getHeight()).as("the form is shown whole").isGreaterThan(400);
        waitFor(() -> robot.lookup("#customTitle").query().isFocused());
        robot.write("Internet phone line", 0).type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.DOWN); // category
        assertThat(robot.lookup("#customCategory").queryAs(ComboBox.class).getValue()).isEqualTo("COM");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.DOWN); // kind
        assertThat(robot.lookup("#customKind").queryAs(ComboBox.class).getValue()).isEqualTo(EvidenceKind.CONTACT_CHANNEL);
        robot.type(KeyCode.TAB).type(KeyCode.TAB); // past "enabled" to the condition's field
        waitFor(() -> robot.lookup("#condition-0-field").query().isFocused());
        robot.type(KeyCode.DOWN, 3); // email, phone, line type
        robot.type(KeyCode.TAB).type(KeyCode.TAB); // operator stays "is"; on to the value, picked from the choices
        waitFor(() -> robot.lookup("#condition-0-choice").query().isFocused());
        robot.type(KeyCode.DOWN, 3); // mobile, landline, VoIP
        robot.clickOn("#saveCustomButton");

        waitFor(() -> customs().size() == 1);
        waitFor(() -> robot.lookup("#customIndicatorPane").tryQuery().isEmpty());
        CustomIndicator saved = customs().get(0);
        assertThat(saved.title()).isEqualTo("Internet phone line");
        assertThat(saved.category()).isEqualTo("COM");
        assertThat(saved.kind()).isEqualTo(EvidenceKind.CONTACT_CHANNEL);
        assertThat(saved.conditions()).containsExactly(
                new CustomIndicator.Condition("lineType", CustomIndicator.Operator.EQUALS, "voip"));
        waitFor(() -> table(robot).getItems().stream().anyMatch(r -> r.id().equals("CUS-01")
                && r.title().equals("Internet phone line")));
        waitFor(() -> selected(robot) != null && selected(robot).id().equals("CUS-01"));
        Label title = robot.lookup("#titleLabel").queryAs(Label.class);
        waitFor(() -> "Internet phone line".equals(title.getText()));
        waitFor(() -> reruns.get() == 3);
    }

    @Test
    void undoInTheStatusLinePutsTheSwitchBack(FxRobot robot) throws TimeoutException {
        waitFor(() -> table(robot).getItems().size() == 60);
        findAndSelect(robot, "COM-02");
        robot.type(KeyCode.SPACE);
        waitFor(() -> stored("COM-02") != null && !stored("COM-02").enabled());
        waitFor(() -> showing(robot, "#undoButton"));
        robot.clickOn("#undoButton");
        waitFor(() -> stored("COM-02").enabled());
        waitFor(() -> !showing(robot, "#undoButton"));
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitFor(() -> "Undone: COM-02 is back as it was.".equals(status.getText()));
        waitFor(() -> table(robot).getItems().stream().filter(r -> r.id().equals("COM-02")).allMatch(r -> r.enabledProperty().get()));

        // clearing the filter keeps the indicator the user was looking at
        robot.clickOn("#clearFiltersButton");
        waitFor(() -> table(robot).getItems().size() == 60);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot).id()).isEqualTo("COM-02");
        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("Activity pattern fits another time zone");
    }

    @Test
    void escClosesAnUntouchedFormAndAnIncompleteOneStaysOpenWithItsProblems(FxRobot robot) throws TimeoutException {
        waitFor(() -> table(robot).getItems().size() == 60);
        robot.clickOn("#addCustomButton");
        waitFor(() -> showing(robot, "#customIndicatorPane"));
        robot.targetWindow(robot.lookup("#customIndicatorPane").queryAs(Node.class));
        waitFor(() -> robot.lookup("#customTitle").query().isFocused());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#customIndicatorPane").tryQuery().isEmpty());
        assertThat(fx.dialogs.confirmations).isEmpty();

        robot.clickOn("#addCustomButton");
        waitFor(() -> showing(robot, "#customIndicatorPane"));
        robot.targetWindow(robot.lookup("#customIndicatorPane").queryAs(Node.class));
        waitFor(() -> robot.lookup("#customTitle").query().isFocused());
        robot.write("Half-made", 0).type(KeyCode.ENTER); // Enter tries to save: refused
        waitFor(() -> showing(robot, "#customKind") && robot.lookup("#customKind").query().getStyleClass().contains("invalid"));
        assertThat(robot.lookup("#customIndicatorPane").tryQuery()).isPresent();
        assertThat(customs()).isEmpty();
        waitFor(() -> robot.lookup("#customCategory").query().isFocused());
        fx.dialogs.confirmAnswer = true;
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#customIndicatorPane").tryQuery().isEmpty());
        assertThat(fx.dialogs.confirmations).containsExactly("Discard what you entered in this form?");
    }
}
