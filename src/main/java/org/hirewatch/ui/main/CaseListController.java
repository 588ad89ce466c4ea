package org.hirewatch.ui.main;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.RiskFilter;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.RiskStyle;

/** Binds the case list table and its filter bar. Enter or double-click opens a case. */
public final class CaseListController {
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    private final MainViewModel main;
    private final CaseListViewModel vm;
    private final I18n i18n;
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(250));

    @FXML private TextField searchField;
    @FXML private ComboBox<FilterOption<CaseStatus>> statusFilter;
    @FXML private ComboBox<FilterOption<String>> tagFilter;
    @FXML private ComboBox<FilterOption<String>> assigneeFilter;
    @FXML private ComboBox<FilterOption<RiskFilter>> riskFilter;
    @FXML private Button clearButton;
    @FXML private TableView<CaseSummary> table;
    @FXML private TableColumn<CaseSummary, String> referenceColumn;
    @FXML private TableColumn<CaseSummary, String> subjectColumn;
    @FXML private TableColumn<CaseSummary, String> titleColumn;
    @FXML private TableColumn<CaseSummary, CaseStatus> statusColumn;
    @FXML private TableColumn<CaseSummary, Priority> priorityColumn;
    @FXML private TableColumn<CaseSummary, String> assigneeColumn;
    @FXML private TableColumn<CaseSummary, String> tagsColumn;
    @FXML private TableColumn<CaseSummary, Number> evidenceColumn;
    @FXML private TableColumn<CaseSummary, RiskBand> riskColumn;
    @FXML private TableColumn<CaseSummary, Integer> openColumn;
    @FXML private TableColumn<CaseSummary, Integer> coverageColumn;
    @FXML private TableColumn<CaseSummary, java.time.Instant> updatedColumn;
    @FXML private Label errorLabel;
    @FXML private Label emptyLabel;

    public CaseListController(MainViewModel main, I18n i18n) {
        this.main = main;
        this.vm = main.caseList();
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        statusFilter.setItems(vm.statusOptions());
        statusFilter.valueProperty().bindBidirectional(vm.statusProperty());
        tagFilter.setItems(vm.tagOptions());
        tagFilter.valueProperty().bindBidirectional(vm.tagProperty());
        assigneeFilter.setItems(vm.assigneeOptions());
        assigneeFilter.valueProperty().bindBidirectional(vm.assigneeProperty());
        riskFilter.setItems(vm.riskOptions());
        riskFilter.valueProperty().bindBidirectional(vm.riskProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());

        searchDelay.setOnFinished(e -> vm.reload());
        vm.searchTextProperty().addListener((o, a, b) -> searchDelay.playFromStart());
        vm.statusProperty().addListener((o, a, b) -> vm.reload());
        vm.riskProperty().addListener((o, a, b) -> vm.reload());
        vm.tagProperty().addListener((o, a, b) -> {
            if (a != null && b != null && !java.util.Objects.equals(a.value(), b.value())) {
                vm.reload();
            }
        });
        vm.assigneeProperty().addListener((o, a, b) -> {
            if (a != null && b != null && !java.util.Objects.equals(a.value(), b.value())) {
                vm.reload();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.searchTextProperty().set("");
            }
        });

        table.setItems(vm.cases());
        // Several cases can be chosen at once, to export them together in one bundle.
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setPlaceholder(emptyLabel);
        referenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        subjectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().subjectName()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(col -> textCell(s -> i18n.text(s.messageKey())));
        priorityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().priority()));
        priorityColumn.setCellFactory(col -> textCell(p -> i18n.text(p.messageKey())));
        assigneeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().assignee()));
        tagsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().tags())));
        evidenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evidenceCount()));
        updatedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().updatedAt()));
        updatedColumn.setCellFactory(col -> textCell(UPDATED::format));
        bindRiskColumns();
        table.setRowFactory(tv -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    main.openCase(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            CaseSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                main.openCase(selected.id());
                e.consume();
            }
        });
        vm.reload();
    }

    /**
     * Risk, open findings and coverage. A case never checked shows "not checked yet" and sorts below every band; bands
     * sort by severity, not by their names.
     */
    private void bindRiskColumns() {
        riskColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().band()));
        riskColumn.setComparator(CaseListViewModel.RISK_ORDER);
        riskColumn.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("risk-badge");
                badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(RiskBand band, boolean empty) {
                super.updateItem(band, empty);
                setText(null);
                if (empty) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                badge.setText(CaseListViewModel.bandText(i18n, band));
                RiskStyle.apply(badge, band);
                setGraphic(badge);
                setTooltip(band == RiskBand.INCONCLUSIVE
                        ? new javafx.scene.control.Tooltip(i18n.text("cases.risk.inconclusive.tooltip")) : null);
            }
        });
        // Null for cases never checked, so that they sort apart from a checked case with nothing open.
        openColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().checked()
                ? c.getValue().openFindings() : null));
        openColumn.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        openColumn.setCellFactory(col -> textCell(n -> Integer.toString(n)));
        coverageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().checked()
                ? c.getValue().coveragePercent() : null));
        coverageColumn.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        coverageColumn.setCellFactory(col -> textCell(p -> i18n.text("cases.coverage.value", p)));
    }

    private static <T> javafx.scene.control.TableCell<CaseSummary, T> textCell(java.util.function.Function<T, String> format) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void newCase() {
        main.newCase();
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }

    /** The cases selected in the list, in list order. */
    java.util.List<java.util.UUID> selectedCaseIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(CaseSummary::id).toList();
    }
}
