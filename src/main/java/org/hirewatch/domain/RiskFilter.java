package org.hirewatch.domain;

/**
 * The risk choice of the case list's filter: one band, or cases never checked. It is not a band itself: a case that
 * has never been checked has no score at all, which is different from a checked case that came out inconclusive.
 */
public enum RiskFilter {
    NOT_CHECKED(null), INCONCLUSIVE(RiskBand.INCONCLUSIVE), LOW(RiskBand.LOW), ELEVATED(RiskBand.ELEVATED),
    HIGH(RiskBand.HIGH), CRITICAL(RiskBand.CRITICAL);

    private final RiskBand band;

    RiskFilter(RiskBand band) {
        this.band = band;
    }

    /** The band this choice selects; null for {@link #NOT_CHECKED}. */
    public RiskBand band() {
        return band;
    }
}
