package org.hirewatch.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.workspace.WorkspaceViewModel.Mode;

/** Binds the first-start / unlock screen to its view model. */
public final class WorkspaceController {
    private final WorkspaceViewModel vm;
    private final I18n i18n;

    @FXML private Label heading;
    @FXML private Label intro;
    @FXML private TextField folderField;
    @FXML private Button browseButton;
    @FXML private PasswordField passphraseField;
    @FXML private VBox createOnly;
    @FXML private PasswordField confirmField;
    @FXML private Label mismatchLabel;
    @FXML private ProgressBar strengthBar;
    @FXML private Label strengthLabel;
    @FXML private Label errorLabel;
    @FXML private Button submitButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Hyperlink switchLink;
    @FXML private Button demoButton;
    @FXML private javafx.scene.layout.HBox demoRow;
    @FXML private javafx.scene.control.Separator demoSeparator;
    @FXML private Button restoreButton;
    @FXML private javafx.scene.layout.HBox restoreRow;
    @FXML private javafx.scene.control.Separator restoreSeparator;

    public WorkspaceController(WorkspaceViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        folderField.textProperty().bindBidirectional(vm.folderProperty());
        passphraseField.textProperty().bindBidirectional(vm.passphraseProperty());
        confirmField.textProperty().bindBidirectional(vm.confirmationProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        createOnly.visibleProperty().bind(vm.modeProperty().isEqualTo(Mode.CREATE));
        createOnly.managedProperty().bind(createOnly.visibleProperty());
        strengthBar.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.strengthProperty().getValue().level(),
                vm.strengthProperty()));
        strengthLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(vm.strengthProperty().getValue().messageKey(), PassphraseStrength.MIN_LENGTH),
                vm.strengthProperty()));
        mismatchLabel.textProperty().bind(Bindings.createStringBinding(vm::mismatchHint,
                vm.passphraseProperty(), vm.confirmationProperty(), vm.modeProperty()));
        mismatchLabel.managedProperty().bind(mismatchLabel.textProperty().isNotEmpty());
        heading.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                vm.modeProperty().get() == Mode.CREATE ? "workspace.create.heading" : "workspace.unlock.heading"), vm.modeProperty()));
        intro.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                vm.modeProperty().get() == Mode.CREATE ? "workspace.create.intro" : "workspace.unlock.intro"), vm.modeProperty()));
        submitButton.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                vm.modeProperty().get() == Mode.CREATE ? "workspace.create.button" : "workspace.unlock.button"), vm.modeProperty()));
        switchLink.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                vm.modeProperty().get() == Mode.CREATE ? "workspace.switch.toUnlock" : "workspace.switch.toCreate"), vm.modeProperty()));
        submitButton.disableProperty().bind(vm.canSubmitProperty().not());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        folderField.disableProperty().bind(vm.busyProperty());
        browseButton.disableProperty().bind(vm.busyProperty());
        passphraseField.disableProperty().bind(vm.busyProperty());
        confirmField.disableProperty().bind(vm.busyProperty());
        for (javafx.scene.Node n : java.util.List.of(demoRow, demoSeparator)) {
            n.setVisible(vm.demoAvailable());
            n.setManaged(vm.demoAvailable());
        }
        demoButton.disableProperty().bind(vm.busyProperty());
        for (javafx.scene.Node n : java.util.List.of(restoreRow, restoreSeparator)) {
            n.setVisible(vm.restoreAvailable());
            n.setManaged(vm.restoreAvailable());
        }
        restoreButton.disableProperty().bind(vm.busyProperty());
        Platform.runLater(passphraseField::requestFocus);
    }

    @FXML
    private void submit() {
        vm.submit();
    }

    @FXML
    private void tryDemo() {
        vm.tryDemo();
    }

    @FXML
    private void restoreBackup() {
        vm.newRestore().ifPresent(r -> new RestoreDialog(i18n).build(restoreButton.getScene().getWindow(), r).showAndWait());
    }

    @FXML
    private void switchMode() {
        vm.switchMode(vm.modeProperty().get() == Mode.CREATE ? Mode.UNLOCK : Mode.CREATE);
        passphraseField.requestFocus();
    }

    @FXML
    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("workspace.browse.title"));
        try {
            File current = Path.of(vm.folderProperty().get()).toFile();
            File existing = current;
            while (existing != null && !existing.isDirectory()) {
                existing = existing.getParentFile();
            }
            if (existing != null) {
                chooser.setInitialDirectory(existing);
            }
        } catch (RuntimeException ignored) {
            // an unparsable path simply opens the chooser at its default place
        }
        File chosen = chooser.showDialog(folderField.getScene().getWindow());
        if (chosen != null) {
            vm.folderProperty().set(chosen.getAbsolutePath());
        }
    }
}
