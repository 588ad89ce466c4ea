package org.hirewatch.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Syntax checks for typed values. They never touch the network (no DNS look-ups): an IP or URL is judged by
 * its spelling alone.
 */
public final class FieldValidators {
    /** Pragmatic address syntax: local part, one @, a dotted domain with a letter TLD. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^\\+[0-9 ().-]+$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9A-Fa-f:.]+$");
    private static final Pattern INTEGER = Pattern.compile("^[+-]?[0-9]+$");
    private static final Pattern DECIMAL = Pattern.compile("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$");
    /** Strict: the default (smart) resolver turns "2026-02-30 10:00" into 28 February and "24:00" into the next day. */
    public static final DateTimeFormatter DATE_TIME_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldValidators() {
    }

    public static boolean isEmail(String s) {
        if (s == null || s.length() > 254 || s.contains("..")) {
            return false;
        }
        String v = s.strip();
        // The local part may not start or end with a dot (RFC 5322 dot-atom).
        return EMAIL.matcher(v).matches() && v.charAt(0) != '.' && v.charAt(v.indexOf('@') - 1) != '.';
    }

    /** International format with a leading +, 7 to 15 digits (E.164 allows at most 15). */
    public static boolean isPhone(String s) {
        if (s == null || !PHONE_CHARS.matcher(s.strip()).matches()) {
            return false;
        }
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15;
    }

    public static boolean isIp(String s) {
        return isIpv4(s) || isIpv6(s);
    }

    public static boolean isIpv4(String s) {
        if (s == null) {
            return false;
        }
        String[] parts = s.strip().split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            // ASCII digits only: Character.isDigit and Integer.parseInt also accept e.g. Arabic-Indic digits.
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (p.length() > 1 && p.charAt(0) == '0') {
                return false; // leading zeros are read as octal by some tools: refuse the ambiguity
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpv6(String s) {
        if (s == null) {
            return false;
        }
        String v = s.strip();
        if (!v.contains(":") || !IPV6_CHARS.matcher(v).matches() || v.length() > 45) {
            return false;
        }
        // At most one "::" (this also refuses ":::").
        int gap = v.indexOf("::");
        if (gap >= 0 && v.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int head = ipv6Groups(gap < 0 ? v : v.substring(0, gap), gap < 0);
        int tail = gap < 0 ? 0 : ipv6Groups(v.substring(gap + 2), true);
        if (head < 0 || tail < 0) {
            return false;
        }
        return gap < 0 ? head + tail == 8 : head + tail <= 7;
    }

    /**
     * Counts the 16-bit groups on one side of "::" (an IPv4 ending counts as two), or -1 when malformed: an empty
     * group there means a stray single colon, as in ":1::2" or "1::2:".
     */
    private static int ipv6Groups(String part, boolean mayEndWithIpv4) {
        if (part.isEmpty()) {
            return 0;
        }
        String[] groups = part.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.contains(".")) {
                if (!mayEndWithIpv4 || i != groups.length - 1 || !isIpv4(g)) {
                    return -1;
                }
                count += 2;
            } else if (g.isEmpty() || g.length() > 4) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    /** An absolute http(s) URL with a host. */
    public static boolean isUrl(String s) {
        if (s == null || s.isBlank() || s.strip().contains(" ")) {
            return false;
        }
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isDate(String s) {
        return parseDate(s) != null;
    }

    public static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "2026-03-14 09:30" (local time) or "2026-03-14" (midnight). */
    public static LocalDateTime parseDateTime(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip().replace('T', ' ');
        try {
            return LocalDateTime.parse(v, DATE_TIME_INPUT);
        } catch (DateTimeParseException e) {
            LocalDate d = parseDate(v);
            return d == null ? null : d.atStartOfDay();
        }
    }

    public static boolean isDateTime(String s) {
        return parseDateTime(s) != null;
    }

    public static boolean isTimeZone(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(s.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static boolean isDecimal(String s) {
        // Plain notation only: Double.parseDouble also takes Java literals such as "1d", "0x1p3" or "Infinity".
        if (s == null || !DECIMAL.matcher(s.strip()).matches()) {
            return false;
        }
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static boolean isInteger(String s) {
        if (s == null || !INTEGER.matcher(s.strip()).matches()) {
            return false;
        }
        try {
            Long.parseLong(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
