package org.hirewatch.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.TextFingerprint;
import org.hirewatch.store.CheckStore;
import org.hirewatch.store.SignInStore;

/**
 * The other cases as the workspace's identifier index shows them: for checking a few cases after a change.
 * <p>
 * The cross-applicant rules ask for every value a case holds, rule after rule. {@link #prefetch} reads the
 * occurrences of all the values of the cases about to be checked in one query, so that a re-check asks the store once
 * instead of a hundred times; values it does not know (or too common to read at once) are asked for one by one.
 * Near-duplicate texts are found from the index's distinct fingerprints, without reading the rows behind them.
 */
final class StoreCrossCaseView implements CrossCaseView {
    /** More matches than this add nothing to a finding's explanation and only slow it down. */
    static final int LIMIT = 200;
    /** Rows read at once when prefetching; more means some values are very common: those are asked for with a limit. */
    private static final int PREFETCH_ROWS = 20_000;
    private final CheckStore store;
    private final SignInStore signIns;
    private final java.util.function.Supplier<long[]> texts;
    /** Occurrences (in every case) of the prefetched values, in reference order; a value not here is asked for. */
    private final Map<IdentifierKind, Map<String, List<IdentifierOccurrence>>> known = new HashMap<>();
    private long[] fingerprints;
    private final Map<String, List<IdentifierOccurrence>> similar = new HashMap<>();

    StoreCrossCaseView(CheckStore store) {
        this(store, null);
    }

    /** Also sees the addresses of other cases' imported sign-in logs, through their per-address index. */
    StoreCrossCaseView(CheckStore store, SignInStore signIns) {
        this(store, signIns, () -> KnownTexts.read(store));
    }

    /**
     * A view that also sees other cases' sign-in addresses (when {@code signIns} is given) and takes the workspace's
     * distinct text fingerprints (ascending) from {@code texts}.
     */
    StoreCrossCaseView(CheckStore store, SignInStore signIns, java.util.function.Supplier<long[]> texts) {
        this.store = store;
        this.signIns = signIns;
        this.texts = texts;
    }

    /** Reads every occurrence of the identifiers in these cases' evidence (texts aside), for the rules to look up. */
    void prefetch(Collection<CheckStore.CaseInput> cases) {
        Set<Map.Entry<IdentifierKind, String>> values = new LinkedHashSet<>();
        for (CheckStore.CaseInput c : cases) {
            for (Evidence e : c.evidence()) {
                for (EvidenceField f : e.kind().fields()) {
                    IdentifierKind kind = f.identifierKind();
                    String v = e.value(f.key());
                    // Text fingerprints are compared by distance, not looked up by value (see similarText).
                    if (kind != null && kind != IdentifierKind.TEXT_FINGERPRINT && !v.isBlank()) {
                        values.add(Map.entry(kind, Identifier.of(kind, f.key(), v).normalized()));
                    }
                }
            }
        }
        values.removeIf(v -> known.getOrDefault(v.getKey(), Map.of()).containsKey(v.getValue()));
        store.holding(values, PREFETCH_ROWS).ifPresent(found -> {
            for (Map.Entry<IdentifierKind, String> v : values) {
                known.computeIfAbsent(v.getKey(), k -> new HashMap<>()).put(v.getValue(), new ArrayList<>());
            }
            for (IdentifierOccurrence o : found) {
                known.get(o.kind()).get(o.normalized()).add(o);
            }
        });
    }

    @Override
    public List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase) {
        List<IdentifierOccurrence> all = known.getOrDefault(kind, Map.of()).get(normalized);
        List<IdentifierOccurrence> found = all == null ? store.sharing(kind, normalized, exceptCase, LIMIT)
                : all.stream().filter(o -> !o.caseId().equals(exceptCase)).limit(LIMIT).toList();
        if (kind != IdentifierKind.IP || signIns == null || found.size() >= LIMIT) {
            return found;
        }
        // Addresses in other cases' imported sign-in logs are kept apart from the index (one row per address).
        List<IdentifierOccurrence> inLogs = signIns.sharing(normalized, exceptCase, LIMIT - found.size());
        if (inLogs.isEmpty()) {
            return found;
        }
        List<IdentifierOccurrence> both = new ArrayList<>(found);
        both.addAll(inLogs);
        return both;
    }

    /**
     * Texts at most {@code maxDistance} bits away: the distinct fingerprints come from the index alone, and only the
     * rows of those close enough are read. A distance of 0 needs no scan.
     */
    @Override
    public List<IdentifierOccurrence> similarText(String fingerprint, int maxDistance, UUID exceptCase) {
        if (!TextFingerprint.isFingerprint(fingerprint) || maxDistance < 0) {
            return List.of();
        }
        List<IdentifierOccurrence> all = similar.get(fingerprint + "/" + maxDistance);
        if (all == null) {
            List<Map.Entry<IdentifierKind, String>> close = new ArrayList<>();
            if (maxDistance == 0) {
                close.add(Map.entry(IdentifierKind.TEXT_FINGERPRINT, fingerprint));
            } else {
                long wanted = Long.parseUnsignedLong(fingerprint, 16);
                for (long bits : fingerprints()) {
                    if (Long.bitCount(bits ^ wanted) <= maxDistance) {
                        close.add(Map.entry(IdentifierKind.TEXT_FINGERPRINT, String.format("%016x", bits)));
                    }
                }
            }
            Optional<List<IdentifierOccurrence>> read = store.holding(close, PREFETCH_ROWS);
            if (read.isEmpty()) {
                // A text shared by thousands: each close value asked for with a limit.
                return close.stream().flatMap(c -> store.sharing(c.getKey(), c.getValue(), exceptCase, LIMIT).stream())
                        .limit(LIMIT).toList();
            }
            all = read.get();
            similar.put(fingerprint + "/" + maxDistance, all);
        }
        return all.stream().filter(o -> !o.caseId().equals(exceptCase)).limit(LIMIT).toList();
    }

    private long[] fingerprints() {
        if (fingerprints == null) {
            fingerprints = texts.get();
        }
        return fingerprints;
    }

    @Override
    public Optional<IdentifierOccurrence> caseByReference(String reference) {
        return store.caseByReference(reference);
    }
}
