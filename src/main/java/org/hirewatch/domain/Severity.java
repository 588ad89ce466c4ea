package org.hirewatch.domain;

/** How specific an indicator is to identity fraud (shared/domain/indicators.md §1 severity scale). */
public enum Severity {
    LOW(1), LOW_MEDIUM(2), MEDIUM(3), MEDIUM_HIGH(4), HIGH(5);

    private final int defaultWeight;

    Severity(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public String messageKey() {
        return "severity." + name().toLowerCase();
    }
}
