package org.hirewatch.indicators.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CaseData;

/**
 * Values this case holds that other cases hold too: the common step of the cross-applicant rules. Each shared value
 * keeps this case's evidence items and the other cases' occurrences, so a finding can cite both sides.
 */
final class SharedValues {
    /** More case references than this make an explanation unreadable; the cited evidence still lists them all. */
    private static final int MAX_NAMED_CASES = 10;
    /** The fingerprint of a text without words: two such texts are not re-used wording. */
    private static final String NO_WORDS = "0".repeat(16);
    /** For rules without a minimum: one other case is enough. */
    static final int ANY_OTHER_CASE = 2;
    /**
     * Fingerprinting a CV hashes every three words, and four rules read the same CV on every run: remember the
     * fingerprint per evidence version (a version never changes its text).
     */
    private static final Map<String, Identifier> FINGERPRINTS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 50_000;

    private SharedValues() {
    }

    record Shared(Identifier identifier, List<UUID> mine, List<IdentifierOccurrence> theirs) {

        /** This case's items first, then the other cases' items. */
        List<UUID> evidence() {
            List<UUID> out = new ArrayList<>(mine);
            theirs.forEach(o -> out.add(o.evidenceId()));
            return Hits.distinct(out);
        }

        String cases() {
            return describe(theirs);
        }

        /** A stable name for the group: the value, never shown. */
        String group() {
            return identifier.kind() + "\u001f" + identifier.normalized();
        }
    }

    /**
     * This case's identifiers in these fields of this kind of evidence. Only these are built: a rule that compared
     * every identifier of the case would fingerprint every CV and template each time.
     */
    static List<CaseData.Located> values(CaseData c, EvidenceKind kind, String... fields) {
        List<CaseData.Located> out = new ArrayList<>();
        // twenty sign-ins from one address are one value to normalise
        Map<String, Identifier> seen = new HashMap<>();
        for (String field : fields) {
            IdentifierKind idKind = kind.field(field).map(EvidenceField::identifierKind).orElse(null);
            if (idKind == null) {
                continue;
            }
            for (Evidence e : c.of(kind)) {
                String v = e.value(field);
                if (!v.isBlank()) {
                    Identifier id = idKind == IdentifierKind.TEXT_FINGERPRINT ? fingerprint(e, field, v)
                            : seen.computeIfAbsent(field + "\u001f" + v, k -> identifier(idKind, field, v, k));
                    out.add(new CaseData.Located(e, id));
                }
            }
        }
        return out;
    }

    @SafeVarargs
    static List<CaseData.Located> all(List<CaseData.Located>... lists) {
        List<CaseData.Located> out = new ArrayList<>();
        for (List<CaseData.Located> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /**
     * Normalising a phone, address or account compiles a regular expression each time, and several rules ask for the
     * same values of a case one after another: the identifiers of the latest values are remembered.
     */
    private static Identifier identifier(IdentifierKind kind, String field, String value, String fieldAndValue) {
        String key = kind.ordinal() + fieldAndValue;
        Identifier known = IDENTIFIERS.get(key);
        if (known == null) {
            known = Identifier.of(kind, field, value);
            if (IDENTIFIERS.size() >= MAX_REMEMBERED) {
                IDENTIFIERS.clear();
            }
            IDENTIFIERS.put(key, known);
        }
        return known;
    }

    private static final Map<String, Identifier> IDENTIFIERS = new ConcurrentHashMap<>();

    private static Identifier fingerprint(Evidence e, String field, String value) {
        String key = e.id() + "@" + e.version() + "/" + field;
        Identifier known = FINGERPRINTS.get(key);
        if (known == null) {
            known = Identifier.of(IdentifierKind.TEXT_FINGERPRINT, field, value);
            if (FINGERPRINTS.size() >= MAX_REMEMBERED) {
                FINGERPRINTS.clear();
            }
            FINGERPRINTS.put(key, known);
        }
        return known;
    }

    /**
     * The values among {@code mine}, each looked up with {@code lookup} and kept when the other cases that
     * {@code theirs} accepts bring the total to at least {@code minCases}.
     */
    static List<Shared> find(CaseData c, List<CaseData.Located> mine,
                             Function<Identifier, List<IdentifierOccurrence>> lookup,
                             Predicate<IdentifierOccurrence> theirs, int minCases) {
        Map<String, List<CaseData.Located>> byValue = new LinkedHashMap<>();
        for (CaseData.Located l : mine) {
            if (!NO_WORDS.equals(l.identifier().normalized())) {
                byValue.computeIfAbsent(l.identifier().kind() + "\u001f" + l.identifier().normalized(),
                        k -> new ArrayList<>()).add(l);
            }
        }
        List<Shared> out = new ArrayList<>();
        for (List<CaseData.Located> same : byValue.values()) {
            Identifier id = same.get(0).identifier();
            List<IdentifierOccurrence> others = lookup.apply(id).stream()
                    .filter(o -> !o.caseId().equals(c.caseId())).filter(theirs).toList();
            if (!others.isEmpty() && otherCases(others).size() + 1 >= minCases) {
                List<UUID> ids = same.stream().map(l -> l.evidence().id()).toList();
                out.add(new Shared(id, Hits.distinct(ids), others));
            }
        }
        return out;
    }

    /** A lookup that finds nothing for the values {@code skip} accepts (the organization's own networks). */
    static Function<Identifier, List<IdentifierOccurrence>> except(Predicate<Identifier> skip,
                                                                   Function<Identifier, List<IdentifierOccurrence>> lookup) {
        return id -> skip.test(id) ? List.of() : lookup.apply(id);
    }

    /** Addresses in the organization's networks: checked once per distinct value, not per sign-in. */
    static Predicate<Identifier> inside(IpNetworks networks) {
        return id -> id.kind() == IdentifierKind.IP && !networks.isEmpty() && networks.contains(id.value());
    }

    /** Looks values up by equality in the other cases. */
    static Function<Identifier, List<IdentifierOccurrence>> equal(CaseData c) {
        return id -> c.others().sharing(id.kind(), id.normalized(), c.caseId());
    }

    /** Looks text fingerprints up by closeness; other values by equality. */
    static Function<Identifier, List<IdentifierOccurrence>> close(CaseData c, int maxDistance) {
        return id -> id.kind() == IdentifierKind.TEXT_FINGERPRINT
                ? c.others().similarText(id.normalized(), maxDistance, c.caseId())
                : c.others().sharing(id.kind(), id.normalized(), c.caseId());
    }

    static Predicate<IdentifierOccurrence> inFields(String... fields) {
        Set<String> set = Set.of(fields);
        return o -> set.contains(o.field());
    }

    /**
     * Other cases whose applicant's name differs from every spelling this case records. A case with no name on either
     * side counts as different: nothing says it is the same person. Answers are remembered per name, because one
     * shared address can bring many occurrences of the same few cases.
     */
    static Predicate<IdentifierOccurrence> differentlyNamed(Subject subject, double sameNameSimilarity) {
        List<String> keys = subject.names().stream().map(NameSpelling::name).filter(n -> !n.isBlank())
                .map(Texts::nameKey).toList();
        Map<String, Boolean> answers = new HashMap<>();
        return o -> o.subjectName() == null || o.subjectName().isBlank() || answers.computeIfAbsent(o.subjectName(),
                other -> {
                    String key = Texts.nameKey(other);
                    // nameSimilarity(n, other) < sameNameSimilarity for every spelling n, counted only as far as needed
                    return keys.stream().noneMatch(k -> Texts.similarAtLeast(k, key, sameNameSimilarity));
                });
    }

    /** "HW-2026-0007 (Dana Example), HW-2026-0009 (Lee Sample)", in reference order. */
    static String describe(List<IdentifierOccurrence> occurrences) {
        Map<UUID, IdentifierOccurrence> byCase = new LinkedHashMap<>();
        occurrences.stream().sorted(Comparator.comparing(IdentifierOccurrence::caseReference))
                .forEach(o -> byCase.putIfAbsent(o.caseId(), o));
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (IdentifierOccurrence o : byCase.values()) {
            if (n == MAX_NAMED_CASES) {
                sb.append(", …");
                break;
            }
            if (n++ > 0) {
                sb.append(", ");
            }
            sb.append(o.caseReference());
            if (o.subjectName() != null && !o.subjectName().isBlank()) {
                sb.append(" (").append(o.subjectName()).append(')');
            }
        }
        return sb.toString();
    }

    static Set<UUID> otherCases(List<IdentifierOccurrence> occurrences) {
        Set<UUID> out = new LinkedHashSet<>();
        occurrences.forEach(o -> out.add(o.caseId()));
        return out;
    }
}
