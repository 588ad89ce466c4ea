package org.hirewatch.indicators;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;

/**
 * What the cross-applicant rules may see of the other cases: who else holds an identifier, whose text fingerprints
 * are close, and which case a reference names. Backed by the store's identifier index, or by memory in batch runs.
 */
public interface CrossCaseView {

    /** Evidence in other cases with the same normalised identifier. */
    List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase);

    /** Evidence in other cases whose text fingerprint is at most {@code maxDistance} bits away. */
    List<IdentifierOccurrence> similarText(String fingerprint, int maxDistance, UUID exceptCase);

    /** The case with this reference, if any. */
    Optional<IdentifierOccurrence> caseByReference(String reference);

    /** For a case checked on its own, or data from a file that has no other cases. */
    CrossCaseView NONE = new CrossCaseView() {
        @Override
        public List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase) {
            return List.of();
        }

        @Override
        public List<IdentifierOccurrence> similarText(String fingerprint, int maxDistance, UUID exceptCase) {
            return List.of();
        }

        @Override
        public Optional<IdentifierOccurrence> caseByReference(String reference) {
            return Optional.empty();
        }
    };
}
