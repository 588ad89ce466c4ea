package org.hirewatch.indicators.rules;

import java.util.Locale;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.SignIn;

/** Turns a typed-in sign-in record into the sign-in view the rules share with imported log rows. */
public final class SignIns {
    private SignIns() {
    }

    public static SignIn fromRecord(Evidence e) {
        String vpn = e.value("vpnOrProxy").strip().toLowerCase(Locale.ROOT);
        String outcome = e.value("signInOutcome").strip().toLowerCase(Locale.ROOT);
        return new SignIn(0, e.id(), e.observedAt(), e.value("account"), e.value("ipAddress"), e.value("country"),
                e.value("city"), Values.decimal(e.value("latitude")), Values.decimal(e.value("longitude")),
                e.value("asn"), e.value("networkOrganisation"),
                "yes".equals(vpn) ? Boolean.TRUE : "no".equals(vpn) ? Boolean.FALSE : null, e.value("device"),
                "failure".equals(outcome) ? SignIn.Outcome.FAILURE
                        : "success".equals(outcome) ? SignIn.Outcome.SUCCESS : SignIn.Outcome.UNKNOWN,
                Values.instant(e.value("sessionEnd")));
    }

    /** Great-circle distance in kilometres (haversine on a sphere of the Earth's mean radius). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
