package org.hirewatch.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
    public boolean confirmReport(String titleKey, String report) {
        Alert a = report(Alert.AlertType.CONFIRMATION, titleKey, report, true);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showReport(String titleKey, String report, boolean problem) {
        report(problem ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, titleKey, report, false).showAndWait();
    }

    /**
     * The summary as the header, the lines in a scrolling, selectable text area (a long list must not grow the
     * dialog past the screen, and a user may copy the line numbers), and a confirmation's question under it.
     */
    private Alert report(Alert.AlertType type, String titleKey, String report, boolean withQuestion) {
        List<String> lines = new java.util.ArrayList<>(List.of(report.split("\n", -1)));
        String summary = lines.remove(0);
        String question = "";
        int lastBlank = lines.lastIndexOf("");
        if (withQuestion && lastBlank >= 0) {
            question = String.join("\n", lines.subList(lastBlank + 1, lines.size()));
            lines = new java.util.ArrayList<>(lines.subList(0, lastBlank));
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        Alert a = alert(type, titleKey, "");
        a.setResizable(true);
        Label head = new Label(summary);
        head.setWrapText(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, head);
        if (!lines.isEmpty()) {
            TextArea body = new TextArea(String.join("\n", lines));
            body.setId("reportText");
            body.setEditable(false);
            body.setWrapText(true);
            body.setPrefColumnCount(72);
            body.setPrefRowCount(Math.max(3, Math.min(14, lines.size() + 1)));
            body.setAccessibleText(summary);
            javafx.scene.layout.VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
            box.getChildren().add(body);
        }
        if (!question.isBlank()) {
            Label q = new Label(question);
            q.setWrapText(true);
            box.getChildren().add(q);
        }
        box.setPrefWidth(680);
        a.getDialogPane().setContent(box);
        return a;
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
