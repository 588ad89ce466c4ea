package org.hirewatch.ui.casefile.links;

import java.util.List;
import java.util.UUID;
import org.hirewatch.links.SharedIdentifier;
import org.hirewatch.store.LinkStore.Held;

/** One line of the Links tab: a shared value and one other case holding it, with the evidence on both sides. */
public record LinkRow(SharedIdentifier shared, UUID otherCase, String otherReference, String otherName,
                      List<Held> theirs) {
}
