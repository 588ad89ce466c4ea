package org.hirewatch.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A 64-bit SimHash of a text's word 3-grams. Two texts that share most of their wording get fingerprints a few bits
 * apart, so a re-used CV or bid template is found even after small edits, without keeping the text itself in the
 * cross-case index.
 */
public final class TextFingerprint {
    private static final int SHINGLE = 3;

    private TextFingerprint() {
    }

    /** The fingerprint as 16 hex digits; texts with no words give all zeros. */
    public static String of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return "0".repeat(16);
        }
        int[] votes = new int[64];
        MessageDigest md = sha256();
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
                sb.append(words[j]).append(' ');
            }
            byte[] d = md.digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int b = 0; b < 8; b++) {
                h = h << 8 | (d[b] & 0xff);
            }
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (h >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fp |= 1L << bit;
            }
        }
        return String.format("%016x", fp);
    }

    /** Number of differing bits between two fingerprints (0 = same wording). */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    public static boolean isFingerprint(String s) {
        if (s == null || s.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
