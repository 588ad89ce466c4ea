package org.hirewatch.ui.casefile.report;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hirewatch.exchange.report.ReportFormat;
import org.hirewatch.ui.casefile.DialogStyling;
import org.hirewatch.ui.common.I18n;

/** Asks HTML or PDF, full or redacted; Save closes it and hands over to the view model, which asks for the file. */
public final class ReportDialog {
    private ReportDialog() {
    }

    public static void show(Window owner, I18n i18n, CaseReportViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("report.dialog.title"));
        DialogStyling.apply(dialog, owner);
        dialog.getDialogPane().setId("reportDialogPane");
        ToggleGroup formats = new ToggleGroup();
        RadioButton pdf = new RadioButton(i18n.text("report.dialog.pdf"));
        pdf.setId("reportPdf");
        pdf.setToggleGroup(formats);
        pdf.setSelected(true);
        RadioButton html = new RadioButton(i18n.text("report.dialog.html"));
        html.setId("reportHtml");
        html.setToggleGroup(formats);
        Label formatLabel = new Label(i18n.text("report.dialog.format"));
        CheckBox redacted = new CheckBox(i18n.text("report.dialog.redacted"));
        redacted.setId("reportRedacted");
        Label redactedHint = new Label(i18n.text("report.dialog.redactedHint"));
        redactedHint.setWrapText(true);
        redactedHint.getStyleClass().add("hint");
        Label personal = new Label(i18n.text("report.dialog.personalData"));
        personal.setWrapText(true);
        personal.getStyleClass().add("hint");
        dialog.getDialogPane().setContent(new VBox(8, formatLabel, pdf, html, redacted, redactedHint, personal));
        dialog.getDialogPane().setPrefWidth(520);
        ButtonType save = new ButtonType(i18n.text("report.dialog.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("report.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("reportSaveButton");
        saveButton.getStyleClass().add("primary");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            ReportFormat format = html.isSelected() ? ReportFormat.HTML : ReportFormat.PDF;
            boolean mask = redacted.isSelected();
            // Closed first: the file chooser and the result message should not sit on top of this dialog.
            Platform.runLater(() -> vm.make(format, mask));
        });
        dialog.setOnShown(e -> Platform.runLater(pdf::requestFocus));
        dialog.show();
    }
}
