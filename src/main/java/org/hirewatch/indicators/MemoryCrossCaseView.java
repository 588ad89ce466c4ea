package org.hirewatch.indicators;

import java.util.ArrayList;
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
 * identifier), or from the applicants of a JSON file.
 */
public final class MemoryCrossCaseView implements CrossCaseView {
    private final Map<String, List<IdentifierOccurrence>> byValue = new HashMap<>();
    private final List<IdentifierOccurrence> fingerprints = new ArrayList<>();
    private final Map<String, IdentifierOccurrence> byReference = new HashMap<>();

    public void add(IdentifierOccurrence o) {
        if (o.kind() == IdentifierKind.TEXT_FINGERPRINT) {
            fingerprints.add(o);
        } else {
            byValue.computeIfAbsent(o.kind() + "\u001f" + o.normalized(), k -> new ArrayList<>()).add(o);
        }
        byReference.putIfAbsent(o.caseReference().toUpperCase(Locale.ROOT),
                new IdentifierOccurrence(o.caseId(), o.caseReference(), o.subjectName(), null, "", null, ""));
    }

    /** Makes a case findable by reference even when it holds no identifier. */
    public void addCase(UUID caseId, String reference, String subjectName) {
        byReference.putIfAbsent(reference.toUpperCase(Locale.ROOT),
                new IdentifierOccurrence(caseId, reference, subjectName, null, "", null, ""));
    }

    @Override
    public List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase) {
        return byValue.getOrDefault(kind + "\u001f" + normalized, List.of()).stream()
                .filter(o -> !o.caseId().equals(exceptCase)).limit(StoreCrossCaseView.LIMIT).toList();
    }

    @Override
    public List<IdentifierOccurrence> similarText(String fingerprint, int maxDistance, UUID exceptCase) {
        return fingerprints.stream().filter(o -> !o.caseId().equals(exceptCase))
                .filter(o -> TextFingerprint.isFingerprint(o.normalized())
                        && TextFingerprint.distance(o.normalized(), fingerprint) <= maxDistance)
                .limit(StoreCrossCaseView.LIMIT).toList();
    }

    @Override
    public Optional<IdentifierOccurrence> caseByReference(String reference) {
        return Optional.ofNullable(byReference.get(reference.strip().toUpperCase(Locale.ROOT)));
    }
}
