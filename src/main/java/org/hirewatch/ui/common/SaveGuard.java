package org.hirewatch.ui.common;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;

/**
 * The save-and-leave rules every form dialog shares: Save keeps the dialog open until the view model reports what it
 * stored (a refused save leaves every value as typed), and Cancel, Esc or the window's close button ask before
 * throwing away changes.
 */
public final class SaveGuard {
    private SaveGuard() {
    }

    /**
     * @param trySave   starts the save; false when the form was refused at once
     * @param onRefused what to do after a refused save (e.g. focus the first invalid field)
     * @param saved     becomes non-null when the view model has stored the item
     * @param mayLeave  true when there is nothing to lose, or the user agreed to discard it
     * @param onSaved   told about the stored item after the dialog closed
     */
    public static <T> void install(Dialog<T> dialog, Button save, Button cancel, BooleanSupplier trySave,
                                   Runnable onRefused, ObservableValue<T> saved, BooleanSupplier mayLeave,
                                   Consumer<T> onSaved) {
        boolean[] leaving = {false};
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the item is stored
            if (!trySave.getAsBoolean()) {
                onRefused.run();
            }
        });
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (!mayLeave.getAsBoolean()) {
                e.consume();
            } else {
                leaving[0] = true;
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (!leaving[0] && saved.getValue() == null && !mayLeave.getAsBoolean()) {
                e.consume();
            }
        });
        saved.addListener((obs, old, item) -> {
            if (item != null) {
                leaving[0] = true;
                dialog.setResult(item);
                dialog.close();
                onSaved.accept(item);
            }
        });
    }
}
