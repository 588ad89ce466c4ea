package org.hirewatch.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A value on one of a workspace's warning lists: sharing it does not link cases. {@code matchKind} is an identifier
 * kind's name for one exact value, {@value #EMAIL_DOMAIN} for every address at a domain, or {@value #IP_RANGE} for a
 * CIDR range.
 */
public record WarningEntry(UUID id, WarningList list, String matchKind, String value, String normalized, String note,
                           String addedBy, Instant addedAt) {
    public static final String EMAIL_DOMAIN = "EMAIL_DOMAIN";
    public static final String IP_RANGE = "IP_RANGE";

    /** Which list an entry is on; labels {@code links.warningList.<name>}. */
    public enum WarningList {
        /** The firm's own addresses, numbers and domains. */
        FIRM,
        /** Cloud, VPN and other shared network ranges the user supplies. */
        NETWORK,
        /** Anything else the investigator found to be noise. */
        OTHER;

        public String labelKey() {
            return "links.warningList." + name();
        }
    }
}
