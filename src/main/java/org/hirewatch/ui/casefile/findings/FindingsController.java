package org.hirewatch.ui.casefile.findings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.CollectRow;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.ContributionRow;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.FindingRow;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.MissingRow;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.RiskStyle;

/**
 * Binds the findings tab: the risk and coverage header, the run button, the findings table, why the score is what it
 * is, and what could not be evaluated. The selected finding and the checklist have their own controllers.
 */
public final class FindingsController {
    private final FindingsViewModel vm;
    private final I18n i18n;

    @FXML private Label scoreLabel;
    @FXML private Label bandBadge;
    @FXML private Label countsLabel;
    @FXML private Label inconclusiveLabel;
    @FXML private Label coverageLabel;
    @FXML private ProgressBar coverageBar;
    @FXML private Label coverageDetailLabel;
    @FXML private Label catalogueLabel;
    @FXML private Label findingsMessage;
    @FXML private TableView<FindingRow> findingsTable;
    @FXML private TableColumn<FindingRow, String> idColumn;
    @FXML private TableColumn<FindingRow, String> findingTitleColumn;
    @FXML private TableColumn<FindingRow, String> severityColumn;
    @FXML private TableColumn<FindingRow, String> modeColumn;
    @FXML private TableColumn<FindingRow, String> explanationColumn;
    @FXML private TableColumn<FindingRow, String> stateColumn;
    @FXML private TableColumn<FindingRow, Number> pointsColumn;
    @FXML private GridPane whyGrid;
    @FXML private Label whyEmptyLabel;
    @FXML private Label scoreSumLabel;
    @FXML private TableView<MissingRow> missingTable;
    @FXML private TableColumn<MissingRow, String> missingIndicatorColumn;
    @FXML private TableColumn<MissingRow, String> missingLacksColumn;
    @FXML private VBox collectBox;
    @FXML private Label collectEmptyLabel;

    public FindingsController(FindingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindTable();
        bindScoreReasons();
        bindCoverageGaps();
        vm.load();
    }

    private void bindHeader() {
        scoreLabel.textProperty().bind(vm.scoreTextProperty());
        bandBadge.textProperty().bind(vm.bandTextProperty());
        bandBadge.accessibleTextProperty().bind(vm.bandTextProperty());
        RiskStyle.apply(bandBadge, vm.bandProperty().get());
        vm.bandProperty().addListener((obs, old, band) -> RiskStyle.apply(bandBadge, band));
        countsLabel.textProperty().bind(vm.countsTextProperty());
        show(inconclusiveLabel, vm.bandProperty().isEqualTo(RiskBand.INCONCLUSIVE).get());
        vm.bandProperty().addListener((obs, old, band) -> show(inconclusiveLabel, band == RiskBand.INCONCLUSIVE));
        coverageLabel.textProperty().bind(vm.coverageTextProperty());
        coverageBar.progressProperty().bind(vm.coverageProperty());
        coverageBar.accessibleTextProperty().bind(vm.coverageTextProperty());
        coverageDetailLabel.textProperty().bind(vm.coverageDetailTextProperty());
        catalogueLabel.textProperty().bind(vm.catalogueTextProperty());
        // Not disabled while running, so that the focus stays on it; the status bar shows the work, and a second
        // press is ignored.
        findingsMessage.textProperty().bind(vm.messageProperty());
        findingsMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        vm.messageIsErrorProperty().addListener((obs, old, isError) -> styleMessage(isError));
        styleMessage(false);
    }

    private void bindTable() {
        text(idColumn, FindingRow::indicatorId);
        text(findingTitleColumn, FindingRow::title);
        text(severityColumn, FindingRow::severity);
        text(modeColumn, FindingRow::mode);
        text(explanationColumn, FindingRow::explanation);
        text(stateColumn, FindingRow::state);
        pointsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().points()));
        pointsColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number points, boolean empty) {
                super.updateItem(points, empty);
                setText(empty || points == null ? null : i18n.text("findings.points", points));
            }
        });
        findingsTable.setItems(vm.findings());
        findingsTable.setPlaceholder(placeholder("findings.list.empty"));
        findingsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || !vm.findings().isEmpty()) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((obs, old, row) -> {
            if (row != findingsTable.getSelectionModel().getSelectedItem()) {
                findingsTable.getSelectionModel().select(row);
            }
        });
    }

    private Label placeholder(String key) {
        Label l = new Label(i18n.text(key));
        l.setWrapText(true);
        l.getStyleClass().add("empty-state");
        l.setMaxWidth(640);
        return l;
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // The whole text is one hover away when a column cuts it short.
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
    }

    private void bindScoreReasons() {
        vm.contributions().addListener((ListChangeListener<ContributionRow>) c -> showScoreReasons());
        scoreSumLabel.textProperty().bind(vm.scoreSumTextProperty());
        showScoreReasons();
    }

    private void showScoreReasons() {
        whyGrid.getChildren().clear();
        int row = 0;
        if (!vm.contributions().isEmpty()) {
            whyGrid.addRow(row++, head("findings.why.col.indicator"), head("findings.why.col.state"),
                    head("findings.why.col.calculation"), head("findings.why.col.points"));
        }
        for (ContributionRow c : vm.contributions()) {
            Label points = new Label(c.points());
            points.getStyleClass().add("why-points");
            whyGrid.addRow(row++, wrapped(c.indicator()), wrapped(c.state()), wrapped(c.calculation()), points);
        }
        show(whyGrid, !vm.contributions().isEmpty());
        show(whyEmptyLabel, vm.contributions().isEmpty());
        show(scoreSumLabel, !vm.contributions().isEmpty());
    }

    private Label head(String key) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("detail-label");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    private void bindCoverageGaps() {
        text(missingIndicatorColumn, MissingRow::indicator);
        text(missingLacksColumn, MissingRow::lacks);
        missingTable.setItems(vm.notEvaluated());
        missingTable.setPlaceholder(placeholder("findings.missing.empty"));
        collectEmptyLabel.textProperty().bind(vm.collectEmptyTextProperty());
        vm.collectNext().addListener((ListChangeListener<CollectRow>) c -> showCollectNext());
        showCollectNext();
    }

    private void showCollectNext() {
        collectBox.getChildren().clear();
        int rank = 1;
        for (CollectRow r : vm.collectNext()) {
            Label need = new Label(i18n.text("findings.collect.item", rank++, r.need()));
            need.setWrapText(true);
            need.getStyleClass().add("collect-need");
            Label helps = new Label(r.helps());
            helps.setWrapText(true);
            helps.getStyleClass().add("hint");
            collectBox.getChildren().add(new VBox(1, need, helps));
        }
        show(collectEmptyLabel, vm.collectNext().isEmpty());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void styleMessage(boolean isError) {
        findingsMessage.getStyleClass().removeAll("ok-banner", "error-banner");
        findingsMessage.getStyleClass().add(isError ? "error-banner" : "ok-banner");
    }

    @FXML
    private void run() {
        vm.runChecks();
    }
}
