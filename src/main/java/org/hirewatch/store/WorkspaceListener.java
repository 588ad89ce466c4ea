package org.hirewatch.store;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Identifier;

/**
 * Told about committed changes, after their transaction: the indicator checks use it to re-evaluate what a change can
 * affect. A listener's failure never undoes the change it hears about.
 */
public interface WorkspaceListener {

    /**
     * Evidence of these kinds changed in these cases; {@code identifiers} holds the values before and after,
     * {@code changed} those an item gained or lost (an edit of another field leaves the item's values as they were,
     * and other cases see no difference in them).
     */
    void evidenceChanged(List<EvidenceChange> changes);

    /** A case was created or its details (the claimed identity among them) changed. */
    void caseChanged(UUID caseId);

    record EvidenceChange(UUID caseId, Set<EvidenceKind> kinds, Set<Identifier> identifiers, Set<Identifier> changed) {

        /** A change all of whose identifiers count as gained or lost. */
        public EvidenceChange(UUID caseId, Set<EvidenceKind> kinds, Set<Identifier> identifiers) {
            this(caseId, kinds, identifiers, identifiers);
        }
    }
}
