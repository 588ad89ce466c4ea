package org.hirewatch.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX dialogs owned by the main window; Esc cancels, Enter confirms. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;
    private final I18n i18n;

    public FxDialogs(Supplier<Window> owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public boolean confirm(String titleKey, String message) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, titleKey, message);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, "dialog.error.title", message).showAndWait();
    }

    @Override
    public void showInfo(String titleKey, String message) {
        alert(Alert.AlertType.INFORMATION, titleKey, message).showAndWait();
    }

    @Override
    public List<Path> chooseFilesToOpen(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveTarget(String titleKey, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text(titleKey));
        File existing = initial == null ? null : initial.toAbsolutePath().toFile();
        while (existing != null && !existing.isDirectory()) {
            existing = existing.getParentFile();
        }
        if (existing != null) {
            chooser.setInitialDirectory(existing);
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String titleKey, String message) {
        Alert a = new Alert(type, message);
        a.initOwner(owner.get());
        a.setTitle(i18n.text(titleKey));
        a.setHeaderText(null);
        a.getDialogPane().setMinWidth(420);
        Theme.apply(a.getDialogPane());
        return a;
    }
}
