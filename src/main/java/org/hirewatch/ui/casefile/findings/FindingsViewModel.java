package org.hirewatch.ui.casefile.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The findings tab: the case's risk beside its coverage, the findings with their review, why the score is what it is,
 * which indicators could not run and what to collect next, and the checklist questions. Everything reloads after
 * any save in the case (evidence saves re-check the case before the save returns).
 */
public final class FindingsViewModel {
    /** How many "collect next" suggestions are shown: a short list is one a person acts on. */
    static final int COLLECT_NEXT_SHOWN = 5;

    /** One finding as the table shows it. */
    public record FindingRow(Finding finding, String title, String severity, String mode, String explanation,
                             String state, double points) {
        public String indicatorId() {
            return finding.indicatorId();
        }
    }

    /** An evidence item behind a finding; {@code evidence} is null when the item was deleted since. */
    public record EvidenceLine(UUID evidenceId, String text, Evidence evidence, boolean ownCase) {
    }

    /** The selected finding in full: what it says, what it rests on, how to check it, and its review. */
    public record Detail(FindingRow row, String heading, List<EvidenceLine> evidence, String verify, String innocent,
                         List<String> sources, String review, boolean canConfirm, boolean canDismiss,
                         boolean canReopen) {
    }

    /** One line of "why this score". */
    public record ContributionRow(String indicator, String state, String calculation, String points) {
    }

    /** An indicator that could not run and what it lacks. */
    public record MissingRow(String indicator, String lacks) {
    }

    /** A piece of evidence worth collecting next and how much it would help. */
    public record CollectRow(String need, String helps) {
    }

    private final CaseSession session;
    private final CheckService checks;
    private final FindingTexts texts;
    private FindingsSnapshot current;
    /** True while a reload replaces the rows: the table briefly selects nothing, which must not blank the details. */
    private boolean replacingRows;

    private final ReadOnlyObjectWrapper<RiskBand> band = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bandText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coverageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coverageDetailText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper coverage = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper catalogueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scoreSumText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper collectEmptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ContributionRow> contributions = FXCollections.observableArrayList();
    private final ObservableList<MissingRow> notEvaluated = FXCollections.observableArrayList();
    private final ObservableList<CollectRow> collectNext = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();

    public FindingsViewModel(CaseSession session, CheckService checks) {
        this.session = session;
        this.checks = checks;
        this.texts = new FindingTexts(session.i18n());
        session.revisionProperty().addListener(x -> load());
        selected.addListener((obs, old, row) -> {
            if (!replacingRows) {
                detail.set(row == null || current == null ? null : current.detail(row));
            }
        });
        showHeader(null);
    }

    public void load() {
        session.run("findings.task.loading", () -> FindingsSnapshot.read(session, checks, texts), this::show,
                e -> error(session.errorText(e)));
    }

    private void show(FindingsSnapshot s) {
        current = s;
        Assessment a = s.assessment();
        showHeader(a);
        List<FindingRow> rows = s.rows();
        UUID keep = selected.get() == null ? null : selected.get().finding().id();
        replacingRows = true;
        try {
            findings.setAll(rows);
            selected.set(rows.stream().filter(r -> r.finding().id().equals(keep)).findFirst().orElse(null));
        } finally {
            replacingRows = false;
        }
        detail.set(selected.get() == null ? null : s.detail(selected.get()));
        contributions.setAll(s.contributions());
        scoreSumText.set(a == null ? "" : texts.text("findings.why.sum", a.score()));
        notEvaluated.setAll(s.notEvaluated());
        collectNext.setAll(s.collectNext(COLLECT_NEXT_SHOWN));
        collectEmptyText.set(texts.text(notEvaluated.isEmpty() ? "findings.collect.nothingMissing"
                : "findings.collect.empty"));
        showChecklist(s);
    }

    private void showHeader(Assessment a) {
        checked.set(a != null);
        band.set(a == null ? null : a.band());
        if (a == null) {
            scoreText.set(texts.text("findings.score.none"));
            bandText.set(texts.text("findings.notChecked"));
            countsText.set(texts.text("findings.notChecked.hint"));
            coverageText.set(texts.text("findings.coverage.notChecked"));
            coverageDetailText.set("");
            coverage.set(0);
            catalogueText.set(texts.text("findings.catalogue.current", checks.catalogue().version()));
            return;
        }
        scoreText.set(texts.text("findings.score.value", a.score()));
        bandText.set(texts.text(a.band().messageKey()));
        countsText.set(texts.text("findings.counts", a.openFindings(), a.confirmedFindings()));
        coverageText.set(texts.text("findings.coverage", a.evaluated(), a.applicable(), a.coveragePercent()));
        coverageDetailText.set(a.notEvaluated().isEmpty() ? texts.text("findings.coverage.complete")
                : texts.text("findings.coverage.missing", a.notEvaluated().size()));
        coverage.set(a.coverage());
        String when = CaseFormats.dateTime(a.assessedAt());
        catalogueText.set(a.catalogueVersion().equals(checks.catalogue().version())
                ? texts.text("findings.catalogue", a.catalogueVersion(), when)
                : texts.text("findings.catalogue.outdated", a.catalogueVersion(), when, checks.catalogue().version()));
    }

    private void showChecklist(FindingsSnapshot s) {
        Map<String, ChecklistItem> byId = new LinkedHashMap<>();
        checklist.forEach(i -> byId.put(i.indicatorId(), i));
        List<ChecklistItem> items = new ArrayList<>();
        for (IndicatorConfig.Active a : s.config().enabled()) {
            if (a.custom() != null || a.definition().mode() != CheckMode.MANUAL) {
                continue;
            }
            ChecklistItem item = byId.computeIfAbsent(a.id(), id -> new ChecklistItem(id, texts.label(s.config(), id),
                    texts.text("indicator." + id + ".question")));
            ChecklistAnswer stored = s.answers().get(a.id());
            item.stored(stored, stored == null ? texts.text("findings.checklist.unanswered")
                    : texts.text("findings.checklist.answered", texts.text(stored.answer().messageKey()),
                    stored.answeredBy(), CaseFormats.dateTime(stored.answeredAt())));
            items.add(item);
        }
        if (!items.equals(checklist)) {
            checklist.setAll(items);
        }
    }

    // ---- actions ----

    /** Runs every indicator on the case now; the tabs reload when it is done. */
    public void runChecks() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        session.run("findings.task.running", () -> checks.checkCase(session.caseId()), a -> {
            busy.set(false);
            ok(texts.text("findings.ran", a.openFindings(), a.coveragePercent()));
            session.changed();
        }, e -> {
            busy.set(false);
            error(session.errorText(e));
        });
    }

    /**
     * Confirms, dismisses or reopens a finding. {@code onFailed} gets the store's sentence (a missing reason, or a
     * review saved elsewhere meanwhile, after which the tab reloads to show it).
     */
    public void review(FindingRow row, FindingState state, String reason, Runnable onSaved, Consumer<String> onFailed) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        session.run("findings.task.reviewing", () -> checks.review(row.finding(), state, reason), f -> {
            busy.set(false);
            ok(texts.text(switch (state) {
                case CONFIRMED -> "findings.reviewed.confirmed";
                case DISMISSED -> "findings.reviewed.dismissed";
                case OPEN -> "findings.reviewed.reopened";
            }, row.indicatorId()));
            onSaved.run();
            session.changed();
        }, e -> {
            busy.set(false);
            onFailed.accept(session.errorText(e));
            if (e instanceof WorkspaceException we && we.reason() == WorkspaceException.Reason.CHANGED_ELSEWHERE) {
                load();
            }
        });
    }

    public void reopen(FindingRow row) {
        review(row, FindingState.OPEN, "", () -> { }, this::error);
    }

    /** Saves a checklist answer; the store refuses a "yes" without a comment and the item shows why. */
    public void saveAnswer(ChecklistItem item) {
        if (item.busyProperty().get()) {
            return;
        }
        item.saving();
        session.run("findings.task.answering", () -> checks.answer(session.caseId(), item.indicatorId(),
                item.answerProperty().get(), item.commentProperty().get()), a -> {
                    item.saved();
                    ok(texts.text("findings.checklist.savedMessage", item.indicatorId()));
                    session.changed();
                }, e -> item.failed(session.errorText(e)));
    }

    private void ok(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    // ---- properties ----

    public CaseSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<RiskBand> bandProperty() {
        return band.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bandTextProperty() {
        return bandText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coverageTextProperty() {
        return coverageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coverageDetailTextProperty() {
        return coverageDetailText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty catalogueTextProperty() {
        return catalogueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreSumTextProperty() {
        return scoreSumText.getReadOnlyProperty();
    }

    /** Why "collect next" is empty: nothing is missing, or what is missing is not evidence. */
    public ReadOnlyStringProperty collectEmptyTextProperty() {
        return collectEmptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<FindingRow> findings() {
        return findings;
    }

    public ObjectProperty<FindingRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<ContributionRow> contributions() {
        return contributions;
    }

    public ObservableList<MissingRow> notEvaluated() {
        return notEvaluated;
    }

    public ObservableList<CollectRow> collectNext() {
        return collectNext;
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }
}
