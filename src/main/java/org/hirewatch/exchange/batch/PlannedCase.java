package org.hirewatch.exchange.batch;

import java.util.List;
import java.util.Map;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.BatchImportStore;

/** A case an import would create: the file's id for the applicant, where it starts in the file, and its content. */
public record PlannedCase(String applicantId, long line, String title, Subject subject, List<EvidenceDraft> evidence,
                          Map<String, BatchImportStore.Answer> answers) {
    public PlannedCase {
        evidence = List.copyOf(evidence);
        answers = Map.copyOf(answers);
    }

    /** The case title when the file gives none: the name with the file's id, so both can be found again. */
    static String defaultTitle(String applicantId, Subject subject) {
        String name = subject.primaryName();
        return name.isBlank() ? applicantId : name + " (" + applicantId + ")";
    }
}
