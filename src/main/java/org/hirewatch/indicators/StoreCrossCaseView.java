package org.hirewatch.indicators;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.TextFingerprint;
import org.hirewatch.store.CheckStore;
import org.hirewatch.store.SignInStore;

/** The other cases as the workspace's identifier index shows them: for checking one case after a change. */
final class StoreCrossCaseView implements CrossCaseView {
    /** More matches than this add nothing to a finding's explanation and only slow it down. */
    static final int LIMIT = 200;
    private final CheckStore store;
    private final SignInStore signIns;
    private List<IdentifierOccurrence> fingerprints;

    StoreCrossCaseView(CheckStore store) {
        this(store, null);
    }

    /** Also sees the addresses of other cases' imported sign-in logs, through their per-address index. */
    StoreCrossCaseView(CheckStore store, SignInStore signIns) {
        this.store = store;
        this.signIns = signIns;
    }

    @Override
    public List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase) {
        List<IdentifierOccurrence> found = store.sharing(kind, normalized, exceptCase, LIMIT);
        if (kind != IdentifierKind.IP || signIns == null || found.size() >= LIMIT) {
            return found;
        }
        List<IdentifierOccurrence> inLogs = signIns.sharing(normalized, exceptCase, LIMIT - found.size());
        if (inLogs.isEmpty()) {
            return found;
        }
        List<IdentifierOccurrence> all = new java.util.ArrayList<>(found);
        all.addAll(inLogs);
        return all;
    }

    @Override
    public List<IdentifierOccurrence> similarText(String fingerprint, int maxDistance, UUID exceptCase) {
        if (fingerprints == null) {
            fingerprints = store.allOfKind(IdentifierKind.TEXT_FINGERPRINT);
        }
        return store.withCaseNames(fingerprints.stream().filter(o -> !o.caseId().equals(exceptCase))
                .filter(o -> TextFingerprint.isFingerprint(o.normalized())
                        && TextFingerprint.distance(o.normalized(), fingerprint) <= maxDistance)
                .limit(LIMIT).toList());
    }

    @Override
    public Optional<IdentifierOccurrence> caseByReference(String reference) {
        return store.caseByReference(reference);
    }
}
