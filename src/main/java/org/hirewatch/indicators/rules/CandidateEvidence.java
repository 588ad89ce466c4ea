package org.hirewatch.indicators.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.FieldValidators;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.ParameterSpec;
import org.hirewatch.indicators.Params;

/**
 * Reads candidate evidence the way the identity, communication and interview rules need it. A value that does not
 * parse (a decimal typed as text, a malformed date) reads as absent, never as zero, so a rule reports it as missing
 * instead of judging on it.
 */
final class CandidateEvidence {
    private CandidateEvidence() {
    }

    /** A decimal in the plain notation the evidence form accepts ("0.8", "-3", ".5", "1e3"). */
    static OptionalDouble decimal(Evidence e, String field) {
        String v = e.value(field).strip();
        if (!isPlainDecimal(v)) {
            return OptionalDouble.empty();
        }
        double d = Double.parseDouble(v);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** The grammar of {@link FieldValidators#isDecimal}, checked by hand: rules read thousands of values a second. */
    private static boolean isPlainDecimal(String v) {
        int n = v.length();
        int i = n > 0 && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
        int digits = 0;
        while (i < n && isDigit(v.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && v.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    static OptionalLong integer(Evidence e, String field) {
        String v = e.value(field).strip();
        int n = v.length();
        int i = n > 0 && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
        if (i == n) {
            return OptionalLong.empty();
        }
        for (int j = i; j < n; j++) {
            if (!isDigit(v.charAt(j))) {
                return OptionalLong.empty();
            }
        }
        try {
            return OptionalLong.of(Long.parseLong(v));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** An ISO date ("2026-03-02"); the common form is read by hand, anything else as the evidence form reads it. */
    static Optional<LocalDate> date(Evidence e, String field) {
        String v = e.value(field).strip();
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int y = digits(v, 0, 4);
            int m = digits(v, 5, 7);
            int d = digits(v, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return Optional.of(LocalDate.of(y, m, d));
                } catch (DateTimeException invalid) {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(FieldValidators.parseDate(v));
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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

    // ---- memoised look-ups: pure functions of a short text, asked for again in every case ----

    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, Optional<String>> COUNTRIES = new ConcurrentHashMap<>();
    private static final Map<String, Optional<String>> NATIONALITIES = new ConcurrentHashMap<>();
    private static final Map<String, Optional<ZoneId>> ZONES = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> LISTS = new ConcurrentHashMap<>();

    private static <V> V memo(Map<String, V> cache, String key, Function<String, V> compute) {
        V v = cache.get(key);
        if (v == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            v = compute.apply(key);
            cache.put(key, v);
        }
        return v;
    }

    /** {@link Countries#code}, remembered: it normalises with regular expressions and rules ask for it per item. */
    static Optional<String> country(String text) {
        return text == null || text.isBlank() ? Optional.empty() : memo(COUNTRIES, text, Countries::code);
    }

    /** True only when both can be read and they name different countries. */
    static boolean countriesDiffer(String a, String b) {
        Optional<String> x = country(a);
        Optional<String> y = country(b);
        return x.isPresent() && y.isPresent() && !x.get().equals(y.get());
    }

    static Optional<String> nationality(String text) {
        return text == null || text.isBlank() ? Optional.empty() : memo(NATIONALITIES, text, Nationalities::code);
    }

    /** A time-zone id ("America/Chicago", "UTC+9"); empty when it cannot be read. */
    static Optional<ZoneId> zone(String text) {
        return text == null || text.isBlank() ? Optional.empty() : memo(ZONES, text.strip(), t -> {
            try {
                return Optional.of(ZoneId.of(t));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    /** A list parameter, parsed once per distinct value rather than once per case. */
    static List<String> list(Params p, String key) {
        return memo(LISTS, p.text(key), ParameterSpec::list);
    }

    /**
     * Lower case, punctuation to single spaces, like {@link Texts#fold}; plain ASCII text takes a short path without
     * regular expressions, other text goes through {@link Texts#fold} for its accents and scripts.
     */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 128) {
                return Texts.fold(s);
            }
            if (Character.isLetterOrDigit(ch)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(ch));
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    // ---- names ----

    /** A name ready for comparison: its parts folded and sorted, so "Kim, Daniel" and "Daniel Kim" are one key. */
    record NameKey(String name, String key, List<String> parts) {
        static NameKey of(String name) {
            String[] parts = fold(name).split(" ");
            Arrays.sort(parts);
            return new NameKey(name, String.join(" ", parts), List.of(parts));
        }
    }

    static List<NameKey> nameKeys(Collection<String> names) {
        return names.stream().map(NameKey::of).toList();
    }

    static int nameDistance(String a, String b) {
        return nameDistance(NameKey.of(a), NameKey.of(b));
    }

    /**
     * Letter edits between two spellings of a name, with the order of its parts ignored. A spelling that only leaves
     * out parts of the other (a middle name) counts as 0: documents print full names and CVs rarely do.
     */
    static int nameDistance(NameKey a, NameKey b) {
        if (a.key().equals(b.key())) {
            return 0;
        }
        List<String> shorter = a.parts().size() <= b.parts().size() ? a.parts() : b.parts();
        List<String> longer = shorter == a.parts() ? b.parts() : a.parts();
        if (shorter.size() >= 2 && longer.containsAll(shorter)) {
            return 0;
        }
        return Texts.distance(a.key(), b.key());
    }

    /** The spelling among {@code spellings} closest to {@code name}; empty if there are none. */
    static Optional<Closest> closest(String name, List<NameKey> spellings) {
        NameKey key = NameKey.of(name);
        Closest best = null;
        for (NameKey s : spellings) {
            int d = nameDistance(key, s);
            if (best == null || d < best.distance()) {
                best = new Closest(s.name(), d);
            }
        }
        return Optional.ofNullable(best);
    }

    record Closest(String spelling, int distance) {
    }

    /** The claimed spellings of the subject's name, blanks left out, duplicates once. */
    static List<String> claimedNames(Subject subject) {
        Set<String> out = new LinkedHashSet<>();
        subject.names().forEach(n -> {
            if (!n.name().isBlank()) {
                out.add(n.name().strip());
            }
        });
        return new ArrayList<>(out);
    }
}
