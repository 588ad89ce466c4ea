package org.hirewatch.domain;

import java.util.EnumSet;
import java.util.Set;

/** Workflow of a case. A case moves forward, may go back to review, and a closed case can be reopened. */
public enum CaseStatus {
    NEW, IN_REVIEW, ESCALATED, REPORTED, CLOSED;

    public Set<CaseStatus> allowedNext() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_REVIEW, ESCALATED, CLOSED);
            case IN_REVIEW -> EnumSet.of(ESCALATED, REPORTED, CLOSED);
            case ESCALATED -> EnumSet.of(IN_REVIEW, REPORTED, CLOSED);
            case REPORTED -> EnumSet.of(CLOSED, ESCALATED);
            case CLOSED -> EnumSet.of(IN_REVIEW);
        };
    }

    public boolean canMoveTo(CaseStatus next) {
        return next == this || allowedNext().contains(next);
    }

    /** Reported and closed cases record what was decided and why. */
    public boolean needsDecision() {
        return this == REPORTED || this == CLOSED;
    }

    public String messageKey() {
        return "status." + name().toLowerCase();
    }
}
