package org.hirewatch.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.TextFingerprint;

/**
 * The other cases held in memory: built once for a run over all cases (one read of the index instead of a query per
 * identifier), or from the applicants of a JSON file. Built by one thread; once built it is only read, by as many
 * threads as evaluate.
 * <p>
 * A workspace's index holds half a million identifiers, nearly all of them in one case only, so each is kept as it was
 * read: no copy with the case's name (occurrences found are named when they are asked for) and no list for a value
 * held once.
 */
public final class MemoryCrossCaseView implements CrossCaseView {
    /** Per kind, per normalised value: one occurrence, or a list of them. */
    private final Map<IdentifierKind, Map<String, Object>> byValue = new EnumMap<>(IdentifierKind.class);
    /** Fingerprints in the order added, their 64 bits parsed once, and where each 16-bit quarter occurs. */
    private final List<IdentifierOccurrence> fingerprints = new ArrayList<>();
    private long[] bits = new long[64];
    /**
     * Per quarter, the fingerprints with each 16-bit value in it, as chains through arrays in the order added (no
     * boxed numbers: rules look texts up thousands of times a run): {@code heads[q][value]} is the first added,
     * {@code tails[q][value]} the last, {@code next[q][i]} the one added after i with the same value, -1 ends a chain.
     */
    private final int[][] heads = new int[4][];
    private final int[][] tails = new int[4][];
    private final int[][] next = new int[4][];
    private final Map<String, IdentifierOccurrence> byReference = new HashMap<>();
    private final Map<UUID, IdentifierOccurrence> byId = new HashMap<>();

    /**
     * Adds an occurrence; one without case reference and name is named after its case when found (see
     * {@link #addCase}).
     */
    @SuppressWarnings("unchecked")
    public void add(IdentifierOccurrence o) {
        if (o.kind() == IdentifierKind.TEXT_FINGERPRINT) {
            if (TextFingerprint.isFingerprint(o.normalized())) {
                addFingerprint(o);
            }
        } else {
            Map<String, Object> values = byValue.computeIfAbsent(o.kind(), k -> new HashMap<>());
            Object known = values.putIfAbsent(o.normalized(), o);
            // A value held more than once may be found by another case: name its occurrences now, once, rather than
            // copy them at every look-up.
            if (known instanceof List<?> list) {
                ((List<IdentifierOccurrence>) list).add(named(o));
            } else if (known != null) {
                List<IdentifierOccurrence> list = new ArrayList<>(2);
                list.add(named((IdentifierOccurrence) known));
                list.add(named(o));
                values.put(o.normalized(), list);
            }
        }
        if (!o.caseReference().isEmpty() && !byId.containsKey(o.caseId())) {
            addCase(o.caseId(), o.caseReference(), o.subjectName());
        }
    }

    /** Makes a case findable by reference even when it holds no identifier. */
    public void addCase(UUID caseId, String reference, String subjectName) {
        IdentifierOccurrence c = new IdentifierOccurrence(caseId, reference, subjectName, null, "", null, "");
        byId.putIfAbsent(caseId, c);
        byReference.putIfAbsent(reference.toUpperCase(Locale.ROOT), c);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase) {
        Object found = byValue.getOrDefault(kind, Map.of()).get(normalized);
        if (found == null) {
            return List.of();
        }
        List<IdentifierOccurrence> all = found instanceof List<?> list ? (List<IdentifierOccurrence>) list
                : List.of((IdentifierOccurrence) found);
        List<IdentifierOccurrence> out = new ArrayList<>();
        for (IdentifierOccurrence o : all) {
            if (!o.caseId().equals(exceptCase)) {
                out.add(named(o));
                if (out.size() == StoreCrossCaseView.LIMIT) {
                    break;
                }
            }
        }
        return out;
    }

    /** The occurrence with its case's reference and subject name, when it was added without them. */
    private IdentifierOccurrence named(IdentifierOccurrence o) {
        if (!o.caseReference().isEmpty()) {
            return o;
        }
        IdentifierOccurrence c = byId.get(o.caseId());
        return c == null ? o : new IdentifierOccurrence(o.caseId(), c.caseReference(), c.subjectName(), o.evidenceId(),
                o.field(), o.kind(), o.normalized());
    }

    private void addFingerprint(IdentifierOccurrence o) {
        int i = fingerprints.size();
        fingerprints.add(named(o));
        if (i == bits.length) {
            bits = Arrays.copyOf(bits, i * 2);
        }
        bits[i] = Long.parseUnsignedLong(o.normalized(), 16);
        for (int q = 0; q < 4; q++) {
            if (heads[q] == null) {
                heads[q] = new int[1 << 16];
                Arrays.fill(heads[q], -1);
                tails[q] = new int[1 << 16];
                next[q] = new int[64];
            }
            if (i == next[q].length) {
                next[q] = Arrays.copyOf(next[q], i * 2);
            }
            int value = quarter(bits[i], q);
            next[q][i] = -1;
            if (heads[q][value] < 0) {
                heads[q][value] = i;
            } else {
                next[q][tails[q][value]] = i;
            }
            tails[q][value] = i;
        }
    }

    private static int quarter(long bits, int q) {
        return (int) (bits >>> (16 * q)) & 0xffff;
    }

    /**
     * Runs once per case and text in a run over all cases, so it must not scan every fingerprint: two fingerprints at
     * most 3 bits apart agree on at least one of their four 16-bit quarters, so only texts sharing a quarter are
     * compared. Wider searches scan.
     */
    @Override
    public List<IdentifierOccurrence> similarText(String fingerprint, int maxDistance, UUID exceptCase) {
        if (!TextFingerprint.isFingerprint(fingerprint) || maxDistance < 0) {
            return List.of();
        }
        long wanted = Long.parseUnsignedLong(fingerprint, 16);
        List<IdentifierOccurrence> out = new ArrayList<>();
        if (maxDistance < 4) {
            // The four chains hold ascending positions: merged, they give the candidates in the order added, once
            // each, so the search stops at the limit. Near-duplicate templates can number in the thousands.
            int[] at = new int[4];
            for (int q = 0; q < 4; q++) {
                at[q] = heads[q] == null ? -1 : heads[q][quarter(wanted, q)];
            }
            while (out.size() < StoreCrossCaseView.LIMIT) {
                int i = Integer.MAX_VALUE;
                for (int q = 0; q < 4; q++) {
                    if (at[q] >= 0 && at[q] < i) {
                        i = at[q];
                    }
                }
                if (i == Integer.MAX_VALUE) {
                    break;
                }
                for (int q = 0; q < 4; q++) {
                    if (at[q] == i) {
                        at[q] = next[q][i];
                    }
                }
                add(out, i, wanted, maxDistance, exceptCase);
            }
        } else {
            for (int i = 0; i < fingerprints.size() && out.size() < StoreCrossCaseView.LIMIT; i++) {
                add(out, i, wanted, maxDistance, exceptCase);
            }
        }
        return out;
    }

    private void add(List<IdentifierOccurrence> out, int i, long wanted, int maxDistance, UUID exceptCase) {
        if (Long.bitCount(bits[i] ^ wanted) <= maxDistance) {
            IdentifierOccurrence o = fingerprints.get(i);
            if (!o.caseId().equals(exceptCase)) {
                out.add(named(o));
            }
        }
    }

    @Override
    public Optional<IdentifierOccurrence> caseByReference(String reference) {
        return Optional.ofNullable(byReference.get(reference.strip().toUpperCase(Locale.ROOT)));
    }
}
