package org.hirewatch.domain;

/**
 * The risk band shown beside the score. {@code INCONCLUSIVE} is what a low score with too little evidence reads as:
 * an empty result must never look clean.
 */
public enum RiskBand {
    INCONCLUSIVE, LOW, ELEVATED, HIGH, CRITICAL;

    public String messageKey() {
        return "risk.band." + name().toLowerCase();
    }
}
