package org.hirewatch.ui.casefile;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/**
 * Shows a field's problem in the red label under it, marks the field {@code invalid}, and gives the problem to
 * screen readers as the field's help text.
 */
public final class FieldErrors {
    public static final String INVALID = "invalid";

    private FieldErrors() {
    }

    public static void bind(Control field, Label errorLabel, ObservableStringValue error) {
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(Bindings.isNotEmpty(error));
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        errorLabel.setWrapText(true);
        if (!errorLabel.getStyleClass().contains("field-error")) {
            errorLabel.getStyleClass().add("field-error");
        }
        if (field != null) {
            field.accessibleHelpProperty().bind(error);
            mark(field, error.get());
            error.addListener((obs, old, now) -> mark(field, now));
        }
    }

    private static void mark(Control field, String error) {
        boolean invalid = error != null && !error.isEmpty();
        if (invalid && !field.getStyleClass().contains(INVALID)) {
            field.getStyleClass().add(INVALID);
        } else if (!invalid) {
            field.getStyleClass().removeAll(INVALID);
        }
    }
}
