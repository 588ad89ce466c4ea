package org.hirewatch.ui.casefile;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Gives the case workspace's own dialogs the app's theme. */
public final class DialogStyling {
    private DialogStyling() {
    }

    /**
     * Copies the owner's stylesheets onto the dialog pane and marks the pane as a theme root: the named colours
     * are declared on {@code .root}, which is otherwise the dialog's hidden scene root, outside the pane's
     * stylesheets' reach, so field errors would lose their colour.
     */
    public static void apply(Dialog<?> dialog, Window owner) {
        DialogPane pane = dialog.getDialogPane();
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (!pane.getStyleClass().contains("root")) {
            pane.getStyleClass().add("root");
        }
    }
}
