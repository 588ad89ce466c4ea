package org.hirewatch.indicators.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
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

    private SharedValues() {
    }

    record Shared(Identifier identifier, List<UUID> mine, List<IdentifierOccurrence> theirs) {

        /** This case's items first, then the other cases' items. */
        List<UUID> evidence() {
            List<UUID> out = new ArrayList<>(mine);
            theirs.forEach(o -> out.add(o.evidenceId()));
            return Hits.distinct(out);
        }

        /** Cases holding the value, this one included. */
        int caseCount() {
            return otherCases(theirs).size() + 1;
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
     * This case's values that {@code mine} selects, each looked up with {@code lookup} and kept when the other cases
     * that {@code theirs} accepts bring the total to at least {@code minCases}.
     */
    static List<Shared> find(CaseData c, Predicate<CaseData.Located> mine,
                             Function<Identifier, List<IdentifierOccurrence>> lookup,
                             Predicate<IdentifierOccurrence> theirs, int minCases) {
        Map<String, List<CaseData.Located>> byValue = new LinkedHashMap<>();
        for (CaseData.Located l : c.identifiers()) {
            if (mine.test(l) && !NO_WORDS.equals(l.identifier().normalized())) {
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

    /** Whether this case holds any value that {@code mine} selects (without one, the rule cannot run). */
    static boolean holds(CaseData c, Predicate<CaseData.Located> mine) {
        return c.identifiers().stream().anyMatch(mine);
    }

    /** This case's values recorded in these fields of this kind of evidence. */
    static Predicate<CaseData.Located> from(EvidenceKind kind, String... fields) {
        Set<String> set = Set.of(fields);
        return l -> l.evidence().kind() == kind && set.contains(l.identifier().field());
    }

    static Predicate<IdentifierOccurrence> inFields(String... fields) {
        Set<String> set = Set.of(fields);
        return o -> set.contains(o.field());
    }

    /**
     * Other cases whose applicant's name differs from every spelling this case records. A case with no name on either
     * side counts as different: nothing says it is the same person.
     */
    static Predicate<IdentifierOccurrence> differentlyNamed(Subject subject, double sameNameSimilarity) {
        List<String> names = subject.names().stream().map(NameSpelling::name).filter(n -> !n.isBlank()).toList();
        return o -> o.subjectName() == null || o.subjectName().isBlank() || names.stream()
                .allMatch(n -> Texts.nameSimilarity(n, o.subjectName()) < sameNameSimilarity);
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
