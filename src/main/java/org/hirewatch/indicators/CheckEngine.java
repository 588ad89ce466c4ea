package org.hirewatch.indicators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        // The digest of "key␟arg␟arg␞<id>@<version>␞…" with the cited items in text order, fed piece by piece: a
        // cross-case finding cites up to hundreds of items, and building that text cost more than hashing it.
        MessageDigest md = SHA256.get();
        md.reset();
        md.update(h.messageKey().getBytes(StandardCharsets.UTF_8));
        for (String a : h.args()) {
            md.update((byte) 0x1f);
            md.update(a.getBytes(StandardCharsets.UTF_8));
        }
        UUID[] ids = h.evidenceIds().toArray(new UUID[0]);
        // Lower-case hex of fixed width sorts as the unsigned numbers it spells: this is the order of the ids' text.
        Arrays.sort(ids, TEXT_ORDER);
        byte[] cited = new byte[48];
        for (UUID id : ids) {
            md.update((byte) 0x1e);
            int n = writeUuid(id, cited);
            cited[n++] = '@';
            byte[] version = Integer.toString(versions.getOrDefault(id, 0)).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(version, 0, cited, n, version.length);
            md.update(cited, 0, n + version.length);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static final Comparator<UUID> TEXT_ORDER = (x, y) -> {
        int c = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    };

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Writes the id as {@link UUID#toString} spells it (8-4-4-4-12 lower-case hex digits); returns its length, 36. */
    private static int writeUuid(UUID id, byte[] out) {
        long msb = id.getMostSignificantBits();
        long lsb = id.getLeastSignificantBits();
        int n = 0;
        for (int i = 0; i < 16; i++) {
            if (i == 8 || i == 12) {
                out[n++] = '-';
            }
            out[n++] = HEX[(int) (msb >>> (60 - 4 * i)) & 0xf];
        }
        for (int i = 0; i < 16; i++) {
            if (i == 0 || i == 4) {
                out[n++] = '-';
            }
            out[n++] = HEX[(int) (lsb >>> (60 - 4 * i)) & 0xf];
        }
        return n;
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
