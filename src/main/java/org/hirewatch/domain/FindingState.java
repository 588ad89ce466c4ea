package org.hirewatch.domain;

/** Where a finding stands in its human review. */
public enum FindingState {
    OPEN, CONFIRMED, DISMISSED;

    public String messageKey() {
        return "findingState." + name().toLowerCase();
    }
}
