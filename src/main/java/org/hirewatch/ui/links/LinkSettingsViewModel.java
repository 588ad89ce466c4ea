package org.hirewatch.ui.links;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hirewatch.domain.LinkSettings;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.links.LinkService;
import org.hirewatch.links.Normalizers;
import org.hirewatch.links.NoiseFilter;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;
import org.hirewatch.ui.indicators.ChecksRerun;

/**
 * The link settings and warning lists of a workspace. Every saved change is audited by the store, can be undone once,
 * and is followed by a background re-check of all cases, because the cross-case indicators read the lists and the
 * cap on every run.
 */
public final class LinkSettingsViewModel {
    /** Asks for a new warning-list entry; empty when the user cancels. */
    public interface WarningAsker {
        Optional<WarningDraft> ask(WarningDraft draft);
    }

    /** An entry of the list filter: a list, the built-in webmail domains ({@code builtIn}), or all (both null/false). */
    public record ListOption(WarningEntry.WarningList list, boolean builtIn, String label) {
        boolean accepts(WarningRow row) {
            if (builtIn) {
                return row.builtIn();
            }
            return list == null || (!row.builtIn() && row.entry().list() == list);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final LinkService links;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final ChecksRerun rerun;
    private final ErrorText errors;
    private final DateTimeFormatter when;

    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final BooleanProperty networkMatches = new SimpleBooleanProperty(this, "networkMatches");
    private final ObjectProperty<Integer> frequencyCap = new SimpleObjectProperty<>(this, "frequencyCap", 10);
    private final ObjectProperty<Double> nameSimilarity = new SimpleObjectProperty<>(this, "nameSimilarity", 0.85);
    private final ObjectProperty<Integer> textDistance = new SimpleObjectProperty<>(this, "textDistance", 3);
    private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper(this, "regionError", "");
    private final ReadOnlyStringWrapper capError = new ReadOnlyStringWrapper(this, "capError", "");
    private final ReadOnlyStringWrapper similarityError = new ReadOnlyStringWrapper(this, "similarityError", "");
    private final ReadOnlyStringWrapper distanceError = new ReadOnlyStringWrapper(this, "distanceError", "");
    private final ObjectProperty<LinkSettings> stored = new SimpleObjectProperty<>(this, "stored");
    private final BooleanBinding dirty;
    private final BooleanBinding valid;

    private final ObservableList<WarningRow> rows = FXCollections.observableArrayList();
    private final FilteredList<WarningRow> visible = new FilteredList<>(rows, r -> true);
    private final ObservableList<ListOption> listOptions = FXCollections.observableArrayList();
    private final ObjectProperty<ListOption> listFilter = new SimpleObjectProperty<>(this, "listFilter");
    private final ObjectProperty<WarningRow> selected = new SimpleObjectProperty<>(this, "selected");

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable", false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private Runnable undo;

    /**
     * {@code fxThread} brings the re-check's progress to the UI thread; {@code onChecksRerun} tells the rest of the
     * window that findings and risk may have changed.
     */
    public LinkSettingsViewModel(LinkService links, CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs,
                                 Executor fxThread, Runnable onChecksRerun) {
        this.links = links;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.rerun = new ChecksRerun(checks, tasks, i18n, fxThread, onChecksRerun);
        this.errors = new ErrorText(i18n);
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.bundle().getLocale())
                .withZone(ZoneId.systemDefault());
        listOptions.add(new ListOption(null, false, i18n.text("linkSettings.filter.all")));
        for (WarningEntry.WarningList l : WarningEntry.WarningList.values()) {
            listOptions.add(new ListOption(l, false, i18n.text(l.labelKey())));
        }
        listOptions.add(new ListOption(null, true, i18n.text("linkSettings.list.webmail")));
        listFilter.set(listOptions.get(0));
        listFilter.addListener((o, a, b) -> visible.setPredicate(r -> b == null || b.accepts(r)));
        region.addListener((o, a, b) -> validate());
        frequencyCap.addListener((o, a, b) -> validate());
        nameSimilarity.addListener((o, a, b) -> validate());
        textDistance.addListener((o, a, b) -> validate());
        dirty = Bindings.createBooleanBinding(() -> stored.get() != null && !form().equals(normalised(stored.get())),
                stored, region, networkMatches, frequencyCap, nameSimilarity, textDistance);
        valid = Bindings.createBooleanBinding(() -> regionError.get().isEmpty() && capError.get().isEmpty()
                && similarityError.get().isEmpty() && distanceError.get().isEmpty(),
                regionError, capError, similarityError, distanceError);
    }

    public void load() {
        tasks.run("linkSettings.task.loading", () -> new Loaded(links.settings(), links.warnings()), l -> {
            error.set("");
            showSettings(l.settings());
            showWarnings(l.warnings());
        }, e -> error.set(errors.of(e)));
    }

    private record Loaded(LinkSettings settings, List<WarningEntry> warnings) {
    }

    // ---- settings ----

    private void showSettings(LinkSettings s) {
        fill(s);
        stored.set(s);
    }

    private void fill(LinkSettings s) {
        region.set(s.defaultRegion());
        networkMatches.set(s.networkMatches());
        frequencyCap.set(s.frequencyCap());
        nameSimilarity.set(s.nameSimilarity());
        textDistance.set(s.textDistance());
    }

    /** The form as settings; a missing number stays null-free so that comparing with the stored ones works. */
    private LinkSettings form() {
        return new LinkSettings(region.get() == null ? "" : region.get().strip().toUpperCase(Locale.ROOT),
                networkMatches.get(), frequencyCap.get() == null ? -1 : frequencyCap.get(),
                nameSimilarity.get() == null ? -1 : Math.round(nameSimilarity.get() * 100) / 100.0,
                textDistance.get() == null ? -1 : textDistance.get());
    }

    private static LinkSettings normalised(LinkSettings s) {
        return new LinkSettings(s.defaultRegion(), s.networkMatches(), s.frequencyCap(),
                Math.round(s.nameSimilarity() * 100) / 100.0, s.textDistance());
    }

    private void validate() {
        LinkSettings f = form();
        regionError.set(f.defaultRegion().matches("[A-Z]{2}") && Normalizers.knownRegion(f.defaultRegion())
                ? "" : i18n.text("links.settings.badRegion"));
        capError.set(f.frequencyCap() >= LinkSettings.MIN_CAP && f.frequencyCap() <= LinkSettings.MAX_CAP
                ? "" : i18n.text("links.settings.badCap", LinkSettings.MIN_CAP, LinkSettings.MAX_CAP));
        similarityError.set(f.nameSimilarity() >= 0.5 && f.nameSimilarity() <= 1.0 ? "" : i18n.text("links.settings.badSimilarity"));
        distanceError.set(f.textDistance() >= 0 && f.textDistance() <= 16 ? "" : i18n.text("links.settings.badDistance"));
    }

    /** Saves the form; the store audits it. Undo puts back the settings as they were before. */
    public void save() {
        validate();
        if (!valid.get() || saving.get()) {
            return;
        }
        LinkSettings before = stored.get();
        LinkSettings after = form();
        boolean newRegion = before != null && !before.defaultRegion().equals(after.defaultRegion());
        write(() -> links.saveSettings(after), saved -> {
            showSettings(saved);
            status.set(i18n.text(newRegion ? "linkSettings.saved.region" : "linkSettings.saved"));
            if (before != null) {
                offerUndo("linkSettings.undo.settings", () -> write(() -> links.saveSettings(before), back -> {
                    showSettings(back);
                    status.set(i18n.text("linkSettings.undone.settings"));
                }));
            }
        });
    }

    /** Puts the defaults in the form; nothing changes until the user saves. */
    public void resetToDefaults() {
        fill(LinkSettings.defaults());
        status.set(i18n.text("linkSettings.defaultsFilled"));
    }

    // ---- warning lists ----

    private void showWarnings(List<WarningEntry> entries) {
        WarningRow keep = selected.get();
        List<WarningRow> list = new ArrayList<>();
        entries.stream().sorted(Comparator.comparing((WarningEntry e) -> e.list().ordinal())
                .thenComparing(WarningEntry::value, String.CASE_INSENSITIVE_ORDER)).forEach(e -> list.add(new WarningRow(e,
                i18n.text(e.list().labelKey()), WarningDraft.kindLabel(i18n, e.matchKind()), e.value(), e.note(),
                i18n.text("linkSettings.addedBy", e.addedBy(), when.format(e.addedAt())))));
        String webmail = i18n.text("linkSettings.list.webmail");
        String domain = WarningDraft.kindLabel(i18n, WarningEntry.EMAIL_DOMAIN);
        String builtIn = i18n.text("linkSettings.builtIn.note");
        String shipped = i18n.text("linkSettings.builtIn.added");
        NoiseFilter.webmailDomains().stream().sorted()
                .forEach(d -> list.add(new WarningRow(null, webmail, domain, d, builtIn, shipped)));
        rows.setAll(list);
        selected.set(keep == null || keep.builtIn() ? null : rows.stream()
                .filter(r -> !r.builtIn() && r.entry().id().equals(keep.entry().id())).findFirst().orElse(null));
    }

    /** Asks for an entry and adds it; Undo removes it again. */
    public void add(WarningAsker asker) {
        WarningDraft draft = new WarningDraft(i18n);
        ListOption shown = listFilter.get();
        if (shown != null && shown.list() != null) {
            draft.listProperty().set(shown.list());
        }
        asker.ask(draft).ifPresent(this::add);
    }

    /** Adds a filled-in entry (what the dialog hands back). */
    public void add(WarningDraft d) {
        WarningEntry.WarningList list = d.listProperty().get();
        String kind = d.kindProperty().get();
        String value = d.valueProperty().get();
        String note = d.noteProperty().get();
        write(() -> links.addWarning(list, kind, value, note), e -> {
            status.set(i18n.text("linkSettings.added", e.value(), i18n.text(e.list().labelKey())));
            offerUndo("linkSettings.undo.add", () -> write(() -> {
                links.removeWarning(e.id());
                return e;
            }, gone -> status.set(i18n.text("linkSettings.undone.add", gone.value()))));
        });
    }

    /** Removes the selected entry after the user agrees; Undo adds it back with the same list, kind, value and note. */
    public void removeSelected() {
        WarningRow row = selected.get();
        if (row == null || row.builtIn() || saving.get()) {
            return;
        }
        WarningEntry e = row.entry();
        if (!dialogs.confirm("linkSettings.remove.title", i18n.text("linkSettings.remove.question", e.value()))) {
            return;
        }
        write(() -> {
            links.removeWarning(e.id());
            return e;
        }, gone -> {
            status.set(i18n.text("linkSettings.removed", gone.value()));
            offerUndo("linkSettings.undo.remove", () -> write(() -> links.addWarning(gone.list(), gone.matchKind(),
                    gone.value(), gone.note()), back -> status.set(i18n.text("linkSettings.undone.remove", back.value()))));
        });
    }

    // ---- undo, saving, re-checks ----

    public void undo() {
        Runnable u = undo;
        clearUndo();
        if (u != null) {
            u.run();
        }
    }

    private void offerUndo(String labelKey, Runnable action) {
        undo = action;
        undoText.set(i18n.text(labelKey));
        undoAvailable.set(true);
    }

    private void clearUndo() {
        undo = null;
        undoAvailable.set(false);
        undoText.set("");
    }

    /**
     * Runs one change in the background, then reloads both halves (a change made elsewhere shows too) and re-checks
     * every case. A refused change shows its reasons next to the field it concerns, and nothing is re-checked.
     */
    private <T> void write(Callable<T> work, java.util.function.Consumer<T> onDone) {
        saving.set(true);
        error.set("");
        clearUndo();
        tasks.run("linkSettings.task.saving", work, result -> {
            saving.set(false);
            onDone.accept(result);
            tasks.run("linkSettings.task.loading", links::warnings, this::showWarnings, e -> error.set(errors.of(e)));
            rerun.start();
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                showViolations(v.violations());
            } else {
                error.set(errors.of(e));
            }
        });
    }

    private void showViolations(List<Violation> violations) {
        List<String> other = new ArrayList<>();
        for (Violation v : violations) {
            String text = errors.of(v);
            switch (v.field()) {
                case "defaultRegion" -> regionError.set(text);
                case "frequencyCap" -> capError.set(text);
                case "nameSimilarity" -> similarityError.set(text);
                case "textDistance" -> distanceError.set(text);
                default -> other.add(text);
            }
        }
        error.set(String.join(" ", other));
    }

    // ---- properties ----

    public StringProperty regionProperty() {
        return region;
    }

    public BooleanProperty networkMatchesProperty() {
        return networkMatches;
    }

    public ObjectProperty<Integer> frequencyCapProperty() {
        return frequencyCap;
    }

    public ObjectProperty<Double> nameSimilarityProperty() {
        return nameSimilarity;
    }

    public ObjectProperty<Integer> textDistanceProperty() {
        return textDistance;
    }

    public ReadOnlyStringProperty regionErrorProperty() {
        return regionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capErrorProperty() {
        return capError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty similarityErrorProperty() {
        return similarityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty distanceErrorProperty() {
        return distanceError.getReadOnlyProperty();
    }

    /** Save is offered for a changed, valid form while nothing else is being saved. */
    public BooleanBinding canSaveBinding() {
        return dirty.and(valid).and(saving.not());
    }

    public ObservableList<WarningRow> rows() {
        return rows;
    }

    public ObservableList<WarningRow> visibleRows() {
        return visible;
    }

    public ObservableList<ListOption> listOptions() {
        return listOptions;
    }

    public ObjectProperty<ListOption> listFilterProperty() {
        return listFilter;
    }

    public ObjectProperty<WarningRow> selectedProperty() {
        return selected;
    }

    /** Remove is offered for a workspace entry, never for a built-in one. */
    public BooleanBinding canRemoveBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().builtIn(), selected)
                .and(saving.not());
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ChecksRerun checks() {
        return rerun;
    }
}
