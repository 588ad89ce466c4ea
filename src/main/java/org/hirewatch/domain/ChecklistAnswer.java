package org.hirewatch.domain;

import java.time.Instant;
import java.util.UUID;

/** An investigator's answer to a manual indicator's checklist question for one case. */
public record ChecklistAnswer(UUID caseId, String indicatorId, Answer answer, String comment, String answeredBy,
                              Instant answeredAt) {

    public ChecklistAnswer {
        comment = comment == null ? "" : comment;
        answeredBy = answeredBy == null ? "" : answeredBy;
    }

    /** "Yes" means the red flag is present; "not checked" leaves the indicator unevaluated. */
    public enum Answer {
        YES, NO, NOT_CHECKED;

        public String messageKey() {
            return "checklist.answer." + name().toLowerCase();
        }
    }
}
