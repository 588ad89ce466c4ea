package org.hirewatch.indicators.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.FieldValidators;

/**
 * Field values read the way investigators type them, for the activity, payment, equipment, work and cross-case
 * rules. Anything that cannot be read comes back as null, so a rule treats it as missing instead of failing.
 */
final class Values {
    private static final int MAX_LISTED = 10;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Country texts repeat across thousands of sign-ins; reading one is a normalisation and two regexes. */
    private static final Map<String, Optional<String>> COUNTRIES = new ConcurrentHashMap<>();
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;
    private static final Pattern THOUSANDS = Pattern.compile("[\\s_,']");
    private static final DateTimeFormatter UTC_MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Values() {
    }

    static boolean yes(Evidence e, String field) {
        return "yes".equalsIgnoreCase(e.value(field).strip());
    }

    static boolean no(Evidence e, String field) {
        return "no".equalsIgnoreCase(e.value(field).strip());
    }

    /** A yes/no field that holds an answer. */
    static boolean answered(Evidence e, String field) {
        return yes(e, field) || no(e, field);
    }

    /** A count: a whole number of zero or more ("1,200" reads as 1200); null when it is not one. */
    static Long count(String text) {
        String v = THOUSANDS.matcher(text == null ? "" : text).replaceAll("");
        if (v.startsWith("+")) {
            v = v.substring(1);
        }
        if (v.isEmpty() || v.length() > 15 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(v);
    }

    /** A decimal number; a decimal comma and a trailing percent sign are accepted. Null when it is not one. */
    static Double decimal(String text) {
        String v = text == null ? "" : text.strip();
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        if (v.indexOf('.') < 0 && v.indexOf(',') == v.lastIndexOf(',')) {
            v = v.replace(',', '.');
        }
        if (!FieldValidators.isDecimal(v)) {
            return null;
        }
        double d = Double.parseDouble(v);
        return Double.isFinite(d) ? d : null;
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : FieldValidators.parseDate(text.strip());
    }

    /**
     * A moment: an ISO instant or offset date-time, or a local date-time as the evidence form stores it. Local times
     * are read in this computer's zone because that is the zone in which the form turned the observed time into an
     * instant; reading both the same way keeps their difference right.
     */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.strip();
        // Both forms with an offset need a 'Z' or a sign after the date; without one, skip them: a failed parse throws,
        // and rules read thousands of local times ("2026-03-02 14:00") per run.
        if (v.indexOf('Z') >= 0 || v.indexOf('z') >= 0 || v.indexOf('+') >= 0 || v.lastIndexOf('-') > 10) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                // not an instant: try the other forms
            }
            try {
                return OffsetDateTime.parse(v.replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException e) {
                // no offset: try local forms
            }
        }
        LocalDateTime local = FieldValidators.parseDateTime(v);
        if (local == null) {
            try {
                local = LocalDateTime.parse(v.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return local.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** "2026-03-02 14:00 UTC": the same text on every computer, so a finding does not change with the viewer. */
    static String minute(Instant t) {
        return UTC_MINUTES.format(t);
    }

    static String day(Instant t) {
        return UTC_DAY.format(t);
    }

    /**
     * {@link Texts#fold}, remembered: rules fold the network name or tool list of every sign-in and device, and those
     * repeat across cases.
     */
    static String fold(String s) {
        String text = s == null ? "" : s;
        String known = FOLDED.get(text);
        if (known != null) {
            return known;
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
        String folded = NOT_LETTERS.matcher(n).replaceAll(" ").strip();
        if (FOLDED.size() < MAX_REMEMBERED) {
            FOLDED.put(text, folded);
        }
        return folded;
    }

    /** {@link Countries#code}, remembered. */
    static Optional<String> country(String text) {
        String key = text == null ? "" : text;
        Optional<String> known = COUNTRIES.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> code = Countries.code(key);
        if (COUNTRIES.size() < MAX_REMEMBERED) {
            COUNTRIES.put(key, code);
        }
        return code;
    }

    /** Whether folded text contains a folded name as whole words: "nordvpn s a" mentions "nordvpn", not "vpn s". */
    static boolean mentions(String text, String name) {
        return containsWords(fold(text), fold(name));
    }

    /** {@link #mentions} for texts folded already. */
    static boolean containsWords(String foldedText, String foldedName) {
        // The name as whole words: where it starts, a space or the start before it, a space or the end after it
        // (the same as finding " name " in " text ", without building either).
        if (foldedName.isEmpty()) {
            return false;
        }
        int length = foldedName.length();
        for (int i = foldedText.indexOf(foldedName); i >= 0; i = foldedText.indexOf(foldedName, i + 1)) {
            boolean startsWord = i == 0 || foldedText.charAt(i - 1) == ' ';
            boolean endsWord = i + length == foldedText.length() || foldedText.charAt(i + length) == ' ';
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** Values for an explanation, the first few only: a finding is one readable sentence. */
    static String join(Collection<String> values) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String v : values) {
            if (n == MAX_LISTED) {
                return sb.append(", …").toString();
            }
            sb.append(n++ == 0 ? "" : ", ").append(v);
        }
        return sb.toString();
    }

    /** At most one decimal, no trailing zeros: 26.5, 24, 0.3. */
    static String number(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** At most two decimals, no trailing zeros: 0.25, 1.41. */
    static String ratio(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
