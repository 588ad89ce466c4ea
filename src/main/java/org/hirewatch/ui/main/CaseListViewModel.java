package org.hirewatch.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.RiskFilter;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * The case list: filters and the rows they select. Each reload runs in the background; a reload that was
 * overtaken by a newer one is dropped, so fast typing never shows stale rows.
 */
public final class CaseListViewModel {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ErrorText errors;

    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<FilterOption<CaseStatus>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterOption<String>> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterOption<String>> assignee = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterOption<RiskFilter>> risk = new SimpleObjectProperty<>();
    private final ObservableList<FilterOption<CaseStatus>> statusOptions = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> tagOptions = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> assigneeOptions = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<RiskFilter>> riskOptions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public CaseListViewModel(Workspace workspace, TaskRunner tasks, I18n i18n) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = new ErrorText(i18n);
        statusOptions.add(new FilterOption<>(null, i18n.text("cases.filter.allStatuses")));
        for (CaseStatus s : CaseStatus.values()) {
            statusOptions.add(new FilterOption<>(s, i18n.text(s.messageKey())));
        }
        status.set(statusOptions.get(0));
        tagOptions.add(new FilterOption<>(null, i18n.text("cases.filter.allTags")));
        tag.set(tagOptions.get(0));
        assigneeOptions.add(new FilterOption<>(null, i18n.text("cases.filter.allAssignees")));
        assignee.set(assigneeOptions.get(0));
        riskOptions.add(new FilterOption<>(null, i18n.text("cases.filter.risk.all")));
        for (RiskFilter r : RiskFilter.values()) {
            riskOptions.add(new FilterOption<>(r, bandText(i18n, r.band())));
        }
        risk.set(riskOptions.get(0));
    }

    /** Risk as the list sorts it: by severity (not by name), with cases never checked below every band. */
    public static final java.util.Comparator<RiskBand> RISK_ORDER =
            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());

    /** A band as the list shows it: short, since the column is narrow; null is a case never checked. */
    public static String bandText(I18n i18n, RiskBand band) {
        if (band == null) {
            return i18n.text("cases.risk.notChecked");
        }
        return band == RiskBand.INCONCLUSIVE ? i18n.text("cases.risk.inconclusive") : i18n.text(band.messageKey());
    }

    public CaseQuery query() {
        return new CaseQuery(searchText.get(), value(status.get()), valueOrEmpty(tag.get()), valueOrEmpty(assignee.get()), 0,
                value(risk.get()));
    }

    /** Reloads the rows and the filter choices. */
    public void reload() {
        long mine = ++generation;
        CaseQuery q = query();
        tasks.run("task.loadingCases", () -> new Loaded(workspace.cases().list(q), workspace.cases().tags(),
                        workspace.cases().assignees(), workspace.cases().count()),
                loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    cases.setAll(loaded.rows());
                    refreshOptions(tagOptions, tag, loaded.tags(), "cases.filter.allTags");
                    refreshOptions(assigneeOptions, assignee, loaded.assignees(), "cases.filter.allAssignees");
                    countText.set(loaded.rows().size() == loaded.total()
                            ? i18n.text("cases.count", loaded.total())
                            : i18n.text("cases.countFiltered", loaded.rows().size(), loaded.total()));
                    error.set("");
                },
                e -> error.set(errors.of(e)));
    }

    /** Shows a failure of work done for the list elsewhere (such as the checks run when the workspace opens). */
    void reportError(String message) {
        error.set(message);
    }

    public void clearFilters() {
        searchText.set("");
        status.set(statusOptions.get(0));
        tag.set(tagOptions.get(0));
        assignee.set(assigneeOptions.get(0));
        risk.set(riskOptions.get(0));
    }

    private void refreshOptions(ObservableList<FilterOption<String>> options, ObjectProperty<FilterOption<String>> selected,
                                List<String> values, String allKey) {
        String current = valueOrEmpty(selected.get());
        List<FilterOption<String>> fresh = new ArrayList<>();
        fresh.add(new FilterOption<>(null, i18n.text(allKey)));
        values.forEach(v -> fresh.add(new FilterOption<>(v, v)));
        if (fresh.stream().map(FilterOption::value).toList().equals(options.stream().map(FilterOption::value).toList())) {
            return;
        }
        options.setAll(fresh);
        selected.set(fresh.stream().filter(o -> current.equals(o.value() == null ? "" : o.value())).findFirst()
                .orElse(fresh.get(0)));
    }

    private static <T> T value(FilterOption<T> o) {
        return o == null ? null : o.value();
    }

    private static String valueOrEmpty(FilterOption<String> o) {
        return o == null || o.value() == null ? "" : o.value();
    }

    private record Loaded(List<CaseSummary> rows, List<String> tags, List<String> assignees, long total) {
    }

    public ObservableList<CaseSummary> cases() {
        return cases;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<FilterOption<CaseStatus>> statusProperty() {
        return status;
    }

    public ObjectProperty<FilterOption<String>> tagProperty() {
        return tag;
    }

    public ObjectProperty<FilterOption<String>> assigneeProperty() {
        return assignee;
    }

    public ObjectProperty<FilterOption<RiskFilter>> riskProperty() {
        return risk;
    }

    public ObservableList<FilterOption<RiskFilter>> riskOptions() {
        return riskOptions;
    }

    public ObservableList<FilterOption<CaseStatus>> statusOptions() {
        return statusOptions;
    }

    public ObservableList<FilterOption<String>> tagOptions() {
        return tagOptions;
    }

    public ObservableList<FilterOption<String>> assigneeOptions() {
        return assigneeOptions;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
