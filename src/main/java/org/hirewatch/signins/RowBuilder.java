package org.hirewatch.signins;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.SignInLog;

/**
 * Turns the text values of one log entry into a sign-in, or into a problem naming the line and the reason. Shared
 * by all readers so that every format is held to the same rules.
 */
final class RowBuilder {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[0-9A-Za-z]+)?");
    /** "64500", "AS64500", "AS64500 Example Broadband" (the organisation after the number). */
    private static final Pattern ASN = Pattern.compile("(?i)^\\s*(?:AS\\s*)?(\\d{1,10})(?:\\s+(.*))?$");
    private final TimeReader times;
    final List<SignInLog.Row> rows = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();
    int notSignIns;

    RowBuilder(TimeReader times) {
        this.times = times;
    }

    /** Values of one entry, by meaning. Blank values are unknown. */
    static final class Values {
        String time;
        String account;
        String ip;
        String country;
        String city;
        String latitude;
        String longitude;
        String asn;
        String organisation;
        String vpn;
        String device;
        String outcome;
        String sessionEnd;
    }

    void add(int line, Values v) {
        if (blank(v.time)) {
            problems.add(RowProblem.of(line, "signins.problem.noTime"));
            return;
        }
        Instant at = times.read(v.time);
        if (at == null) {
            problems.add(RowProblem.of(line, "signins.problem.badTime", shorten(v.time)));
            return;
        }
        String ip = blank(v.ip) ? "" : v.ip.strip();
        if (ip.isEmpty() && blank(v.account)) {
            problems.add(RowProblem.of(line, "signins.problem.noAccountOrIp"));
            return;
        }
        if (!ip.isEmpty() && !isIp(ip)) {
            problems.add(RowProblem.of(line, "signins.problem.badIp", shorten(ip)));
            return;
        }
        Double lat = null;
        Double lon = null;
        if (!blank(v.latitude) || !blank(v.longitude)) {
            lat = number(v.latitude);
            lon = number(v.longitude);
            if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                problems.add(RowProblem.of(line, "signins.problem.badCoordinates", shorten(nz(v.latitude)),
                        shorten(nz(v.longitude))));
                return;
            }
        }
        String asn = nz(v.asn).strip();
        String organisation = nz(v.organisation).strip();
        if (!asn.isEmpty()) {
            java.util.regex.Matcher m = ASN.matcher(asn);
            if (!m.matches()) {
                problems.add(RowProblem.of(line, "signins.problem.badAsn", shorten(asn)));
                return;
            }
            asn = m.group(1);
            if (organisation.isEmpty() && m.group(2) != null) {
                organisation = m.group(2).strip();
            }
        }
        Instant end = null;
        if (!blank(v.sessionEnd)) {
            end = times.read(v.sessionEnd);
            if (end == null) {
                problems.add(RowProblem.of(line, "signins.problem.badTime", shorten(v.sessionEnd)));
                return;
            }
        }
        rows.add(new SignInLog.Row(line, new SignIn(0, null, at, nz(v.account), ip, nz(v.country), nz(v.city), lat, lon,
                asn, organisation, flag(v.vpn), nz(v.device), outcome(v.outcome), end)));
    }

    ParsedLog result(LogFormat format, String fileName, String sha256) {
        return new ParsedLog(format, fileName, sha256, rows, problems, notSignIns);
    }

    static boolean isIp(String s) {
        if (IPV4.matcher(s).matches()) {
            return true;
        }
        return s.indexOf(':') >= 0 && IPV6.matcher(s).matches();
    }

    /** Success and failure as the formats spell them; anything else (interrupted, challenge) is unknown. */
    static SignIn.Outcome outcome(String s) {
        String v = nz(s).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "success", "succeeded", "allow", "0", "true", "ok" -> SignIn.Outcome.SUCCESS;
            case "failure", "failed", "fail", "deny", "denied", "false" -> SignIn.Outcome.FAILURE;
            default -> SignIn.Outcome.UNKNOWN;
        };
    }

    static Boolean flag(String s) {
        String v = nz(s).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(nz(s).strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String shorten(String s) {
        String v = s.strip().replaceAll("\\p{Cntrl}", " ");
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }

    /**
     * Reads a time: an ISO instant or offset date-time always; otherwise the pattern of the mapping (or ISO local
     * date-time) in the mapping's zone; or seconds or milliseconds since 1970 when the pattern says "epoch".
     */
    static final class TimeReader {
        private final DateTimeFormatter pattern;
        private final boolean epoch;
        private final ZoneId zone;

        TimeReader(String pattern, ZoneId zone) {
            String p = nz(pattern).strip();
            this.epoch = p.equalsIgnoreCase("epoch");
            // Strict, so that 31/02 is an error rather than quietly 28/02; strict needs 'u' (year) instead of 'y'.
            this.pattern = p.isEmpty() || epoch ? null : DateTimeFormatter.ofPattern(p.indexOf('G') < 0
                    ? p.replace('y', 'u') : p, Locale.ROOT).withResolverStyle(java.time.format.ResolverStyle.STRICT);
            this.zone = zone == null ? ZoneId.of("UTC") : zone;
        }

        static TimeReader iso() {
            return new TimeReader("", ZoneId.of("UTC"));
        }

        Instant read(String text) {
            String v = text.strip();
            if (epoch) {
                try {
                    long n = Long.parseLong(v);
                    return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                // not ISO with an offset: try the mapping's pattern
            }
            try {
                if (pattern != null) {
                    return ZonedDateTime.parse(v, pattern.withZone(zone)).toInstant();
                }
                return LocalDateTime.parse(v.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}
