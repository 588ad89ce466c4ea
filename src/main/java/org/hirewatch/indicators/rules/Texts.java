package org.hirewatch.indicators.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Text comparison helpers for the rules: names, domains and addresses compared the way people write them. */
public final class Texts {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private Texts() {
    }

    /** Lower case, accents removed, punctuation to single spaces. */
    public static String fold(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A name with its parts sorted, so "Kim, Daniel" and "Daniel Kim" compare equal. */
    public static String nameKey(String name) {
        String n = name == null ? "" : name;
        String known = NAME_KEYS.get(n);
        if (known == null) {
            String[] parts = fold(n).split(" ");
            Arrays.sort(parts);
            known = String.join(" ", parts);
            if (NAME_KEYS.size() >= MAX_REMEMBERED) {
                NAME_KEYS.clear();
            }
            NAME_KEYS.put(n, known);
        }
        return known;
    }

    /**
     * Cross-applicant rules compare this case's names with the name of every case sharing a value, in every case of
     * a run: folding a name (Unicode decomposition and two regular expressions) each time was a tenth of all the
     * memory a run allocated. Names repeat, so their keys are remembered.
     */
    private static final Map<String, String> NAME_KEYS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 20_000;

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 1.0 for the same name (in any order of its parts), falling towards 0 with the edit distance. */
    public static double nameSimilarity(String a, String b) {
        String x = nameKey(a);
        String y = nameKey(b);
        int longest = Math.max(x.length(), y.length());
        return longest == 0 ? 1.0 : 1.0 - (double) distance(x, y) / longest;
    }

    /** The domain of an email address, lower case; empty if there is none. */
    public static String domainOf(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** Addresses compared loosely: case, punctuation and spacing ignored. */
    public static boolean sameAddress(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
