package org.hirewatch.domain;

import java.util.List;
import java.util.UUID;

/** A finding as a check run raises it, before it is merged with the stored findings and their reviews. */
public record FindingDraft(String indicatorId, String hitKey, Severity severity, CheckMode mode, String messageKey,
                           List<String> args, List<UUID> evidenceIds, String evidenceFingerprint,
                           String catalogueVersion) {
    public FindingDraft {
        args = List.copyOf(args);
        evidenceIds = List.copyOf(evidenceIds);
    }
}
