package org.hirewatch.ui.casefile;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Top of one open case. */
public final class CaseWorkspaceController {
    private final CaseWorkspaceViewModel vm;
    @FXML private Label referenceLabel;

    public CaseWorkspaceController(CaseWorkspaceViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        referenceLabel.textProperty().bind(vm.referenceProperty());
        vm.load();
    }

    public ReadOnlyStringProperty titleProperty() {
        return vm.titleProperty();
    }

    /** Called when the case's tab closes. */
    public void dispose() {
        // nothing held yet beyond bindings to this view's own nodes
    }
}
