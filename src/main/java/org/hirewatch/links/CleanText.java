package org.hirewatch.links;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first step of every normaliser: typed or pasted values arrive with full-width letters, zero-width spaces,
 * direction marks and line breaks that people cannot see but that would stop two equal values from matching.
 */
final class CleanText {
    /** Longer input is cut before any pattern runs on it, so a pasted megabyte cannot stall an evidence save. */
    static final int MAX_INPUT = 2_000;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t\\r]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CleanText() {
    }

    /** NFKC (full-width and ligature forms to plain ones), invisible characters removed, spaces collapsed. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String v = value.length() > MAX_INPUT ? value.substring(0, MAX_INPUT) : value;
        v = Normalizer.normalize(v, Normalizer.Form.NFKC);
        v = INVISIBLE.matcher(v).replaceAll("");
        return SPACES.matcher(v).replaceAll(" ").strip();
    }

    /** {@link #clean} plus lower case. */
    static String lower(String value) {
        return clean(value).toLowerCase(Locale.ROOT);
    }

    /** Lower case without accents, for names and addresses that are typed with and without them. */
    static String folded(String value) {
        String v = Normalizer.normalize(clean(value), Normalizer.Form.NFD);
        return MARKS.matcher(v).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
