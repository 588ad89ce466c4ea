package org.hirewatch.ui.casefile.links;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hirewatch.domain.LinkType;
import org.hirewatch.ui.common.I18n;

/** Asks which kind of link a person confirms and why; both are required, so Confirm stays disabled until given. */
public final class ConfirmLinkDialog implements LinksViewModel.ConfirmAsker {
    private final I18n i18n;
    private final java.util.function.Supplier<Node> owner;

    public ConfirmLinkDialog(I18n i18n, java.util.function.Supplier<Node> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public Optional<LinksViewModel.Confirmation> ask(LinkRow row) {
        Dialog<LinksViewModel.Confirmation> d = new Dialog<>();
        d.setTitle(i18n.text("links.confirm.title"));
        d.setHeaderText(i18n.text("links.confirm.header", row.otherReference(), row.shared().value()));
        Node o = owner.get();
        if (o != null && o.getScene() != null) {
            d.initOwner(o.getScene().getWindow());
        } else {
            javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst().ifPresent(d::initOwner);
        }
        ComboBox<LinkType> type = new ComboBox<>();
        type.getItems().setAll(LinkType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(LinkType t) {
                return t == null ? "" : i18n.text(t.labelKey());
            }

            @Override
            public LinkType fromString(String s) {
                return null;
            }
        });
        type.setMaxWidth(Double.MAX_VALUE);
        TextArea reason = new TextArea();
        reason.setPrefRowCount(4);
        reason.setWrapText(true);
        reason.setPromptText(i18n.text("links.confirm.reasonPrompt"));
        Label typeLabel = new Label(i18n.text("links.confirm.type"));
        typeLabel.setLabelFor(type);
        Label reasonLabel = new Label(i18n.text("links.confirm.reason"));
        reasonLabel.setLabelFor(reason);
        VBox box = new VBox(6, typeLabel, type, reasonLabel, reason);
        box.setPrefWidth(460);
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.text("links.confirm.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(type.valueProperty().isNull()
                .or(reason.textProperty().isEmpty()).or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> reason.getText().isBlank(), reason.textProperty())));
        d.setResultConverter(b -> b == ok ? new LinksViewModel.Confirmation(type.getValue(), reason.getText().strip()) : null);
        javafx.application.Platform.runLater(type::requestFocus);
        return d.showAndWait();
    }
}
