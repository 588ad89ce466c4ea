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
    private final ObservableList<FilterOption<CaseStatus>> statusOptions = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> tagOptions = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> assigneeOptions = FXCollections.observableArrayList();
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
    }

    public CaseQuery query() {
        return new CaseQuery(searchText.get(), value(status.get()), valueOrEmpty(tag.get()), valueOrEmpty(assignee.get()), 0);
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

    public void clearFilters() {
        searchText.set("");
        status.set(statusOptions.get(0));
        tag.set(tagOptions.get(0));
        assignee.set(assigneeOptions.get(0));
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
