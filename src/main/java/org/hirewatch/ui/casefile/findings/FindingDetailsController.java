package org.hirewatch.ui.casefile.findings;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hirewatch.domain.FindingState;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.Detail;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.EvidenceLine;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.FindingRow;
import org.hirewatch.ui.common.I18n;

/**
 * The selected finding: explanation, the evidence behind it (Enter or double-click shows an item), guidance and
 * sources, its review, and the buttons to confirm, dismiss or reopen it.
 */
public final class FindingDetailsController {
    private final FindingsViewModel vm;
    private final I18n i18n;

    @FXML private javafx.scene.layout.StackPane detailsCard;
    @FXML private Label detailEmptyLabel;
    @FXML private VBox detailBox;
    @FXML private Label headingLabel;
    @FXML private Label stateBadge;
    @FXML private Label explanationLabel;
    @FXML private ListView<EvidenceLine> evidenceList;
    @FXML private Label noEvidenceLabel;
    @FXML private Label evidenceHint;
    @FXML private Label reviewLabel;
    @FXML private Button confirmButton;
    @FXML private Button dismissButton;
    @FXML private Button reopenButton;
    @FXML private Label verifyLabel;
    @FXML private Label innocentTitle;
    @FXML private Label innocentLabel;
    @FXML private Label noGuidanceLabel;
    @FXML private VBox sourcesBox;
    @FXML private Label noSourcesLabel;

    public FindingDetailsController(FindingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        // Without findings there is nothing to select: the table's own placeholder says so.
        detailsCard.visibleProperty().bind(Bindings.isNotEmpty(vm.findings()));
        detailsCard.managedProperty().bind(detailsCard.visibleProperty());
        detailEmptyLabel.visibleProperty().bind(vm.detailProperty().isNull());
        detailBox.visibleProperty().bind(vm.detailProperty().isNotNull());
        detailBox.managedProperty().bind(detailBox.visibleProperty());
        evidenceList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                getStyleClass().remove("other-case");
                if (!empty && line != null && !line.ownCase()) {
                    getStyleClass().add("other-case");
                }
            }
        });
        // As tall as its rows (at most five), so one item does not leave a block of empty rows.
        evidenceList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 4 + evidenceList.getFixedCellSize() * Math.max(1, Math.min(5, evidenceList.getItems().size())),
                evidenceList.itemsProperty()));
        evidenceList.setMinHeight(Region.USE_PREF_SIZE);
        evidenceList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                showSelectedEvidence();
            }
        });
        evidenceList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                showSelectedEvidence();
            }
        });
        // The review buttons stay enabled while a save runs (the view model ignores a second press): disabling the
        // focused button would throw the focus, and the scroll position with it, to the next control down the tab.
        vm.detailProperty().addListener((obs, old, d) -> show(d));
        show(vm.detailProperty().get());
    }

    private void show(Detail d) {
        if (d == null) {
            return;
        }
        headingLabel.setText(d.heading());
        stateBadge.setText(d.row().state());
        stateBadge.getStyleClass().removeIf(c -> c.startsWith("finding-"));
        stateBadge.getStyleClass().add("finding-" + d.row().finding().state().name().toLowerCase(java.util.Locale.ROOT));
        explanationLabel.setText(d.row().explanation());
        evidenceList.setItems(FXCollections.observableArrayList(d.evidence()));
        show(evidenceList, !d.evidence().isEmpty());
        show(evidenceHint, !d.evidence().isEmpty());
        show(noEvidenceLabel, d.evidence().isEmpty());
        reviewLabel.setText(d.review());
        showReviewButtons(d);
        verifyLabel.setText(d.verify());
        innocentLabel.setText(d.innocent());
        boolean guidance = !d.verify().isEmpty();
        show(verifyLabel, guidance);
        show(innocentTitle, guidance);
        show(innocentLabel, guidance);
        show(noGuidanceLabel, !guidance);
        sourcesBox.getChildren().clear();
        d.sources().forEach(s -> {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add("source-line");
            sourcesBox.getChildren().add(l);
        });
        show(noSourcesLabel, d.sources().isEmpty());
    }

    /**
     * Shows the review buttons that apply. The button just pressed may be the one to hide: the focus moves to one that
     * stays first, or the scene would hand it to the next control down the tab and scroll there.
     */
    private void showReviewButtons(Detail d) {
        Map<Button, Boolean> visible = new LinkedHashMap<>();
        visible.put(dismissButton, d.canDismiss());
        visible.put(reopenButton, d.canReopen());
        visible.put(confirmButton, d.canConfirm());
        javafx.scene.Node owner = detailBox.getScene() == null ? null : detailBox.getScene().getFocusOwner();
        if (owner instanceof Button pressed && visible.containsKey(pressed) && !visible.get(pressed)) {
            visible.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst().ifPresent(b -> {
                show(b, true);
                b.requestFocus();
            });
        }
        visible.forEach(FindingDetailsController::show);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void showSelectedEvidence() {
        EvidenceLine line = evidenceList.getSelectionModel().getSelectedItem();
        if (line != null && line.evidence() != null) {
            EvidenceItemDialog.show(evidenceList.getScene().getWindow(), i18n, line);
        }
    }

    @FXML
    private void confirm() {
        review(FindingState.CONFIRMED);
    }

    @FXML
    private void dismiss() {
        review(FindingState.DISMISSED);
    }

    private void review(FindingState state) {
        Detail d = vm.detailProperty().get();
        if (d == null) {
            return;
        }
        FindingRow row = d.row();
        ReviewDialog.show(detailBox.getScene().getWindow(), i18n, state, d.heading(), row.explanation(),
                (reason, onSaved, onFailed) -> vm.review(row, state, reason, onSaved, onFailed));
    }

    @FXML
    private void reopen() {
        Detail d = vm.detailProperty().get();
        if (d != null) {
            vm.reopen(d.row());
        }
    }
}
