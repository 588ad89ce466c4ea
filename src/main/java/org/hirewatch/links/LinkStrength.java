package org.hirewatch.links;

/**
 * How much a shared value says, strongest first. Only {@link #isLink() links} join cases in clusters and the
 * cross-case indicators; the rest are shown so the investigator sees why they do not count. Labels:
 * {@code links.strength.<name>}.
 */
public enum LinkStrength {
    CONFIRMED, EXACT, SAME_DIGITS, NEAR_NAME, NEAR_TEXT, SAME_NETWORK, COMMON, WARNING_LISTED;

    public boolean isLink() {
        return this != COMMON && this != WARNING_LISTED;
    }

    public boolean isWeak() {
        return this == SAME_DIGITS || this == NEAR_NAME || this == NEAR_TEXT || this == SAME_NETWORK;
    }

    public String labelKey() {
        return "links.strength." + name();
    }
}
