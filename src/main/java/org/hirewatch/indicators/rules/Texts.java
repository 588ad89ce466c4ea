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
        // Two rows reused per thread: cross-case rules compare names by the thousand.
        int[][] rows = ROWS.get();
        if (rows[0].length < b.length() + 1) {
            rows[0] = new int[b.length() + 1];
            rows[1] = new int[b.length() + 1];
        }
        int[] prev = rows[0];
        int[] cur = rows[1];
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

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {new int[64], new int[64]});

    /** 1.0 for the same name (in any order of its parts), falling towards 0 with the edit distance. */
    public static double nameSimilarity(String a, String b) {
        String x = nameKey(a);
        String y = nameKey(b);
        int longest = Math.max(x.length(), y.length());
        return longest == 0 ? 1.0 : 1.0 - (double) distance(x, y) / longest;
    }

    /**
     * {@code nameSimilarity(a, b) >= threshold}, from the names' keys, without the full edit distance: only the edits
     * the threshold allows are counted (a band around the diagonal), and the count stops once they are exceeded.
     * Cross-case rules ask this for every case sharing a value with the one checked, most of them other people.
     */
    public static boolean similarAtLeast(String keyA, String keyB, double threshold) {
        int longest = Math.max(keyA.length(), keyB.length());
        if (longest == 0) {
            return 1.0 >= threshold;
        }
        // The most edits that still reach the threshold, by the very formula nameSimilarity uses.
        int allowed = -1;
        while (allowed < longest && 1.0 - (double) (allowed + 1) / longest >= threshold) {
            allowed++;
        }
        return allowed >= 0 && Math.abs(keyA.length() - keyB.length()) <= allowed
                && withinDistance(keyA, keyB, allowed);
    }

    /** Whether the edit distance of a and b is at most k (k &ge; 0), computing only cells within k of the diagonal. */
    static boolean withinDistance(String a, String b, int k) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > k) {
            return false; // and the last cell lies in the band of the last row
        }
        int over = k + 1;
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 2) {
            rows[0] = new int[m + 2];
            rows[1] = new int[m + 2];
        }
        int[] prev = rows[0];
        int[] cur = rows[1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        prev[m + 1] = over;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - k);
            int hi = Math.min(m, i + k);
            cur[0] = Math.min(i, over);
            if (lo > 1) {
                cur[lo - 1] = over;
            }
            int rowMin = lo > 1 ? over : cur[0];
            for (int j = lo; j <= hi; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) {
                cur[hi + 1] = over;
            }
            if (rowMin > k) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= k;
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
