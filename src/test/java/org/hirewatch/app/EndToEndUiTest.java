package org.hirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app as a new user meets it: create a workspace, open a case, record evidence of two kinds (one bad value
 * refused inline), write a note, lock, unlock again and find everything where it was.
 */
@ExtendWith(ApplicationExtension.class)
class EndToEndUiTest {
    private static final String PASSPHRASE = "correct horse battery";
    @TempDir
    Path dir;
    AppContext context;
    AppWindow window;

    @Start
    void start(Stage stage) {
        AppConfig config = new AppConfig(dir.resolve("workspace"), dir.resolve("settings.properties"), 1000, "tester");
        context = new AppContext(config, () -> stage);
        window = new AppWindow(context, stage);
        window.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(window::closeNow);
        WaitForAsyncUtils.waitForFxEvents();
        context.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.SHORTCUT, key).release(key, KeyCode.SHORTCUT);
    }

    private void openEvidenceForm(FxRobot robot, EvidenceKind kind) throws TimeoutException {
        shortcut(robot, KeyCode.N);
        waitFor(() -> present(robot, "#add-" + kind.name()));
        robot.clickOn("#add-" + kind.name());
        waitFor(() -> robot.lookup("#evidenceFormPane").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#evidenceFormPane").queryAs(Node.class));
        waitFor(() -> robot.lookup("#sourceField").queryAs(TextField.class).isFocused());
    }

    private void openTab(FxRobot robot, KeyCode digit, String textStart) throws TimeoutException {
        robot.press(KeyCode.ALT, digit).release(digit, KeyCode.ALT);
        waitFor(() -> robot.lookup("#tabs").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .anyMatch(t -> t.getSelectionModel().getSelectedItem() != null
                        && t.getSelectionModel().getSelectedItem().getText().startsWith(textStart)));
    }

    @Test
    void aCaseWithEvidenceAndANoteSurvivesLockingAndUnlocking(FxRobot robot) throws Exception {
        // first start: create the workspace
        waitFor(() -> robot.lookup(".password-field").queryAll().size() == 2);
        robot.clickOn("#passphraseField").write(PASSPHRASE, 0);
        robot.clickOn("#confirmField").write(PASSPHRASE, 0).type(KeyCode.ENTER);
        waitFor(() -> present(robot, "#searchField"));

        // new case through the dialog
        Node search = robot.lookup("#searchField").query();
        robot.targetWindow(search);
        WaitForAsyncUtils.asyncFx(search::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.N);
        waitFor(() -> present(robot, "#subjectNameField"));
        robot.targetWindow(robot.lookup("#subjectNameField").queryAs(Node.class));
        robot.clickOn("#subjectNameField").write("Jon O'Doe; <b>test</b>", 0);
        robot.clickOn("#roleField").write("Backend engineer", 0);
        robot.clickOn("#tagsField").write("batch-7", 0);
        // last, because its completion pop-up covers the fields below it
        robot.clickOn("#claimedTimeZoneField").write("America/Chicago", 0).type(KeyCode.TAB);
        robot.clickOn("Create case");
        // the case opens in its own tab
        waitFor(() -> present(robot, "#caseTitleLabel"));
        robot.targetWindow(robot.lookup("#caseTitleLabel").queryAs(Node.class));

        // evidence of two kinds; the bad email is refused inline first
        openTab(robot, KeyCode.DIGIT2, "Evidence");
        openEvidenceForm(robot, EvidenceKind.CONTACT_CHANNEL);
        robot.write("CV", 0).type(KeyCode.TAB).write("jon.doe@@example", 0);
        Label emailError = robot.lookup("#field-email-error").queryAs(Label.class);
        waitFor(() -> emailError.isVisible() && emailError.getText().startsWith("Not an email address"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evidenceFormPane").tryQuery()).isPresent();
        shortcut(robot, KeyCode.A);
        robot.write("jon.doe@example.com", 0);
        waitFor(() -> !emailError.isVisible());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#evidenceFormPane").tryQuery().isEmpty());

        openEvidenceForm(robot, EvidenceKind.SIGN_IN_RECORD);
        robot.write("Okta export", 0).type(KeyCode.TAB).write("jdoe", 0).type(KeyCode.TAB).write("203.0.113.77", 0)
                .type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#evidenceFormPane").tryQuery().isEmpty());
        waitFor(() -> cellsContain(robot, "203.0.113.77") && cellsContain(robot, "jon.doe@example.com"));

        // a note
        openTab(robot, KeyCode.DIGIT3, "Notes");
        robot.clickOn("#draftArea").write("Camera off during the whole interview.", 0);
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        waitFor(() -> robot.lookup("#timeline").queryAs(ListView.class).getItems().size() == 1);

        // lock, unlock, and everything is still there
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitFor(() -> present(robot, "#heading")
                && "Unlock workspace".equals(robot.lookup("#heading").queryAs(Label.class).getText()));
        waitFor(this::canReopen);
        robot.clickOn("#passphraseField").write(PASSPHRASE, 0).type(KeyCode.ENTER);
        waitFor(() -> present(robot, "#searchField"));
        TableView<?> cases = robot.lookup("#table").queryAs(TableView.class);
        waitFor(() -> cases.getItems().size() == 1);
        robot.clickOn("#searchField").write("example.com", 0);
        waitFor(() -> cases.getItems().size() == 1);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        waitFor(() -> present(robot, "#caseTitleLabel"));
        assertThat(robot.lookup("#caseTitleLabel").queryAs(Label.class).getText()).contains("Jon O'Doe; <b>test</b>");
        openTab(robot, KeyCode.DIGIT2, "Evidence");
        waitFor(() -> cellsContain(robot, "203.0.113.77") && cellsContain(robot, "jon.doe@example.com"));
        openTab(robot, KeyCode.DIGIT3, "Notes");
        waitFor(() -> robot.lookup("#timeline").queryAs(ListView.class).getItems().size() == 1);
    }

    /** Locking closes the database in the background; unlocking must wait until the file is free. */
    private boolean canReopen() {
        try (Workspace ws = Workspace.open(dir.resolve("workspace"), PASSPHRASE.toCharArray(), "probe")) {
            return ws.cases().count() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean cellsContain(FxRobot robot, String text) {
        return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains(text));
    }
}
