package org.hirewatch.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One sign-in as the network and log rules read it, whether it was typed in as a sign-in record or came in a row
 * of an imported log. {@code evidenceId} is the item a finding cites (the record, or the log the row came from);
 * {@code rowId} tells imported rows apart (0 for a typed-in record). Unknown values are empty or null.
 */
public record SignIn(
        long rowId,
        UUID evidenceId,
        Instant at,
        String account,
        String ip,
        String country,
        String city,
        Double latitude,
        Double longitude,
        String asn,
        String organisation,
        Boolean vpnOrProxy,
        String device,
        Outcome outcome,
        Instant sessionEnd) {

    public enum Outcome { SUCCESS, FAILURE, UNKNOWN }

    public SignIn {
        account = nz(account);
        ip = nz(ip);
        country = nz(country);
        city = nz(city);
        asn = nz(asn);
        organisation = nz(organisation);
        device = nz(device);
        outcome = outcome == null ? Outcome.UNKNOWN : outcome;
        if (latitude != null && (latitude.isNaN() || Math.abs(latitude) > 90)
                || longitude != null && (longitude.isNaN() || Math.abs(longitude) > 180)) {
            latitude = null;
            longitude = null;
        }
    }

    public boolean failed() {
        return outcome == Outcome.FAILURE;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    public boolean imported() {
        return rowId != 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
