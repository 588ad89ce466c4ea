package org.hirewatch.exchange.applicants;

import java.util.List;
import java.util.Map;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.Subject;

/**
 * One applicant of a file: the producer's id for them, the identity they claim, their evidence and the answers to
 * checklist questions (keyed by indicator id).
 */
public record Applicant(String id, Subject subject, List<Item> evidence, Map<String, Answer> checklist) {

    public Applicant {
        evidence = List.copyOf(evidence);
        checklist = Map.copyOf(checklist);
    }

    /** An evidence item with the producer's id for it, which findings cite. */
    public record Item(String id, EvidenceDraft draft) {
    }

    /** The answer to a manual indicator's question, as an investigator would give it in the case file. */
    public record Answer(ChecklistAnswer.Answer answer, String comment) {
    }
}
