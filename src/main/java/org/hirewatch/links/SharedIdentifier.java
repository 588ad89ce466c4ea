package org.hirewatch.links;

import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.store.LinkStore.Held;

/**
 * One of a case's values and the other cases' evidence that shares it (exactly or nearly), with how much that says.
 *
 * @param casesHolding all cases holding the value, this one included (for a common value, at least cap + 1)
 */
public record SharedIdentifier(IdentifierKind kind, String value, String normalized, LinkStrength strength,
                               int casesHolding, List<Held> mine, List<Held> theirs) {

    public SharedIdentifier {
        mine = List.copyOf(mine);
        theirs = List.copyOf(theirs);
    }

    public List<UUID> otherCases() {
        return theirs.stream().map(Held::caseId).distinct().toList();
    }

    /** "KIND: value", as a confirmed link records what led to it. */
    public String describe() {
        return kind.name() + ": " + value;
    }
}
