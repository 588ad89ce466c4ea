package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How a retention purge accounts for the audit entries it blanks: the purge entry lists their sequence numbers (as
 * ranges, "3-7,12") and a SHA-256 over their hashes in order. The verifier checks both against the blanked entries.
 */
final class Redaction {
    static final String PURGE_ACTION = "retention.purge";
    static final String SEQS = "redactedSeqs";
    static final String DIGEST = "redactedDigest";
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private Redaction() {
    }

    /** Ascending sequence numbers written as ranges. */
    static String ranges(List<Long> seqs) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < seqs.size()) {
            int j = i;
            while (j + 1 < seqs.size() && seqs.get(j + 1) == seqs.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(seqs.get(i));
            if (j > i) {
                sb.append('-').append(seqs.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    static List<Long> parseRanges(String ranges) {
        List<Long> out = new ArrayList<>();
        if (ranges == null || ranges.isBlank()) {
            return out;
        }
        for (String part : ranges.split(",")) {
            int dash = part.indexOf('-');
            long from = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
            long to = dash < 0 ? from : Long.parseLong(part.substring(dash + 1));
            if (to < from || to - from > 10_000_000L) {
                throw new NumberFormatException(part);
            }
            for (long s = from; s <= to; s++) {
                out.add(s);
            }
        }
        return out;
    }

    static String digest(List<String> hashes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String h : hashes) {
                md.update(h.getBytes(StandardCharsets.US_ASCII));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes from {@code unaccounted} the blanked entries a purge entry lists; false when the list names an entry
     * that is not blanked (or not earlier) or the digest does not match their hashes.
     */
    static boolean accountFor(String purgeAfterJson, SortedMap<Long, String> unaccounted) {
        try {
            Map<String, Object> after = Json.read(purgeAfterJson, OBJECT);
            List<Long> seqs = parseRanges(String.valueOf(after.getOrDefault(SEQS, "")));
            List<String> hashes = new ArrayList<>(seqs.size());
            for (Long s : seqs) {
                String h = unaccounted.get(s);
                if (h == null) {
                    return false;
                }
                hashes.add(h);
            }
            if (!digest(hashes).equals(after.get(DIGEST))) {
                return false;
            }
            seqs.forEach(unaccounted::remove);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
