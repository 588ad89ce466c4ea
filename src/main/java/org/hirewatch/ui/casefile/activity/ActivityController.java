package org.hirewatch.ui.casefile.activity;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.hirewatch.ui.casefile.activity.ActivityViewModel.FindingItem;
import org.hirewatch.ui.casefile.activity.ActivityViewModel.SignInRow;

/** Binds the activity tab's charts, finding list and sign-in table to the view model. */
public final class ActivityController {
    private final ActivityViewModel vm;

    @FXML private Button refreshButton;
    @FXML private Label summaryLabel;
    @FXML private Label activityErrorLabel;
    @FXML private VBox emptyBox;
    @FXML private SplitPane contentSplit;
    @FXML private BarChart<String, Number> hourChart;
    @FXML private CategoryAxis hourAxis;
    @FXML private StackedBarChart<String, Number> countryChart;
    @FXML private CategoryAxis periodAxis;
    @FXML private ListView<FindingItem> findingList;
    @FXML private TableView<SignInRow> rowTable;
    @FXML private TableColumn<SignInRow, String> signInTimeColumn;
    @FXML private TableColumn<SignInRow, String> accountColumn;
    @FXML private TableColumn<SignInRow, String> ipColumn;
    @FXML private TableColumn<SignInRow, String> placeColumn;
    @FXML private TableColumn<SignInRow, String> networkColumn;
    @FXML private TableColumn<SignInRow, String> vpnColumn;
    @FXML private TableColumn<SignInRow, String> deviceColumn;
    @FXML private TableColumn<SignInRow, String> outcomeColumn;

    public ActivityController(ActivityViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        refreshButton.disableProperty().bind(vm.loadingProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        activityErrorLabel.textProperty().bind(vm.errorProperty());
        activityErrorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        emptyBox.visibleProperty().bind(vm.hasSignInsProperty().not());
        contentSplit.visibleProperty().bind(vm.hasSignInsProperty());

        // The zone goes on the axes, where a long name has the chart's whole width; titles stay short.
        hourChart.setTitle(vm.text("activity.hours.title"));
        hourAxis.labelProperty().bind(vm.hoursTitleProperty());
        hourChart.setData(vm.hourSeries());
        countryChart.setTitle(vm.text("activity.countries.title"));
        periodAxis.labelProperty().bind(vm.countriesTitleProperty());
        periodAxis.setCategories(vm.periods());
        countryChart.setData(vm.countrySeries());
        // Bars are small targets: hovering one says what it counts.
        vm.hourSeries().addListener((ListChangeListener<Object>) c -> tooltips(hourChart));
        vm.countrySeries().addListener((ListChangeListener<Object>) c -> tooltips(countryChart));

        findingList.setItems(vm.findings());
        findingList.setPlaceholder(wrapped(vm.text("activity.findings.none")));
        findingList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FindingItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        findingList.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                vm.selectedFindingProperty().set(f);
            }
        });
        vm.selectedFindingProperty().addListener((obs, old, f) -> findingList.getSelectionModel().select(f));

        rowTable.setItems(vm.rows());
        rowTable.setPlaceholder(wrapped(vm.text("activity.rows.none")));
        signInTimeColumn.textProperty().bind(vm.timeColumnTitleProperty());
        column(signInTimeColumn, SignInRow::time);
        column(accountColumn, SignInRow::account);
        column(ipColumn, SignInRow::ip);
        column(placeColumn, SignInRow::place);
        column(networkColumn, SignInRow::network);
        column(vpnColumn, SignInRow::vpn);
        column(deviceColumn, SignInRow::device);
        column(outcomeColumn, SignInRow::outcome);
        vm.load();
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    private static void column(TableColumn<SignInRow, String> col, Function<SignInRow, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static void tooltips(javafx.scene.chart.XYChart<String, Number> chart) {
        javafx.application.Platform.runLater(() -> {
            for (var series : chart.getData()) {
                for (var d : series.getData()) {
                    if (d.getNode() != null && d.getYValue().intValue() > 0) {
                        Tooltip.install(d.getNode(), new Tooltip(series.getName() + " · " + d.getXValue() + ": "
                                + d.getYValue()));
                    }
                }
            }
        });
    }

    @FXML
    private void refresh() {
        vm.load();
    }
}
