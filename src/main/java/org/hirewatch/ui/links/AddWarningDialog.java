package org.hirewatch.ui.links;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.ui.common.I18n;

/** The "add to a warning list" dialog over a {@link WarningDraft}; Add stays disabled while the value is wrong. */
public final class AddWarningDialog implements LinkSettingsViewModel.WarningAsker {
    private final I18n i18n;
    private final Supplier<Node> owner;

    public AddWarningDialog(I18n i18n, Supplier<Node> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public Optional<WarningDraft> ask(WarningDraft draft) {
        Dialog<WarningDraft> d = new Dialog<>();
        d.setTitle(i18n.text("linkSettings.add.title"));
        d.setHeaderText(i18n.text("linkSettings.add.header"));
        Node o = owner.get();
        if (o != null && o.getScene() != null) {
            d.initOwner(o.getScene().getWindow());
        }
        ComboBox<WarningEntry.WarningList> list = new ComboBox<>();
        list.setId("warningListChoice");
        list.getItems().setAll(WarningEntry.WarningList.values());
        list.setConverter(converter(l -> i18n.text(l.labelKey())));
        list.valueProperty().bindBidirectional(draft.listProperty());
        list.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("warningKindChoice");
        kind.getItems().setAll(WarningDraft.KINDS);
        kind.setConverter(converter(k -> WarningDraft.kindLabel(i18n, k)));
        kind.valueProperty().bindBidirectional(draft.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        TextField value = new TextField();
        value.setId("warningValueField");
        value.textProperty().bindBidirectional(draft.valueProperty());
        Label valueHint = new Label();
        valueHint.getStyleClass().add("hint");
        valueHint.setWrapText(true);
        valueHint.textProperty().bind(draft.valueHintProperty());
        Label valueError = new Label();
        valueError.setId("warningValueError");
        valueError.getStyleClass().add("field-error");
        valueError.setWrapText(true);
        valueError.textProperty().bind(draft.valueErrorProperty());
        valueError.visibleProperty().bind(draft.valueErrorProperty().isNotEmpty());
        valueError.managedProperty().bind(valueError.visibleProperty());
        draft.valueErrorProperty().addListener((obs, was, now) -> {
            if (now.isEmpty()) {
                value.getStyleClass().remove("invalid");
            } else if (!value.getStyleClass().contains("invalid")) {
                value.getStyleClass().add("invalid");
            }
        });
        TextField note = new TextField();
        note.setId("warningNoteField");
        note.setPromptText(i18n.text("linkSettings.add.notePrompt"));
        note.textProperty().bindBidirectional(draft.noteProperty());
        Label asn = new Label(i18n.text("linkSettings.add.asnHint"));
        asn.getStyleClass().add("hint");
        asn.setWrapText(true);
        VBox box = new VBox(6, label("linkSettings.add.list", list), list, label("linkSettings.add.kind", kind), kind,
                label("linkSettings.add.value", value), value, valueError, valueHint,
                label("linkSettings.add.note", note), note, asn);
        box.setPrefWidth(480);
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.text("linkSettings.add.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(draft.validBinding().not());
        d.setResultConverter(b -> b == ok ? draft : null);
        Platform.runLater(value::requestFocus);
        return d.showAndWait();
    }

    private Label label(String key, Node field) {
        Label l = new Label(i18n.text(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
