package org.hirewatch.links;

import java.util.Locale;

/**
 * IP addresses in one canonical form: IPv4 as four decimal numbers, IPv6 as RFC 5952 text (lower case, the longest
 * run of zero groups shortened to "::"), IPv4-mapped IPv6 as the IPv4 address. Parsed by hand: never through
 * {@code InetAddress}, which could start a DNS look-up for a value that is not an address. Ports, brackets and zone
 * ids are dropped. A value that is not an address is only cleaned and lower-cased.
 */
final class IpNormalizer {

    private IpNormalizer() {
    }

    static String normalize(String value) {
        String v = CleanText.lower(value).replace(" ", "");
        int[] v4 = parseV4(stripV4Port(v));
        if (v4 != null) {
            return v4Text(v4);
        }
        int[] v6 = parseV6(stripV6Decoration(v));
        if (v6 != null) {
            if (isV4Mapped(v6)) {
                return v4Text(new int[] {v6[6] >> 8, v6[6] & 0xff, v6[7] >> 8, v6[7] & 0xff});
            }
            return v6Text(v6);
        }
        return v;
    }

    /** The /24 (IPv4) or /64 (IPv6) network of a normalised address, or null for a value that is not one. */
    static String network(String normalized) {
        int[] v4 = parseV4(normalized);
        if (v4 != null) {
            return v4[0] + "." + v4[1] + "." + v4[2] + ".0/24";
        }
        int[] v6 = parseV6(normalized);
        if (v6 != null) {
            int[] net = new int[8];
            System.arraycopy(v6, 0, net, 0, 4);
            return v6Text(net) + "/64";
        }
        return null;
    }

    static boolean isAddress(String normalized) {
        return parseV4(normalized) != null || parseV6(normalized) != null;
    }

    /** The address as bits (4 or 16 bytes), or null. */
    static byte[] bytes(String normalized) {
        int[] v4 = parseV4(normalized);
        if (v4 != null) {
            return new byte[] {(byte) v4[0], (byte) v4[1], (byte) v4[2], (byte) v4[3]};
        }
        int[] v6 = parseV6(normalized);
        if (v6 == null) {
            return null;
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (v6[i] >> 8);
            b[2 * i + 1] = (byte) v6[i];
        }
        return b;
    }

    private static String stripV4Port(String v) {
        int colon = v.indexOf(':');
        if (colon > 0 && colon == v.lastIndexOf(':') && v.indexOf('.') > 0 && v.indexOf('.') < colon) {
            return v.substring(0, colon);
        }
        return v;
    }

    private static String stripV6Decoration(String v) {
        String s = v;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                return s;
            }
            s = s.substring(1, close);
        }
        int zone = s.indexOf('%');
        return zone >= 0 ? s.substring(0, zone) : s;
    }

    static int[] parseV4(String s) {
        if (s.isEmpty() || s.length() > 15) {
            return null;
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            out[i] = Integer.parseInt(p);
            if (out[i] > 255) {
                return null;
            }
        }
        return out;
    }

    static int[] parseV6(String s) {
        if (s.length() < 2 || s.length() > 45 || s.indexOf(':') < 0) {
            return null;
        }
        String text = s;
        int[] tail = null;
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.', lastColon) > 0) {
            int[] v4 = parseV4(text.substring(lastColon + 1));
            if (v4 == null) {
                return null;
            }
            tail = new int[] {v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]};
            text = text.substring(0, lastColon + 1) + "0:0";
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String[] head = gap < 0 ? text.split(":", -1) : split(text.substring(0, gap));
        String[] rest = gap < 0 ? new String[0] : split(text.substring(gap + 2));
        int count = head.length + rest.length;
        if (gap < 0 && count != 8 || gap >= 0 && count > 7) {
            return null;
        }
        int[] out = new int[8];
        for (int i = 0; i < head.length; i++) {
            if ((out[i] = group(head[i])) < 0) {
                return null;
            }
        }
        for (int i = 0; i < rest.length; i++) {
            if ((out[8 - rest.length + i] = group(rest[i])) < 0) {
                return null;
            }
        }
        if (tail != null) {
            out[6] = tail[0];
            out[7] = tail[1];
        }
        return out;
    }

    private static String[] split(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }

    private static int group(String g) {
        if (g.isEmpty() || g.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < g.length(); i++) {
            int d = Character.digit(g.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value << 4 | d;
        }
        return value;
    }

    private static boolean isV4Mapped(int[] g) {
        return g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
    }

    private static String v4Text(int[] p) {
        return p[0] + "." + p[1] + "." + p[2] + "." + p[3];
    }

    /** RFC 5952: the longest run of two or more zero groups (the first if tied) becomes "::". */
    static String v6Text(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
