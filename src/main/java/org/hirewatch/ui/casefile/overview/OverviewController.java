package org.hirewatch.ui.casefile.overview;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.casefile.KeyboardSupport;
import org.hirewatch.ui.casefile.overview.OverviewViewModel.MessageKind;
import org.hirewatch.ui.common.I18n;

/** Binds the overview tab (claimed identity and the case's workflow fields) to its view model. */
public final class OverviewController {
    private final OverviewViewModel vm;
    private final I18n i18n;

    @FXML private BorderPane overviewRoot;
    @FXML private ScrollPane form;
    @FXML private Label namesLabel;
    @FXML private VBox namesBox;
    @FXML private Label namesEmpty;
    @FXML private Label namesError;
    @FXML private Button addNameButton;
    @FXML private TextField countryField;
    @FXML private Label countryError;
    @FXML private TextField cityField;
    @FXML private Label cityError;
    @FXML private TextField timeZoneField;
    @FXML private Label timeZoneError;
    @FXML private TextField nationalityField;
    @FXML private Label nationalityError;
    @FXML private TextField roleField;
    @FXML private Label roleError;
    @FXML private TextField channelField;
    @FXML private Label channelError;
    @FXML private TextField firmField;
    @FXML private Label firmError;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<CaseStatus> statusBox;
    @FXML private Label statusError;
    @FXML private ComboBox<Decision> decisionBox;
    @FXML private Label decisionHint;
    @FXML private TextArea rationaleArea;
    @FXML private Label rationaleError;
    @FXML private ComboBox<org.hirewatch.domain.Priority> priorityBox;
    @FXML private TextField assigneeField;
    @FXML private Label assigneeError;
    @FXML private TextField tagsField;
    @FXML private Label tagsError;
    @FXML private TextField retentionField;
    @FXML private Label retentionError;
    @FXML private CheckBox legalHoldBox;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label dirtyLabel;
    @FXML private Label overviewMessage;
    @FXML private Button overwriteButton;

    public OverviewController(OverviewViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        text(countryField, vm.countryProperty(), countryError, OverviewViewModel.COUNTRY);
        text(cityField, vm.cityProperty(), cityError, OverviewViewModel.CITY);
        text(timeZoneField, vm.timeZoneProperty(), timeZoneError, OverviewViewModel.TIME_ZONE);
        text(nationalityField, vm.nationalityProperty(), nationalityError, OverviewViewModel.NATIONALITY);
        text(roleField, vm.roleProperty(), roleError, OverviewViewModel.ROLE);
        text(channelField, vm.hiringChannelProperty(), channelError, OverviewViewModel.CHANNEL);
        text(firmField, vm.staffingFirmProperty(), firmError, OverviewViewModel.FIRM);
        text(titleField, vm.titleProperty(), titleError, OverviewViewModel.TITLE);
        text(assigneeField, vm.assigneeProperty(), assigneeError, OverviewViewModel.ASSIGNEE);
        text(tagsField, vm.tagsProperty(), tagsError, OverviewViewModel.TAGS);
        text(retentionField, vm.retentionDateProperty(), retentionError, OverviewViewModel.RETENTION);
        rationaleArea.textProperty().bindBidirectional(vm.rationaleProperty());
        FieldErrors.bind(rationaleArea, rationaleError, vm.errorProperty(OverviewViewModel.RATIONALE));
        KeyboardSupport.tabMovesFocus(rationaleArea);
        FieldErrors.bind(null, namesError, vm.errorProperty(OverviewViewModel.NAMES));

        statusBox.setItems(vm.statusChoices());
        statusBox.setConverter(converter(s -> i18n.text(s.messageKey())));
        statusBox.valueProperty().bindBidirectional(vm.statusProperty());
        FieldErrors.bind(statusBox, statusError, vm.errorProperty(OverviewViewModel.STATUS));
        decisionBox.getItems().setAll(Decision.values());
        decisionBox.setConverter(converter(d -> i18n.text(d.messageKey())));
        decisionBox.valueProperty().bindBidirectional(vm.decisionProperty());
        decisionHint.visibleProperty().bind(vm.decisionHintProperty());
        decisionHint.managedProperty().bind(decisionHint.visibleProperty());
        priorityBox.getItems().setAll(org.hirewatch.domain.Priority.values());
        priorityBox.setConverter(converter(p -> i18n.text(p.messageKey())));
        priorityBox.valueProperty().bindBidirectional(vm.priorityProperty());
        legalHoldBox.selectedProperty().bindBidirectional(vm.legalHoldProperty());

        vm.names().addListener((ListChangeListener<NameRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= !c.wasUpdated(); // typing in a row is an update: rebuilding would steal the caret
            }
            if (structural) {
                rebuildNames();
            }
        });
        rebuildNames();

        form.disableProperty().bind(vm.loadedProperty().not());
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()));
        revertButton.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()
                .and(vm.messageKindProperty().isNotEqualTo(MessageKind.CONFLICT))));
        dirtyLabel.visibleProperty().bind(vm.dirtyProperty().and(vm.messageProperty().isEmpty()));
        dirtyLabel.managedProperty().bind(dirtyLabel.visibleProperty());
        overviewMessage.textProperty().bind(vm.messageProperty());
        overviewMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        vm.messageKindProperty().addListener((obs, old, kind) -> styleMessage(kind));
        overwriteButton.visibleProperty().bind(vm.messageKindProperty().isEqualTo(MessageKind.CONFLICT));
        overwriteButton.managedProperty().bind(overwriteButton.visibleProperty());
        overwriteButton.disableProperty().bind(vm.busyProperty());
        overviewRoot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (KeyboardSupport.SAVE.match(e)) {
                e.consume();
                vm.save();
            }
        });
    }

    private void text(TextField field, javafx.beans.property.StringProperty value, Label error, String key) {
        field.textProperty().bindBidirectional(value);
        FieldErrors.bind(field, error, vm.errorProperty(key));
    }

    /** One row per spelling: name, source, remove. Rebuilt when rows come or go; the text lives in the rows. */
    private void rebuildNames() {
        namesBox.getChildren().clear();
        for (NameRow row : vm.names()) {
            TextField name = new TextField();
            name.textProperty().bindBidirectional(row.nameProperty());
            name.setPromptText(i18n.text("casefile.overview.names.namePrompt"));
            name.setAccessibleText(i18n.text("casefile.overview.names.nameAccessible"));
            TextField source = new TextField();
            source.textProperty().bindBidirectional(row.sourceProperty());
            source.setPromptText(i18n.text("casefile.overview.names.sourcePrompt"));
            source.setAccessibleText(i18n.text("casefile.overview.names.sourceAccessible"));
            source.setPrefWidth(200);
            Button remove = new Button("✕");
            remove.getStyleClass().add("icon-button");
            String removeText = i18n.text("casefile.overview.names.remove");
            remove.setAccessibleText(removeText);
            remove.setTooltip(new Tooltip(removeText));
            remove.setOnAction(e -> {
                int index = vm.names().indexOf(row);
                vm.removeName(row);
                focusNameRow(Math.min(index, vm.names().size() - 1));
            });
            HBox line = new HBox(6, name, source, remove);
            HBox.setHgrow(name, Priority.ALWAYS);
            namesBox.getChildren().add(line);
        }
        namesEmpty.setVisible(vm.names().isEmpty());
        namesEmpty.setManaged(vm.names().isEmpty());
        namesLabel.setLabelFor(vm.names().isEmpty() ? addNameButton : ((HBox) namesBox.getChildren().get(0)).getChildren().get(0));
    }

    private void focusNameRow(int index) {
        if (index < 0) {
            Platform.runLater(addNameButton::requestFocus);
        } else {
            HBox line = (HBox) namesBox.getChildren().get(index);
            Platform.runLater(line.getChildren().get(0)::requestFocus);
        }
    }

    private void styleMessage(MessageKind kind) {
        overviewMessage.getStyleClass().removeAll("ok-banner", "error-banner", "info-banner");
        switch (kind) {
            case OK -> overviewMessage.getStyleClass().add("ok-banner");
            case ERROR -> overviewMessage.getStyleClass().add("error-banner");
            case CONFLICT -> overviewMessage.getStyleClass().add("info-banner");
            default -> { }
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // the combo box is not editable: choices are picked, never typed
            }
        };
    }

    @FXML
    private void addName() {
        vm.addName();
        focusNameRow(vm.names().size() - 1);
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void revert() {
        vm.revert();
    }

    @FXML
    private void saveOverNewer() {
        vm.saveOverNewer();
    }
}
