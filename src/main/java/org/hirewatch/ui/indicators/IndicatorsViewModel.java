package org.hirewatch.ui.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * The indicators screen: every catalogue indicator and the workspace's custom ones, filtered by category and text;
 * the selected one's details and its editable switch, weight and parameters. Every saved change is audited by the
 * store, can be undone once, and is followed by a re-run of all checks in the background, since findings and risk
 * depend on it.
 */
public final class IndicatorsViewModel {
    private final CheckService checks;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final ChecksRerun rerun;
    private final ErrorText errors;

    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final FilteredList<IndicatorRow> visible = new FilteredList<>(rows, r -> true);
    private final ObservableList<CategoryOption> categoryOptions = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryOption> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper catalogueText = new ReadOnlyStringWrapper(this, "catalogueText", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyObjectWrapper<IndicatorRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<IndicatorDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<SettingDraft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyStringWrapper detailsMessage = new ReadOnlyStringWrapper(this, "detailsMessage", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);

    private IndicatorConfig config;
    private Undo undo;
    private boolean replacingRows;
    private boolean filtering;
    private String selectAfterLoad;
    private boolean keepUnsavedEdits;

    /** The setting an indicator had before the last change, to put back on request. */
    private record Undo(IndicatorSetting previous) {
    }

    /** An entry of the category filter; a null code means every category. */
    public record CategoryOption(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * {@code fxThread} runs progress updates of the background re-check on the UI thread; {@code onChecksRerun} tells
     * the rest of the window that findings and risk changed.
     */
    public IndicatorsViewModel(CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs, Executor fxThread,
                               Runnable onChecksRerun) {
        this.checks = checks;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.rerun = new ChecksRerun(checks, tasks, i18n, fxThread, onChecksRerun);
        this.errors = new ErrorText(i18n);
        Catalogue catalogue = checks.catalogue();
        catalogueText.set(i18n.text("indicators.catalogue", catalogue.version(), catalogue.published()));
        categoryOptions.add(new CategoryOption(null, i18n.text("indicators.filter.allCategories")));
        Catalogue.CATEGORIES.forEach(c -> categoryOptions.add(new CategoryOption(c, IndicatorTexts.category(i18n, c))));
        category.set(categoryOptions.get(0));
        category.addListener((o, a, b) -> applyFilter());
        search.addListener((o, a, b) -> applyFilter());
    }

    // ---- list ----

    public void load() {
        tasks.run("task.indicators.loading", checks::config, this::show, e -> error.set(errors.of(e)));
    }

    private void show(IndicatorConfig cfg) {
        config = cfg;
        error.set("");
        List<IndicatorRow> list = new ArrayList<>();
        for (IndicatorConfig.Active a : cfg.all()) {
            IndicatorSetting s = cfg.setting(a.id());
            IndicatorRow row = new IndicatorRow(a, a.custom() == null && (s.weight() != null || !s.parameters().isEmpty()), i18n);
            row.enabledProperty().addListener((o, was, now) -> {
                if (!replacingRows) {
                    setEnabled(row, now);
                }
            });
            list.add(row);
        }
        list.sort(Comparator.comparing(IndicatorRow::id));
        boolean reveal = selectAfterLoad != null;
        String keep = reveal ? selectAfterLoad : selected.get() == null ? null : selected.get().id();
        selectAfterLoad = null;
        SettingDraft oldDraft = draft.get();
        replacingRows = true;
        try {
            rows.setAll(list);
        } finally {
            replacingRows = false;
        }
        long customs = list.stream().filter(IndicatorRow::isCustom).count();
        countText.set(i18n.text("indicators.count", list.size() - customs, customs));
        IndicatorRow again = keep == null ? null : list.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null);
        if (reveal && again != null && !visible.contains(again)) {
            clearFilters(); // a filter must not hide the indicator just added or restored
        }
        showSelected(again != null || list.isEmpty() ? again : list.get(0));
        if (keepUnsavedEdits) {
            keepUnsavedEdits = false;
            adoptUnsavedEdits(oldDraft);
        }
    }

    /** A reload (after the table's switch was flipped, say) keeps weight and parameters the user has not saved yet. */
    private void adoptUnsavedEdits(SettingDraft old) {
        SettingDraft now = draft.get();
        if (old == null || now == null || !old.dirtyProperty().get() || !old.definition().id().equals(now.definition().id())) {
            return;
        }
        now.weightProperty().set(old.weightProperty().get());
        for (int i = 0; i < now.parameters().size(); i++) {
            now.parameters().get(i).valueProperty().set(old.parameters().get(i).valueProperty().get());
        }
    }

    private void applyFilter() {
        CategoryOption c = category.get();
        String code = c == null ? null : c.code();
        String text = search.get();
        // A table re-selects some row while its items change; that is not the user choosing another indicator.
        filtering = true;
        try {
            visible.setPredicate(r -> r.matches(code, text));
        } finally {
            filtering = false;
        }
    }

    /** All rows (the table sorts and filters a view of them). */
    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    /** The rows the filters let through, in id order. */
    public ObservableList<IndicatorRow> visibleRows() {
        return visible;
    }

    public ObservableList<CategoryOption> categoryOptions() {
        return categoryOptions;
    }

    public ObjectProperty<CategoryOption> categoryProperty() {
        return category;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public void clearFilters() {
        category.set(categoryOptions.get(0));
        search.set("");
    }

    public ReadOnlyStringProperty catalogueTextProperty() {
        return catalogueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // ---- selection and details ----

    /**
     * Shows an indicator's details. Unsaved edits of the one shown are discarded only after the user agrees; returns
     * false when they want to keep editing (the selection then stays where it was).
     */
    public boolean select(IndicatorRow row) {
        if (replacingRows || filtering || row == selected.get()) {
            return true;
        }
        SettingDraft d = draft.get();
        if (d != null && d.dirtyProperty().get()
                && !dialogs.confirm("indicators.discard.title", i18n.text("indicators.discard", d.definition().id()))) {
            return false;
        }
        showSelected(row);
        return true;
    }

    private void showSelected(IndicatorRow row) {
        selected.set(row);
        detailsMessage.set("");
        if (row == null) {
            details.set(null);
            draft.set(null);
            return;
        }
        details.set(IndicatorDetails.of(row.active(), checks.catalogue(), i18n));
        draft.set(row.isCustom() ? null : new SettingDraft(row.active().definition(), config.setting(row.id()), i18n));
    }

    public ReadOnlyObjectProperty<IndicatorRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IndicatorDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The selected catalogue indicator's editable setting; null for a custom indicator or no selection. */
    public ReadOnlyObjectProperty<SettingDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsMessageProperty() {
        return detailsMessage.getReadOnlyProperty();
    }

    // ---- changing settings ----

    /** Saves the selected indicator's switch, weight and parameters; false (nothing saved) while a value is wrong. */
    public boolean save() {
        SettingDraft d = draft.get();
        if (d == null) {
            return false;
        }
        if (!d.check()) {
            detailsMessage.set(i18n.text("indicators.details.fixFields"));
            return false;
        }
        detailsMessage.set("");
        persist(d.toSetting(), d.stored(), "indicators.status.saved");
        return true;
    }

    /** Puts the selected indicator's weight and parameters back to the catalogue's, keeping it on or off as it is. */
    public void resetToDefaults() {
        SettingDraft d = draft.get();
        if (d == null) {
            return;
        }
        detailsMessage.set("");
        persist(new IndicatorSetting(d.definition().id(), d.stored().enabled(), null, Map.of()), d.stored(),
                "indicators.status.reset");
    }

    /** The table's switch: turns one indicator on or off at once (custom ones too). */
    public void setEnabled(IndicatorRow row, boolean on) {
        if (row.isCustom()) {
            CustomIndicator c = row.active().custom();
            saveCustomSwitch(new CustomIndicator(c.id(), c.title(), c.category(), c.severity(), c.weight(), c.kind(),
                    c.conditions(), on, c.version()));
            return;
        }
        IndicatorSetting s = config.setting(row.id());
        keepUnsavedEdits = true;
        persist(new IndicatorSetting(row.id(), on, s.weight(), s.parameters()), s,
                on ? "indicators.status.enabled" : "indicators.status.disabled");
    }

    private void persist(IndicatorSetting setting, IndicatorSetting previous, String messageKey) {
        saving.set(true);
        tasks.run("task.indicators.saving", () -> checks.saveSetting(setting), s -> {
            saving.set(false);
            undo = new Undo(previous);
            undoAvailable.set(true);
            status.set(i18n.text(messageKey, s.indicatorId()));
            reloadAndRecheck();
        }, e -> {
            saving.set(false);
            SettingDraft d = draft.get();
            if (e instanceof ValidationException ve && d != null && d.definition().id().equals(setting.indicatorId())) {
                d.showViolations(ve.violations(), errors);
                detailsMessage.set(i18n.text("indicators.details.fixFields"));
            } else {
                status.set(errors.of(e));
            }
            reload(); // puts a flipped switch back as stored
        });
    }

    private void saveCustomSwitch(CustomIndicator c) {
        saving.set(true);
        tasks.run("task.indicators.savingCustom", () -> checks.saveCustom(c), s -> {
            saving.set(false);
            status.set(i18n.text(s.enabled() ? "indicators.status.enabled" : "indicators.status.disabled", s.id()));
            clearUndo();
            reloadAndRecheck();
        }, e -> {
            saving.set(false);
            status.set(errors.of(e));
            reload();
        });
    }

    /** Puts back the setting the last change replaced (once). */
    public void undo() {
        Undo u = undo;
        if (u == null) {
            return;
        }
        clearUndo();
        selectAfterLoad = selected.get() == null ? null : selected.get().id();
        saving.set(true);
        tasks.run("task.indicators.saving", () -> checks.saveSetting(u.previous()), s -> {
            saving.set(false);
            status.set(i18n.text("indicators.status.undone", s.indicatorId()));
            reloadAndRecheck();
        }, e -> {
            saving.set(false);
            status.set(errors.of(e));
        });
    }

    private void clearUndo() {
        undo = null;
        undoAvailable.set(false);
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    // ---- custom indicators ----

    public CustomIndicatorFormViewModel newCustomForm() {
        return new CustomIndicatorFormViewModel(checks, tasks, i18n, null, c -> customSaved(c, "indicators.status.customAdded"));
    }

    /** A form for the selected custom indicator; null when the selection is not a custom one. */
    public CustomIndicatorFormViewModel editCustomForm() {
        IndicatorRow row = selected.get();
        if (row == null || !row.isCustom()) {
            return null;
        }
        return new CustomIndicatorFormViewModel(checks, tasks, i18n, row.active().custom(),
                c -> customSaved(c, "indicators.status.customSaved"));
    }

    private void customSaved(CustomIndicator c, String messageKey) {
        status.set(i18n.text(messageKey, c.id(), c.title()));
        clearUndo();
        selectAfterLoad = c.id();
        reloadAndRecheck();
    }

    /** Deletes the selected custom indicator after the user confirms; its findings go with it. */
    public void deleteCustom() {
        IndicatorRow row = selected.get();
        if (row == null || !row.isCustom()
                || !dialogs.confirm("indicators.delete.title", i18n.text("indicators.delete.confirm", row.id(), row.title()))) {
            return;
        }
        saving.set(true);
        tasks.run("task.indicators.deleting", () -> {
            checks.deleteCustom(row.id());
            return row.id();
        }, id -> {
            saving.set(false);
            status.set(i18n.text("indicators.status.customDeleted", id, row.title()));
            clearUndo();
            reloadAndRecheck();
        }, e -> {
            saving.set(false);
            status.set(errors.of(e));
        });
    }

    // ---- re-running the checks ----

    private void reload() {
        load();
    }

    private void reloadAndRecheck() {
        load();
        recheck();
    }

    /** Re-runs every check on every case in the background (see {@link ChecksRerun}). */
    public void recheck() {
        rerun.start();
    }

    public ReadOnlyBooleanProperty recheckingProperty() {
        return rerun.runningProperty();
    }

    /** Share of cases re-checked in the current run, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return rerun.progressProperty();
    }

    /** The last run's state in words: going (n of m cases) or done (with counts). */
    public ReadOnlyStringProperty checksTextProperty() {
        return rerun.textProperty();
    }
}
