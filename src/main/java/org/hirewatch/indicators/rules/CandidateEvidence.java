package org.hirewatch.indicators.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.FieldValidators;
import org.hirewatch.indicators.Hit;

/**
 * Reads candidate evidence the way the identity, communication and interview rules need it. A value that does not
 * parse (a decimal typed as text, a malformed date) reads as absent, never as zero, so a rule reports it as missing
 * instead of judging on it.
 */
final class CandidateEvidence {
    private CandidateEvidence() {
    }

    static OptionalDouble decimal(Evidence e, String field) {
        String v = e.value(field);
        return FieldValidators.isDecimal(v) ? OptionalDouble.of(Double.parseDouble(v.strip())) : OptionalDouble.empty();
    }

    static OptionalLong integer(Evidence e, String field) {
        String v = e.value(field);
        return FieldValidators.isInteger(v) ? OptionalLong.of(Long.parseLong(v.strip())) : OptionalLong.empty();
    }

    static Optional<LocalDate> date(Evidence e, String field) {
        return Optional.ofNullable(FieldValidators.parseDate(e.value(field)));
    }

    /** A choice field's value, lower case; empty when not filled in. */
    static String choice(Evidence e, String field) {
        return e.value(field).strip().toLowerCase(Locale.ROOT);
    }

    static boolean is(Evidence e, String field, String choice) {
        return choice(e, field).equals(choice);
    }

    /** True when the field holds one of the given choices (an answered question rather than "unknown"). */
    static boolean isOneOf(Evidence e, String field, Set<String> choices) {
        return choices.contains(choice(e, field));
    }

    /** The day an item was observed (UTC), as the explanation shows it. */
    static String day(Evidence e) {
        return LocalDate.ofInstant(e.observedAt(), ZoneOffset.UTC).toString();
    }

    static List<UUID> ids(Collection<Evidence> items) {
        return items.stream().map(Evidence::id).distinct().toList();
    }

    static List<UUID> ids(Evidence... items) {
        return ids(List.of(items));
    }

    /** A number as people write it: at most two decimals, no trailing zeros ("0.8", "24", "3.25"). */
    static String number(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A share 0..1 as a whole percentage. */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** Multi-line values (addresses) on one line, as the one-sentence explanation needs them. */
    static String oneLine(String s) {
        return String.join(", ", s.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /**
     * A hit that shares its message and evidence with a sibling (two skills in one CV) needs its own key, or the store
     * would merge the two into one finding.
     */
    static Hit distinct(Hit hit, String discriminator) {
        String key = hit.key() + "#" + discriminator;
        return new Hit(key.length() > 400 ? key.substring(0, 400) : key, hit.messageKey(), hit.args(),
                hit.evidenceIds());
    }

    // ---- names ----

    /**
     * Letter edits between two spellings of a name, with the order of its parts ignored. A spelling that only leaves
     * out parts of the other (a middle name) counts as 0: documents print full names and CVs rarely do.
     */
    static int nameDistance(String a, String b) {
        String x = Texts.nameKey(a);
        String y = Texts.nameKey(b);
        if (x.equals(y) || partsContained(x, y)) {
            return 0;
        }
        return Texts.distance(x, y);
    }

    private static boolean partsContained(String x, String y) {
        List<String> xs = List.of(x.split(" "));
        List<String> ys = List.of(y.split(" "));
        List<String> shorter = xs.size() <= ys.size() ? xs : ys;
        List<String> longer = shorter == xs ? ys : xs;
        return shorter.size() >= 2 && longer.containsAll(shorter);
    }

    /** The spelling among {@code spellings} closest to {@code name}; empty if there are none. */
    static Optional<Closest> closest(String name, Collection<String> spellings) {
        Closest best = null;
        for (String s : spellings) {
            int d = nameDistance(name, s);
            if (best == null || d < best.distance()) {
                best = new Closest(s, d);
            }
        }
        return Optional.ofNullable(best);
    }

    record Closest(String spelling, int distance) {
    }

    /** The claimed spellings of the subject's name, blanks left out, duplicates once. */
    static List<String> claimedNames(org.hirewatch.domain.Subject subject) {
        Set<String> out = new LinkedHashSet<>();
        subject.names().forEach(n -> {
            if (!n.name().isBlank()) {
                out.add(n.name().strip());
            }
        });
        return new ArrayList<>(out);
    }
}
