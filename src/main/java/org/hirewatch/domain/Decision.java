package org.hirewatch.domain;

/** The investigator's decision on a case. The app never sets one by itself. */
public enum Decision {
    UNDECIDED, CLEARED, NOT_CLEARED, ENGAGEMENT_ENDED, REFERRED_TO_AUTHORITIES;

    public String messageKey() {
        return "decision." + name().toLowerCase();
    }
}
