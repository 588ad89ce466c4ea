package org.hirewatch.indicators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.FindingDraft;
import org.hirewatch.domain.IndicatorEvaluation;

/**
 * Runs the enabled indicators over one case: rules for automatic and assisted ones, checklist answers for manual
 * ones, conditions for custom ones. It only computes; saving results and keeping reviews is the store's job.
 */
public final class CheckEngine {
    /** The pseudo evidence kind of a checklist question that has not been answered yet. */
    public static final String CHECKLIST = "CHECKLIST";
    private final Map<String, Rule> rules;

    public CheckEngine(Map<String, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public static CheckEngine withBuiltInRules() {
        return new CheckEngine(Rules.all());
    }

    public boolean hasRule(String indicatorId) {
        return rules.containsKey(indicatorId);
    }

    /** Evaluates the indicators that {@code scope} selects (all of them for a full run). */
    public CaseResult evaluate(CaseData data, IndicatorConfig config, Predicate<IndicatorConfig.Active> scope) {
        List<Raised> raised = new ArrayList<>();
        List<IndicatorEvaluation> evaluations = new ArrayList<>();
        Map<UUID, Integer> versions = null;
        for (IndicatorConfig.Active a : config.all()) {
            if (!scope.test(a)) {
                continue;
            }
            if (!a.enabled()) {
                evaluations.add(new IndicatorEvaluation(a.id(), IndicatorEvaluation.Status.DISABLED, List.of()));
                continue;
            }
            Outcome o = outcome(a, data);
            evaluations.add(new IndicatorEvaluation(a.id(), o.evaluated() ? IndicatorEvaluation.Status.EVALUATED
                    : IndicatorEvaluation.Status.NOT_EVALUATED, o.missing()));
            for (Hit h : o.hits()) {
                if (versions == null) {
                    versions = versions(data);
                }
                raised.add(new Raised(a, h, fingerprint(h, versions)));
            }
        }
        return new CaseResult(data.caseId(), raised, evaluations);
    }

    private Outcome outcome(IndicatorConfig.Active a, CaseData data) {
        if (a.custom() != null) {
            return custom(a.custom(), data);
        }
        return switch (a.definition().mode()) {
            case MANUAL -> checklist(a.id(), data);
            case AUTOMATIC, ASSISTED -> {
                Rule rule = rules.get(a.id());
                yield rule == null ? Outcome.notEvaluated(new EvidenceNeed(CHECKLIST, a.id()))
                        : rule.evaluate(data, a.params());
            }
        };
    }

    static Outcome checklist(String id, CaseData data) {
        ChecklistAnswer answer = data.answer(id).orElse(null);
        if (answer == null || answer.answer() == ChecklistAnswer.Answer.NOT_CHECKED) {
            return Outcome.notEvaluated(new EvidenceNeed(CHECKLIST, id));
        }
        if (answer.answer() == ChecklistAnswer.Answer.NO) {
            return Outcome.clear();
        }
        return Outcome.hit(new Hit("checklist", "finding.checklist.yes", List.of(answer.comment()), List.of()));
    }

    static Outcome custom(CustomIndicator c, CaseData data) {
        List<Evidence> items = data.of(c.kind());
        if (items.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(c.kind()));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : items) {
            if (c.conditions().stream().allMatch(cond -> cond.matches(e))) {
                hits.add(Hit.of("finding.custom.match", List.of(e.id()), c.title(), e.summary()));
            }
        }
        return Outcome.hits(hits);
    }

    /**
     * Changes when the cited evidence, its version or the values in the explanation change. Stored fingerprints are
     * compared with new ones to keep or reopen reviews, so the text hashed and the hash must never change: a different
     * value would reopen every reviewed finding of every workspace. {@code versions} maps this case's items to their
     * versions (items of other cases count as version 0).
     */
    static String fingerprint(Hit h, Map<UUID, Integer> versions) {
        StringBuilder sb = new StringBuilder(128).append(h.messageKey());
        h.args().forEach(a -> sb.append('\u001f').append(a));
        List<UUID> ids = h.evidenceIds();
        String[] cited = new String[ids.size()];
        for (int i = 0; i < cited.length; i++) {
            cited[i] = ids.get(i) + "@" + versions.getOrDefault(ids.get(i), 0);
        }
        java.util.Arrays.sort(cited);
        for (String c : cited) {
            sb.append('\u001e').append(c);
        }
        MessageDigest md = SHA256.get();
        return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static String fingerprint(Hit h, CaseData data) {
        return fingerprint(h, versions(data));
    }

    private static Map<UUID, Integer> versions(CaseData data) {
        Map<UUID, Integer> out = new HashMap<>();
        for (Evidence e : data.evidence()) {
            out.putIfAbsent(e.id(), e.version());
        }
        return out;
    }

    /** Looking a digest up costs more than hashing one short text; each evaluating thread keeps its own. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** One indicator's hit on one case, ready to be merged with the stored findings. */
    public record Raised(IndicatorConfig.Active indicator, Hit hit, String fingerprint) {
    }

    public record CaseResult(UUID caseId, List<Raised> raised, List<IndicatorEvaluation> evaluations) {

        /** The raised hits as drafts the store can merge, stamped with the catalogue version. */
        public List<FindingDraft> drafts(String catalogueVersion) {
            return raised.stream().map(r -> new FindingDraft(r.indicator().id(), r.hit().key(),
                    r.indicator().definition().severity(), r.indicator().definition().mode(), r.hit().messageKey(),
                    r.hit().args(), r.hit().evidenceIds(), r.fingerprint(), catalogueVersion)).toList();
        }
    }
}
