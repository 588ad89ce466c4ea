package org.hirewatch.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
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
 * The case workspace mounted alone, on a real encrypted workspace with the real background task runner, driven
 * through the keyboard where that is how a person would do it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseWorkspaceUiTest {
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
        scene.getStylesheets().add(CaseWorkspaceUiTest.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm());
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
    }

    private List<Evidence> stored() {
        return fx.workspace.evidence().listForCase(fx.caseFile.id());
    }

    private void openTab(FxRobot robot, KeyCode digit, String textStart) throws TimeoutException {
        robot.press(KeyCode.ALT, digit).release(digit, KeyCode.ALT);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitFor(() -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            return selected != null && selected.getText().startsWith(textStart);
        });
    }

    /**
     * Shortcut+N opens the kind menu. The kind is then clicked: the headless platform does not route keys into
     * popup menus.
     */
    private void openEvidenceForm(FxRobot robot, EvidenceKind kind) throws TimeoutException {
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitFor(() -> robot.lookup("#add-" + kind.name()).tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#add-" + kind.name());
        waitFor(() -> robot.lookup("#evidenceFormPane").tryQuery().isPresent());
        // typed characters go to TestFX's target window, which is otherwise still the closed menu's owner
        robot.targetWindow(robot.lookup("#evidenceFormPane").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node n) {
        return n != null && n.isVisible() && n.getScene() != null && n.getScene().getWindow().isShowing();
    }

    @Test
    void headerShowsTheCase(FxRobot robot) throws TimeoutException {
        waitFor(() -> controller.titleProperty().get().endsWith("· Jon Doe"));
        assertThat(robot.lookup("#caseTitleLabel").queryAs(Label.class).getText()).isEqualTo("Backend contractor, batch 7");
        assertThat(robot.lookup("#statusBadge").queryAs(Label.class).getText()).isEqualTo("New");
    }

    @Test
    void contactChannelWithABadEmailIsRefusedInlineThenSavedOnceFixed(FxRobot robot) throws TimeoutException {
        openTab(robot, KeyCode.DIGIT2, "Evidence");
        openEvidenceForm(robot, EvidenceKind.CONTACT_CHANNEL);

        // the caret starts in Source (the time defaults to now); Tab goes on to the kind's first field
        waitFor(() -> robot.lookup("#sourceField").queryAs(TextField.class).isFocused());
        robot.write("LinkedIn message", 0).type(KeyCode.TAB).write("jon.doe@@example.com", 0);
        Label error = robot.lookup("#field-email-error").queryAs(Label.class);
        waitFor(() -> shown(error) && error.getText().startsWith("Not an email address"));
        assertThat(robot.lookup("#field-email").queryAs(TextField.class).getStyleClass()).contains("invalid");

        robot.type(KeyCode.ENTER); // Enter in a one-line field tries to save: refused, nothing lost
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evidenceFormPane").tryQuery()).isPresent();
        assertThat(robot.lookup("#field-email").queryAs(TextField.class).getText()).isEqualTo("jon.doe@@example.com");
        assertThat(robot.lookup("#sourceField").queryAs(TextField.class).getText()).isEqualTo("LinkedIn message");
        assertThat(stored()).isEmpty();

        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write("jon.doe@example.com", 0);
        waitFor(() -> !error.isVisible());
        assertThat(robot.lookup("#field-email").queryAs(TextField.class).getStyleClass()).doesNotContain("invalid");
        robot.type(KeyCode.ENTER);

        waitFor(() -> stored().size() == 1);
        assertThat(stored().get(0).value("email")).isEqualTo("jon.doe@example.com");
        assertThat(stored().get(0).source()).isEqualTo("LinkedIn message");
        waitFor(() -> robot.lookup("#evidenceFormPane").tryQuery().isEmpty());
        TreeTableView<?> tree = robot.lookup("#tree").queryAs(TreeTableView.class);
        waitFor(() -> robot.lookup(".tree-table-cell").queryAllAs(javafx.scene.control.TreeTableCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains("jon.doe@example.com")));
        assertThat(tree.getRoot().getChildren()).hasSize(1);
        assertThat(fx.changes.get()).isPositive();
    }

    @Test
    void identityDocumentIsSavedWithItsFileAndTheNumberHashed(FxRobot robot) throws Exception {
        Path scan = Files.writeString(dir.resolve("passport-scan.png"), "invented scan");
        fx.dialogs.filesToOpen.add(List.of(scan));
        openTab(robot, KeyCode.DIGIT2, "Evidence");
        openEvidenceForm(robot, EvidenceKind.IDENTITY_DOCUMENT);

        waitFor(() -> robot.lookup("#sourceField").queryAs(TextField.class).isFocused());
        robot.write("Onboarding portal upload", 0).type(KeyCode.TAB);
        robot.type(KeyCode.DOWN); // document type: the first choice, Passport
        waitFor(() -> "passport".equals(robot.lookup("#field-documentType").queryAs(javafx.scene.control.ComboBox.class).getValue()));
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("X1234567", 0);
        robot.type(KeyCode.TAB).write("DOE JON", 0);
        robot.press(KeyCode.ALT, KeyCode.I).release(KeyCode.I, KeyCode.ALT); // "Add f_iles…"
        waitFor(() -> robot.lookup("#filesList").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn("#saveEvidenceButton");

        waitFor(() -> stored().size() == 1);
        Evidence e = stored().get(0);
        assertThat(e.kind()).isEqualTo(EvidenceKind.IDENTITY_DOCUMENT);
        assertThat(e.value("documentType")).isEqualTo("passport");
        assertThat(e.value("documentNumber")).startsWith("sha256:");
        assertThat(e.value("documentNumberLast4")).isEqualTo("4567");
        assertThat(e.attachments()).extracting(a -> a.fileName()).containsExactly("passport-scan.png");
        // the new item is selected and its custody and file are shown
        waitFor(() -> robot.lookup("#shaField").tryQuery().map(Node::isVisible).orElse(false)
                && e.attachments().get(0).sha256().equals(robot.lookup("#shaField")
                .queryAs(javafx.scene.control.TextArea.class).getText()));
    }

    @Test
    void escapeClosesTheEvidenceFormAndAsksFirstWhenSomethingWasTyped(FxRobot robot) throws TimeoutException {
        openTab(robot, KeyCode.DIGIT2, "Evidence");
        openEvidenceForm(robot, EvidenceKind.SIGN_IN_RECORD);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#evidenceFormPane").tryQuery().isEmpty());
        assertThat(fx.dialogs.confirmations).isEmpty();

        openEvidenceForm(robot, EvidenceKind.SIGN_IN_RECORD);
        waitFor(() -> robot.lookup("#sourceField").queryAs(TextField.class).isFocused());
        robot.write("Identity provider export", 0);
        fx.dialogs.confirmAnswer = false;
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.dialogs.confirmations).hasSize(1);
        assertThat(robot.lookup("#sourceField").queryAs(TextField.class).getText()).isEqualTo("Identity provider export");

        fx.dialogs.confirmAnswer = true;
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#evidenceFormPane").tryQuery().isEmpty());
        assertThat(stored()).isEmpty();
    }

    @Test
    void overviewSavesWithShortcutS(FxRobot robot) throws TimeoutException {
        waitFor(() -> controller.titleProperty().get().endsWith("· Jon Doe"));
        openTab(robot, KeyCode.DIGIT1, "Overview");
        // Alt+1 puts the caret in the first name spelling
        TextField firstName = robot.lookup("#namesBox .text-field").queryAs(TextField.class);
        waitFor(firstName::isFocused);
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write("Jonathan Q. Doe", 0);
        waitFor(() -> !robot.lookup("#saveButton").queryButton().isDisabled());
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);

        waitFor(() -> fx.workspace.cases().get(fx.caseFile.id()).subject().primaryName().equals("Jonathan Q. Doe"));
        waitFor(() -> controller.titleProperty().get().endsWith("· Jonathan Q. Doe"));
        waitFor(() -> "Saved.".equals(robot.lookup("#overviewMessage").queryAs(Label.class).getText()));
    }

    @Test
    void aNoteIsAddedWithShortcutEnter(FxRobot robot) throws TimeoutException {
        openTab(robot, KeyCode.DIGIT3, "Notes");
        robot.clickOn("#draftArea").write("Camera stayed off for the whole interview.", 0);
        // Tab leaves the text area instead of typing a tab character, Shift+Tab comes back
        robot.type(KeyCode.TAB);
        waitFor(() -> robot.lookup("#noteSaveButton").queryButton().isFocused());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitFor(() -> robot.lookup("#draftArea").queryAs(javafx.scene.control.TextArea.class).isFocused());
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);

        waitFor(() -> fx.workspace.notes().listForCase(fx.caseFile.id()).size() == 1);
        ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        waitFor(() -> timeline.getItems().size() == 1);
        assertThat(fx.workspace.notes().listForCase(fx.caseFile.id()).get(0).body())
                .isEqualTo("Camera stayed off for the whole interview.");
        waitFor(() -> robot.lookup("#draftArea").queryAs(javafx.scene.control.TextArea.class).getText().isEmpty());
    }

    @Test
    void theAuditTabVerifiesTheChainAsIntact(FxRobot robot) throws TimeoutException {
        openTab(robot, KeyCode.DIGIT4, "Audit");
        waitFor(() -> robot.lookup("#table").queryAs(javafx.scene.control.TableView.class).getItems().size() == 1);
        robot.clickOn("#verifyButton");

        Label result = robot.lookup("#resultLabel").queryAs(Label.class);
        waitFor(() -> "Chain intact: 2 entries checked.".equals(result.getText()));
        assertThat(result.getStyleClass()).contains("ok-banner");
    }
}
