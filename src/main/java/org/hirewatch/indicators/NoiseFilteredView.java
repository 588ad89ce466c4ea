package org.hirewatch.indicators;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;

/**
 * The one place where the cross-case rules (XAP-*, and the cross-case parts of LOG-02 and EQP-04) stop seeing noise:
 * "who else has this value" answers nobody for a warning-listed or over-common value.
 */
final class NoiseFilteredView implements CrossCaseView {
    private final CrossCaseView view;
    private final CrossCaseNoise noise;

    private NoiseFilteredView(CrossCaseView view, CrossCaseNoise noise) {
        this.view = view;
        this.noise = noise;
    }

    static CrossCaseView of(CrossCaseView view, CrossCaseNoise noise) {
        return noise == null || noise == CrossCaseNoise.NONE ? view : new NoiseFilteredView(view, noise);
    }

    @Override
    public List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase) {
        List<IdentifierOccurrence> others = view.sharing(kind, normalized, exceptCase);
        if (others.isEmpty()) {
            return others;
        }
        int cases = (int) others.stream().map(IdentifierOccurrence::caseId).distinct().count() + 1;
        return noise.ignored(kind, normalized, cases) ? List.of() : others;
    }

    @Override
    public List<IdentifierOccurrence> similarText(String fingerprint, int maxDistance, UUID exceptCase) {
        List<IdentifierOccurrence> others = view.similarText(fingerprint, maxDistance, exceptCase);
        int cases = (int) others.stream().map(IdentifierOccurrence::caseId).distinct().count() + 1;
        return others.isEmpty() || !noise.ignored(IdentifierKind.TEXT_FINGERPRINT, fingerprint, cases) ? others : List.of();
    }

    @Override
    public Optional<IdentifierOccurrence> caseByReference(String reference) {
        return view.caseByReference(reference);
    }
}
