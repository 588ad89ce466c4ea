package org.hirewatch.ui.newcase;

import java.time.ZoneId;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.hirewatch.domain.Priority;
import org.hirewatch.ui.common.I18n;

/** Binds the new-case form. */
public final class NewCaseController {
    private final NewCaseViewModel vm;
    private final I18n i18n;

    @FXML private TextField subjectNameField;
    @FXML private TextField nameSourceField;
    @FXML private TextField titleField;
    @FXML private TextField roleField;
    @FXML private TextField claimedCountryField;
    @FXML private TextField claimedCityField;
    @FXML private TextField claimedTimeZoneField;
    @FXML private TextField claimedNationalityField;
    @FXML private TextField hiringChannelField;
    @FXML private TextField staffingFirmField;
    @FXML private ComboBox<Priority> priorityBox;
    @FXML private TextField assigneeField;
    @FXML private TextField tagsField;
    @FXML private Label subjectNameError;
    @FXML private Label titleError;
    @FXML private Label timeZoneError;
    @FXML private Label tagsError;
    @FXML private Label errorLabel;

    public NewCaseController(NewCaseViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        subjectNameField.textProperty().bindBidirectional(vm.subjectNameProperty());
        nameSourceField.textProperty().bindBidirectional(vm.nameSourceProperty());
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        roleField.textProperty().bindBidirectional(vm.roleProperty());
        claimedCountryField.textProperty().bindBidirectional(vm.claimedCountryProperty());
        claimedCityField.textProperty().bindBidirectional(vm.claimedCityProperty());
        claimedTimeZoneField.textProperty().bindBidirectional(vm.claimedTimeZoneProperty());
        claimedNationalityField.textProperty().bindBidirectional(vm.claimedNationalityProperty());
        hiringChannelField.textProperty().bindBidirectional(vm.hiringChannelProperty());
        staffingFirmField.textProperty().bindBidirectional(vm.staffingFirmProperty());
        assigneeField.textProperty().bindBidirectional(vm.assigneeProperty());
        tagsField.textProperty().bindBidirectional(vm.tagsProperty());
        priorityBox.setItems(FXCollections.observableArrayList(Priority.values()));
        priorityBox.valueProperty().bindBidirectional(vm.priorityProperty());
        StringConverter<Priority> names = new StringConverter<>() {
            @Override
            public String toString(Priority p) {
                return p == null ? "" : i18n.text(p.messageKey());
            }

            @Override
            public Priority fromString(String s) {
                return null;
            }
        };
        priorityBox.setConverter(names);
        priorityBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Priority p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : names.toString(p));
            }
        });
        // The pop-up must not swallow the click that closes it (for example on "Create case").
        TextFields.bindAutoCompletion(claimedTimeZoneField, ZoneId.getAvailableZoneIds().stream().sorted().toList())
                .getAutoCompletionPopup().setConsumeAutoHidingEvents(false);

        bindError("subject.name", subjectNameError, subjectNameField);
        bindError("title", titleError, titleField);
        bindError("subject.claimedTimeZone", timeZoneError, claimedTimeZoneField);
        bindError("tags", tagsError, tagsField);
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        Platform.runLater(subjectNameField::requestFocus);
    }

    private void bindError(String field, Label label, Control control) {
        Map<String, String> errors = vm.fieldErrors();
        label.textProperty().bind(Bindings.valueAt(vm.fieldErrors(), field));
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> errors.containsKey(field), vm.fieldErrors()));
        label.managedProperty().bind(label.visibleProperty());
        vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.getKey().equals(field)) {
                if (c.wasAdded()) {
                    control.getStyleClass().add("invalid");
                } else {
                    control.getStyleClass().removeAll("invalid");
                }
            }
        });
    }
}
