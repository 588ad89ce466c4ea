package org.hirewatch.ui.casefile.signins;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hirewatch.domain.Evidence;
import org.hirewatch.ui.casefile.CaseFxml;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The import screen in its own window: its buttons change with the step, which a fixed dialog button bar cannot
 * do. Esc leaves without importing (not while work is running).
 */
public final class ImportLogDialog {
    private ImportLogDialog() {
    }

    public static void show(Window owner, CaseSession session, Consumer<Evidence> onImported) {
        ImportLogViewModel vm = new ImportLogViewModel(session);
        Parent root = CaseFxml.IMPORT_LOG.load(session.i18n(), new ImportLogController(vm));
        root.getStyleClass().add("root");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(session.text("signins.import.title"));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !vm.busyProperty().get()) {
                e.consume();
                vm.importNothing();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
        vm.finishedProperty().addListener((obs, old, done) -> {
            if (done) {
                stage.close();
                if (vm.importedProperty().get() != null) {
                    onImported.accept(vm.importedProperty().get());
                }
            }
        });
        stage.show();
        vm.chooseFile();
    }
}
