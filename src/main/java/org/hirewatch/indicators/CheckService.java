package org.hirewatch.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingDraft;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.CheckStore;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceListener;

/**
 * Runs the indicator checks of one workspace and keeps their results: a whole case, all cases, or only what a change
 * can affect. It listens to the workspace, so evidence saved anywhere (screen, command line, import) is re-checked.
 */
public final class CheckService implements WorkspaceListener {
    private static final int BATCH_FROM = 50;
    /** Cases saved per transaction in a run over all cases. */
    private static final int CHUNK = 500;
    private final Workspace ws;
    private final Catalogue catalogue;
    private final CheckEngine engine;
    private volatile IndicatorConfig config;
    private volatile java.util.function.Supplier<CrossCaseNoise> noise = () -> CrossCaseNoise.NONE;
    private final KnownTexts texts;

    public CheckService(Workspace ws, Catalogue catalogue, CheckEngine engine) {
        this.ws = ws;
        this.catalogue = catalogue;
        this.engine = engine;
        this.texts = new KnownTexts(ws.checks());
    }

    /** A service listening to its workspace, with the built-in catalogue and rules. */
    public static CheckService attach(Workspace ws) {
        CheckService s = new CheckService(ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules());
        ws.addListener(s);
        return s;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public CheckEngine engine() {
        return engine;
    }

    /** The indicators as this workspace has configured them (read once, refreshed on every settings change). */
    public IndicatorConfig config() {
        IndicatorConfig c = config;
        if (c == null) {
            c = new IndicatorConfig(catalogue, ws.indicatorSettings().settings(), ws.indicatorSettings().customs());
            config = c;
        }
        return c;
    }

    /** Where warning lists and the frequency cap come from (the links feature); read at the start of every run. */
    public void useNoise(java.util.function.Supplier<CrossCaseNoise> source) {
        noise = source;
    }

    // ---- running ----

    /** Runs every indicator on one case and saves the findings and assessment. */
    public Assessment checkCase(UUID caseId) {
        return run(caseId, a -> true, null);
    }

    /** Counts of a run over all cases; {@code written}: cases whose results changed and were saved. */
    public record RunSummary(int cases, int findings, int written, long millis) {
    }

    /** Progress of a long run: cases done of all. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /**
     * Runs every indicator on every case: one read of the evidence and of the identifier index, evaluation on all
     * cores, then the results saved in chunks (a case whose results did not change is not written again).
     */
    public RunSummary checkAll(Progress progress) {
        long start = System.nanoTime();
        IndicatorConfig cfg = config();
        long total = ws.cases().count();
        CheckStore.Assessor assessor = assessor(cfg);
        String settings = ResultHash.settings(cfg);
        List<CheckStore.CaseResult> chunk = new ArrayList<>();
        int[] counts = {0, 0, 0};
        int cases = AllCasesEvaluation.run(ws, noise.get(), data -> {
            CheckEngine.CaseResult r = engine.evaluate(data, cfg, a -> true);
            List<FindingDraft> drafts = r.drafts(catalogue.version());
            return new CheckStore.CaseResult(r.caseId(), null, drafts, r.evaluations(),
                    ResultHash.of(settings, drafts, r.evaluations()));
        }, result -> {
            chunk.add(result);
            counts[0]++;
            counts[1] += result.raised().size();
            if (chunk.size() >= CHUNK) {
                counts[2] += ws.checks().saveAll(List.copyOf(chunk), assessor);
                chunk.clear();
                progress.update(counts[0], total);
            }
        });
        if (!chunk.isEmpty()) {
            counts[2] += ws.checks().saveAll(chunk, assessor);
        }
        ws.checks().recordFullRun(Instant.now());
        texts.forget();
        progress.update(cases, total);
        return new RunSummary(cases, counts[1], counts[2], (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Evaluates every indicator on every case as {@link #checkAll} does, without saving anything: what a run over all
     * cases costs before its results are stored (the check benchmark measures it).
     */
    public RunSummary evaluateAll() {
        long start = System.nanoTime();
        IndicatorConfig cfg = config();
        int[] findings = {0};
        int cases = AllCasesEvaluation.run(ws, noise.get(), data -> engine.evaluate(data, cfg, a -> true).raised().size(),
                n -> findings[0] += n);
        return new RunSummary(cases, findings[0], 0, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs once over the cases never checked, or checked with another catalogue version (e.g. after an upgrade). */
    public int checkOutdated() {
        List<UUID> ids = ws.checks().casesNeedingCheck(catalogue.version());
        if (ids.size() > BATCH_FROM) {
            // After an upgrade most cases are outdated: one batch pass beats thousands of single-case runs.
            checkAll((done, total) -> { });
        } else {
            ids.forEach(this::checkCase);
        }
        return ids.size();
    }

    /**
     * What the rules read about one case, as a check would read it now; screens use it to show the data behind a
     * finding (e.g. the sign-ins of a log finding) by running the same analysis again.
     */
    public CaseData caseData(UUID caseId) {
        CheckStore.CaseInput input = ws.checks().loadCase(caseId);
        StoreCrossCaseView view = new StoreCrossCaseView(ws.checks(), ws.signIns());
        view.prefetch(List.of(input));
        return caseData(input, NoiseFilteredView.of(view, noise.get()));
    }

    /** A case's data for the rules, the other cases seen through {@code others}. */
    private CaseData caseData(CheckStore.CaseInput input, CrossCaseView others) {
        return AllCasesEvaluation.caseData(input, others, AllCasesEvaluation.signInsOf(ws, input));
    }

    private Assessment run(UUID caseId, Predicate<IndicatorConfig.Active> scope, Set<String> scopeIds) {
        IndicatorConfig cfg = config();
        CaseData data = caseData(caseId);
        CheckEngine.CaseResult r = engine.evaluate(data, cfg, scope);
        List<FindingDraft> drafts = r.drafts(catalogue.version());
        String hash = scopeIds == null ? ResultHash.of(ResultHash.settings(cfg), drafts, r.evaluations()) : null;
        return ws.checks().save(new CheckStore.CaseResult(caseId, scopeIds, drafts, r.evaluations(), hash),
                assessor(cfg));
    }

    /** Runs only the indicators selected, keeping the other indicators' results as they are. */
    public Assessment recheck(UUID caseId, Predicate<IndicatorConfig.Active> scope) {
        Set<String> ids = new HashSet<>();
        config().all().stream().filter(scope).forEach(a -> ids.add(a.id()));
        return run(caseId, scope, ids);
    }

    private CheckStore.Assessor assessor(IndicatorConfig cfg) {
        return (caseId, findings, evaluations) -> RiskScorer.assess(caseId, findings, evaluations, cfg, Instant.now());
    }

    // ---- following changes ----

    /**
     * Re-evaluates what an evidence change can affect: in the changed case, the indicators that read the changed
     * kinds, plus the cross-case ones; in every case sharing an identifier with the old or new values, or holding a
     * text close to an old or new one, the cross-case indicators. All of them are loaded, evaluated and saved together.
     */
    @Override
    public void evidenceChanged(List<EvidenceChange> changes) {
        IndicatorConfig cfg = config();
        Map<UUID, Set<String>> scopes = new LinkedHashMap<>();
        Set<Map.Entry<IdentifierKind, String>> values = new HashSet<>();
        for (EvidenceChange c : changes) {
            texts.add(c.identifiers());
            Set<String> kinds = new HashSet<>();
            c.kinds().forEach(k -> kinds.add(k.name()));
            Set<String> scope = scopes.computeIfAbsent(c.caseId(), k -> new HashSet<>());
            cfg.all().stream().filter(a -> a.definition().crossCase() || kinds.stream().anyMatch(a.definition()::reads)
                            || a.custom() != null && a.custom().kind() != null && kinds.contains(a.custom().kind().name()))
                    .forEach(a -> scope.add(a.id()));
            // Values an item kept can change nothing in other cases: only those gained or lost reach them.
            for (Identifier i : c.changed()) {
                values.add(Map.entry(i.kind(), i.normalized()));
            }
        }
        if (scopes.isEmpty()) {
            return;
        }
        Set<UUID> changedCases = scopes.keySet();
        Set<UUID> affected = new LinkedHashSet<>(ws.checks().casesSharingAny(values, changedCases.iterator().next()));
        // One view for the whole re-check: the look-ups below and the rules' share what it reads.
        StoreCrossCaseView view = new StoreCrossCaseView(ws.checks(), ws.signIns(), texts::values);
        int radius = fingerprintRadius(cfg);
        for (EvidenceChange c : changes) {
            for (Identifier i : c.changed()) {
                if (i.kind() == IdentifierKind.TEXT_FINGERPRINT) {
                    // Near-duplicate texts are not equal values: the cases whose fingerprints are close.
                    view.similarText(i.normalized(), radius, c.caseId()).forEach(o -> affected.add(o.caseId()));
                }
            }
        }
        affected.removeAll(changedCases);
        Set<String> crossCase = new HashSet<>();
        cfg.all().stream().filter(a -> a.definition().crossCase()).forEach(a -> crossCase.add(a.id()));
        for (UUID other : affected) {
            scopes.put(other, crossCase);
        }
        recheckAll(scopes, view);
    }

    /**
     * How far apart two texts may be for a cross-case indicator to call them the same wording: the widest distance
     * any enabled one is set to. Cases farther from a changed text than this cannot be affected by it.
     */
    private static int fingerprintRadius(IndicatorConfig cfg) {
        int radius = 0;
        for (IndicatorConfig.Active a : cfg.all()) {
            if (a.enabled() && a.definition().crossCase()) {
                for (ParameterSpec p : a.definition().parameters()) {
                    if (p.key().endsWith("Distance")) {
                        radius = Math.max(radius, a.params().integer(p.key()));
                    }
                }
            }
        }
        return radius;
    }

    /** Re-runs the given indicators of each case: one load, one view of the other cases, one transaction. */
    private void recheckAll(Map<UUID, Set<String>> scopes, StoreCrossCaseView view) {
        IndicatorConfig cfg = config();
        Map<UUID, CheckStore.CaseInput> inputs = ws.checks().loadCases(scopes.keySet());
        view.prefetch(inputs.values());
        CrossCaseView others = NoiseFilteredView.of(view, noise.get());
        List<CheckStore.CaseResult> results = new ArrayList<>();
        for (CheckStore.CaseInput input : inputs.values()) {
            Set<String> scope = scopes.get(input.caseFile().id());
            CheckEngine.CaseResult r = engine.evaluate(caseData(input, others), cfg, a -> scope.contains(a.id()));
            results.add(new CheckStore.CaseResult(r.caseId(), scope, r.drafts(catalogue.version()), r.evaluations()));
        }
        ws.checks().saveAll(results, assessor(cfg));
    }

    /** A new case is checked at once (so it shows its coverage); a changed claimed identity affects every indicator. */
    @Override
    public void caseChanged(UUID caseId) {
        checkCase(caseId);
    }

    // ---- human input ----

    public Finding review(Finding f, FindingState state, String reason) {
        return ws.checks().review(f.id(), f.version(), state, reason, assessor(config()));
    }

    /** Saves a checklist answer and re-evaluates that indicator for the case. */
    public Assessment answer(UUID caseId, String indicatorId, ChecklistAnswer.Answer answer, String comment) {
        ws.checks().answer(caseId, indicatorId, answer, comment);
        return recheck(caseId, a -> a.id().equals(indicatorId));
    }

    // ---- settings ----

    /**
     * Saves an indicator's switch, weight and parameters after checking them against the catalogue; the caller then
     * re-runs the checks (results depend on them).
     */
    public IndicatorSetting saveSetting(IndicatorSetting setting) {
        IndicatorDefinition def = catalogue.indicator(setting.indicatorId())
                .orElseThrow(() -> new IllegalArgumentException("unknown indicator"));
        List<Violation> problems = new ArrayList<>();
        if (setting.weight() != null && (setting.weight() < 0 || setting.weight() > 100 || setting.weight().isNaN())) {
            problems.add(new Violation("weight", "validation.weightRange"));
        }
        for (Map.Entry<String, String> p : setting.parameters().entrySet()) {
            ParameterSpec spec = def.parameter(p.getKey()).orElse(null);
            if (spec == null) {
                problems.add(new Violation(p.getKey(), "validation.unknownField"));
                continue;
            }
            spec.check(p.getValue()).ifPresent(pr -> problems.add(new Violation(p.getKey(), pr.messageKey(), pr.arg())));
        }
        ValidationException.throwIfAny(problems);
        IndicatorSetting saved = ws.indicatorSettings().save(setting);
        config = null;
        return saved;
    }

    public CustomIndicator saveCustom(CustomIndicator c) {
        CustomIndicator saved = ws.indicatorSettings().saveCustom(c);
        config = null;
        return saved;
    }

    public void deleteCustom(String id) {
        ws.indicatorSettings().deleteCustom(id);
        config = null;
    }

    /** Kinds an indicator reads, for tests and the screen's "needs" column. */
    static Set<EvidenceKind> kindsOf(IndicatorDefinition d) {
        Set<EvidenceKind> out = new HashSet<>();
        d.needs().stream().filter(n -> !n.isSubject()).forEach(n -> {
            try {
                out.add(EvidenceKind.valueOf(n.kind()));
            } catch (IllegalArgumentException e) {
                // a pseudo kind such as the checklist
            }
        });
        return out;
    }
}
