package org.hirewatch.ui.casefile.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import org.hirewatch.indicators.CollectNext;
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

    private record Snapshot(Assessment assessment, List<Finding> findings, IndicatorConfig config,
                            Map<String, ChecklistAnswer> answers, Map<UUID, EvidenceLine> evidence) {
    }

    private final CaseSession session;
    private final CheckService checks;
    private final FindingTexts texts;
    private Snapshot current;
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
                detail.set(row == null || current == null ? null : detail(row));
            }
        });
        showHeader(null);
    }

    public void load() {
        session.run("findings.task.loading", this::read, this::show, e -> error(session.errorText(e)));
    }

    private Snapshot read() {
        UUID caseId = session.caseId();
        var ws = session.workspace();
        Assessment a = ws.checks().assessment(caseId).orElse(null);
        List<Finding> list = ws.checks().findings(caseId);
        Map<UUID, EvidenceLine> lines = new HashMap<>();
        for (Evidence e : ws.evidence().listForCase(caseId)) {
            lines.put(e.id(), new EvidenceLine(e.id(), CaseFormats.evidenceLabel(session.i18n(), e), e, true));
        }
        Map<UUID, String> references = new HashMap<>();
        for (Finding f : list) {
            for (UUID id : f.evidenceIds()) {
                if (!lines.containsKey(id)) {
                    lines.put(id, otherCaseLine(id, references));
                }
            }
        }
        return new Snapshot(a, list, checks.config(), ws.checks().answers(caseId), lines);
    }

    /** Cross-applicant findings cite other cases' items: those are named by their case's reference. */
    private EvidenceLine otherCaseLine(UUID id, Map<UUID, String> references) {
        var ws = session.workspace();
        try {
            Evidence e = ws.evidence().get(id);
            String reference = references.computeIfAbsent(e.caseId(), c -> ws.cases().get(c).reference());
            return new EvidenceLine(id, texts.text("findings.evidence.otherCase", reference,
                    CaseFormats.evidenceLabel(session.i18n(), e)), e, false);
        } catch (WorkspaceException gone) {
            if (gone.reason() != WorkspaceException.Reason.NOT_FOUND) {
                throw gone;
            }
            return new EvidenceLine(id, texts.text("findings.evidence.gone"), null, false);
        }
    }

    private void show(Snapshot s) {
        current = s;
        Assessment a = s.assessment();
        showHeader(a);
        Map<UUID, Double> points = new HashMap<>();
        if (a != null) {
            a.contributions().forEach(c -> points.merge(c.findingId(), c.points(), Double::sum));
        }
        List<FindingRow> rows = new ArrayList<>();
        for (Finding f : s.findings()) {
            rows.add(new FindingRow(f, texts.title(s.config(), f.indicatorId()), texts.text(f.severity().messageKey()),
                    texts.mode(f), texts.explanation(f), texts.state(f), points.getOrDefault(f.id(), 0.0)));
        }
        rows.sort(Comparator.comparingDouble(FindingRow::points).reversed().thenComparing(FindingRow::indicatorId));
        UUID keep = selected.get() == null ? null : selected.get().finding().id();
        replacingRows = true;
        try {
            findings.setAll(rows);
            selected.set(rows.stream().filter(r -> r.finding().id().equals(keep)).findFirst().orElse(null));
        } finally {
            replacingRows = false;
        }
        detail.set(selected.get() == null ? null : detail(selected.get()));
        showScoreReasons(s);
        showCoverageGaps(s);
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

    private void showScoreReasons(Snapshot s) {
        List<ContributionRow> rows = new ArrayList<>();
        Assessment a = s.assessment();
        if (a != null) {
            for (Assessment.Contribution c : a.contributions()) {
                String calculation = c.factor() == 0 ? texts.text("findings.why.dismissed")
                        : c.points() == 0 ? texts.text("findings.why.countedOnce")
                        : texts.text("findings.why.calculation", c.weight(), c.factor(), c.points());
                String state = c.state() == FindingState.OPEN && c.mode() == CheckMode.ASSISTED
                        ? texts.text("findings.mode.candidate") : texts.text(c.state().messageKey());
                rows.add(new ContributionRow(texts.label(s.config(), c.indicatorId()), state, calculation,
                        texts.text("findings.points", c.points())));
            }
        }
        contributions.setAll(rows);
        scoreSumText.set(a == null ? "" : texts.text("findings.why.sum", a.score()));
    }

    private void showCoverageGaps(Snapshot s) {
        List<MissingRow> rows = new ArrayList<>();
        List<CollectRow> collect = new ArrayList<>();
        Assessment a = s.assessment();
        if (a != null) {
            for (Assessment.MissingCheck m : a.notEvaluated()) {
                boolean manual = texts.definition(s.config(), m.indicatorId())
                        .map(d -> d.mode() == CheckMode.MANUAL).orElse(false);
                String lacks = m.missing().isEmpty() ? texts.text("findings.need.unknown")
                        : m.missing().stream().map(n -> texts.need(n, manual)).distinct().collect(Collectors.joining("; "));
                rows.add(new MissingRow(texts.label(s.config(), m.indicatorId()), lacks));
            }
            CollectNext.rank(a.notEvaluated(), id -> s.config().get(id).map(IndicatorConfig.Active::weight).orElse(0.0))
                    .stream().limit(COLLECT_NEXT_SHOWN)
                    .forEach(x -> collect.add(new CollectRow(texts.need(x.need(), false),
                            texts.text("findings.collect.helps", x.helps(), x.weight()))));
        }
        notEvaluated.setAll(rows);
        collectNext.setAll(collect);
        collectEmptyText.set(texts.text(rows.isEmpty() ? "findings.collect.nothingMissing" : "findings.collect.empty"));
    }

    private void showChecklist(Snapshot s) {
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

    private Detail detail(FindingRow row) {
        Snapshot s = current;
        Finding f = row.finding();
        List<EvidenceLine> lines = f.evidenceIds().stream().map(id -> s.evidence().getOrDefault(id,
                new EvidenceLine(id, texts.text("findings.evidence.gone"), null, false))).toList();
        List<String> sources = texts.definition(s.config(), f.indicatorId()).map(d -> d.sourceKeys().stream()
                .map(k -> s.config().catalogue().source(k).map(src -> texts.text("findings.source", src.title(),
                        src.date())).orElse(k)).toList()).orElse(List.of());
        return new Detail(row, texts.label(s.config(), f.indicatorId()), lines,
                texts.guidance(s.config(), f.indicatorId(), "verify"),
                texts.guidance(s.config(), f.indicatorId(), "innocent"), sources, reviewText(f),
                f.state() != FindingState.CONFIRMED, f.state() != FindingState.DISMISSED, f.state() != FindingState.OPEN);
    }

    private String reviewText(Finding f) {
        if (f.state() != FindingState.OPEN) {
            return texts.text("findings.review.done", texts.text(f.state().messageKey()), f.reviewedBy(),
                    CaseFormats.dateTime(f.reviewedAt()), f.reviewReason());
        }
        if (f.reopened() && !f.reviewedBy().isEmpty()) {
            return texts.text("findings.review.reopened", f.reviewedBy(), CaseFormats.dateTime(f.reviewedAt()),
                    f.reviewReason());
        }
        return texts.text("findings.review.none");
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
