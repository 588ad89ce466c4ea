package org.hirewatch.ui.casefile.findings;

import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.DialogStyling;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.EvidenceLine;
import org.hirewatch.ui.common.I18n;

/** An evidence item behind a finding, read-only: where it came from and its filled fields. Esc or Enter closes it. */
final class EvidenceItemDialog {
    private EvidenceItemDialog() {
    }

    static void show(Window owner, I18n i18n, EvidenceLine line) {
        Evidence e = line.evidence();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("findings.evidenceDialog.title"));
        dialog.setResizable(true);
        DialogStyling.apply(dialog, owner);
        dialog.getDialogPane().setId("evidenceItemPane");
        dialog.getDialogPane().setHeaderText(line.text());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("details-grid");
        grid.setPadding(new javafx.geometry.Insets(10, 14, 10, 14));
        grid.getColumnConstraints().addAll(new ColumnConstraints(160), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        row = add(grid, row, i18n.text("findings.evidenceDialog.kind"), CaseFormats.kind(i18n, e.kind()));
        row = add(grid, row, i18n.text("findings.evidenceDialog.observed"), CaseFormats.dateTime(e.observedAt()));
        row = add(grid, row, i18n.text("findings.evidenceDialog.source"), e.source());
        row = add(grid, row, i18n.text("findings.evidenceDialog.recorded"),
                i18n.text("findings.evidenceDialog.recordedBy", e.recordedBy(), CaseFormats.dateTime(e.recordedAt())));
        for (EvidenceField f : e.kind().fields()) {
            String v = CaseFormats.fieldValue(i18n, e, f);
            if (!v.isBlank()) {
                row = add(grid, row, i18n.text(f.labelKey()), v);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, Math.min(420, 28 + row * 22));
        scroll.getStyleClass().add("tab-scroll");
        dialog.getDialogPane().setContent(scroll);
        ButtonType close = new ButtonType(i18n.text("findings.evidenceDialog.close"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        ((Button) dialog.getDialogPane().lookupButton(close)).setDefaultButton(true);
        dialog.show();
    }

    private static int add(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("detail-label");
        name.setWrapText(true);
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setValignment(name, VPos.TOP);
        grid.addRow(row, name, text);
        return row + 1;
    }
}
