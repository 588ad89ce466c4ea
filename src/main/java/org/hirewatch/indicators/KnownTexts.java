package org.hirewatch.indicators;

import java.util.Arrays;
import java.util.Collection;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.TextFingerprint;
import org.hirewatch.store.CheckStore;

/**
 * The text fingerprints of a workspace's index, kept between the re-checks that follow evidence changes: reading them
 * (a scan of the index) was a third of a re-check's time. Read once, then told every value a change reports, old and
 * new. It may hold values no longer indexed, never lacks one that evidence saved since holds: it only says which
 * values to look up, and the look-up reads the rows, so a value gone finds nothing.
 * <p>
 * Only the evidence store writes the index, and it reports every change to the check service, which adds the values
 * here. A run over all cases forgets the list, so anything that slipped past is read again.
 */
final class KnownTexts {
    private final CheckStore store;
    /** Distinct fingerprints as numbers, ascending; null until first needed. */
    private long[] values;

    KnownTexts(CheckStore store) {
        this.store = store;
    }

    synchronized long[] values() {
        if (values == null) {
            values = read(store);
        }
        return values;
    }

    /** Adds the text fingerprints among these identifiers (a no-op until the list is read). */
    synchronized void add(Collection<Identifier> identifiers) {
        if (values == null) {
            return;
        }
        for (Identifier i : identifiers) {
            if (i.kind() == IdentifierKind.TEXT_FINGERPRINT && TextFingerprint.isFingerprint(i.normalized())) {
                long v = Long.parseUnsignedLong(i.normalized(), 16);
                int at = Arrays.binarySearch(values, v);
                if (at < 0) {
                    long[] grown = new long[values.length + 1];
                    int insert = -at - 1;
                    System.arraycopy(values, 0, grown, 0, insert);
                    grown[insert] = v;
                    System.arraycopy(values, insert, grown, insert + 1, values.length - insert);
                    values = grown;
                }
            }
        }
    }

    synchronized void forget() {
        values = null;
    }

    /** The index's distinct fingerprints, ascending (the same order the numbers' hex text sorts in). */
    static long[] read(CheckStore store) {
        return store.fingerprintValues().stream().filter(TextFingerprint::isFingerprint)
                .mapToLong(v -> Long.parseUnsignedLong(v, 16)).sorted().distinct().toArray();
    }
}
