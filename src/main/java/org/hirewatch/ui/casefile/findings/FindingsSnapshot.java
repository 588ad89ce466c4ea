package org.hirewatch.ui.casefile.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.indicators.CollectNext;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.CaseSession;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.CollectRow;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.ContributionRow;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.Detail;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.EvidenceLine;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.FindingRow;
import org.hirewatch.ui.casefile.findings.FindingsViewModel.MissingRow;

/**
 * One case's check results as read in the background (assessment, findings, configuration, checklist answers and
 * the evidence the findings cite), and the rows the tab shows, built from them.
 */
final class FindingsSnapshot {
    private final Assessment assessment;
    private final List<Finding> findings;
    private final IndicatorConfig config;
    private final Map<String, ChecklistAnswer> answers;
    private final Map<UUID, EvidenceLine> evidence;
    private final FindingTexts texts;

    private FindingsSnapshot(Assessment assessment, List<Finding> findings, IndicatorConfig config,
                             Map<String, ChecklistAnswer> answers, Map<UUID, EvidenceLine> evidence, FindingTexts texts) {
        this.assessment = assessment;
        this.findings = findings;
        this.config = config;
        this.answers = answers;
        this.evidence = evidence;
        this.texts = texts;
    }

    /** Reads everything the tab shows; runs off the JavaFX thread. */
    static FindingsSnapshot read(CaseSession session, CheckService checks, FindingTexts texts) {
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
                    lines.put(id, otherCaseLine(session, texts, id, references));
                }
            }
        }
        return new FindingsSnapshot(a, list, checks.config(), ws.checks().answers(caseId), lines, texts);
    }

    /** Cross-applicant findings cite other cases' items: those are named by their case's reference. */
    private static EvidenceLine otherCaseLine(CaseSession session, FindingTexts texts, UUID id,
                                              Map<UUID, String> references) {
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

    /** Null when the case has never been checked. */
    Assessment assessment() {
        return assessment;
    }

    IndicatorConfig config() {
        return config;
    }

    Map<String, ChecklistAnswer> answers() {
        return answers;
    }

    /** The findings, those adding most to the score first. */
    List<FindingRow> rows() {
        Map<UUID, Double> points = new HashMap<>();
        if (assessment != null) {
            assessment.contributions().forEach(c -> points.merge(c.findingId(), c.points(), Double::sum));
        }
        List<FindingRow> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(new FindingRow(f, texts.title(config, f.indicatorId()), texts.text(f.severity().messageKey()),
                    texts.mode(f), texts.explanation(f), texts.state(f), points.getOrDefault(f.id(), 0.0)));
        }
        rows.sort(Comparator.comparingDouble(FindingRow::points).reversed().thenComparing(FindingRow::indicatorId));
        return rows;
    }

    List<ContributionRow> contributions() {
        List<ContributionRow> rows = new ArrayList<>();
        if (assessment == null) {
            return rows;
        }
        for (Assessment.Contribution c : assessment.contributions()) {
            String calculation = c.factor() == 0 ? texts.text("findings.why.dismissed")
                    : c.points() == 0 ? texts.text("findings.why.countedOnce")
                    : texts.text("findings.why.calculation", c.weight(), c.factor(), c.points());
            String state = c.state() == FindingState.OPEN && c.mode() == CheckMode.ASSISTED
                    ? texts.text("findings.mode.candidate") : texts.text(c.state().messageKey());
            rows.add(new ContributionRow(texts.label(config, c.indicatorId()), state, calculation,
                    texts.text("findings.points", c.points())));
        }
        return rows;
    }

    List<MissingRow> notEvaluated() {
        List<MissingRow> rows = new ArrayList<>();
        if (assessment == null) {
            return rows;
        }
        for (Assessment.MissingCheck m : assessment.notEvaluated()) {
            boolean manual = texts.definition(config, m.indicatorId()).map(d -> d.mode() == CheckMode.MANUAL).orElse(false);
            String lacks = m.missing().isEmpty() ? texts.text("findings.need.unknown")
                    : m.missing().stream().map(n -> texts.need(n, manual)).distinct().collect(Collectors.joining("; "));
            rows.add(new MissingRow(texts.label(config, m.indicatorId()), lacks));
        }
        return rows;
    }

    List<CollectRow> collectNext(int shown) {
        if (assessment == null) {
            return List.of();
        }
        return CollectNext.rank(assessment.notEvaluated(),
                        id -> config.get(id).map(IndicatorConfig.Active::weight).orElse(0.0))
                .stream().limit(shown).map(x -> new CollectRow(texts.need(x.need(), false),
                        texts.text("findings.collect.helps", x.helps(), x.weight()))).toList();
    }

    Detail detail(FindingRow row) {
        Finding f = row.finding();
        List<EvidenceLine> lines = f.evidenceIds().stream().map(id -> evidence.getOrDefault(id,
                new EvidenceLine(id, texts.text("findings.evidence.gone"), null, false))).toList();
        List<String> sources = texts.definition(config, f.indicatorId()).map(d -> d.sourceKeys().stream()
                .map(k -> config.catalogue().source(k).map(src -> texts.text("findings.source", src.title(),
                        src.date())).orElse(k)).toList()).orElse(List.of());
        return new Detail(row, texts.label(config, f.indicatorId()), lines,
                texts.guidance(config, f.indicatorId(), "verify"), texts.guidance(config, f.indicatorId(), "innocent"),
                sources, reviewText(f),
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
}
