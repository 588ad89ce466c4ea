package org.hirewatch.indicators.rules;

import java.util.ArrayList;
import java.util.List;
import org.hirewatch.domain.FieldValidators;

/**
 * A list of IP addresses and CIDR ranges (IPv4 and IPv6), such as an organization's own networks. Parsed by hand:
 * {@code InetAddress.getByName} would look names up in DNS, and a rule must never touch the network. Entries that are
 * not addresses or ranges are ignored; an IPv4 address written as IPv6 ({@code ::ffff:192.0.2.1}) matches its IPv4
 * range.
 */
final class IpNetworks {
    private final List<Range> ranges;

    private IpNetworks(List<Range> ranges) {
        this.ranges = ranges;
    }

    static IpNetworks of(List<String> entries) {
        List<Range> out = new ArrayList<>();
        for (String entry : entries) {
            Range r = Range.parse(entry);
            if (r != null) {
                out.add(r);
            }
        }
        return new IpNetworks(List.copyOf(out));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** True when the address lies in one of the ranges; an unreadable address lies in none. */
    boolean contains(String ip) {
        byte[] a = parse(ip);
        if (a == null) {
            return false;
        }
        for (Range r : ranges) {
            if (r.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The entry that contains the address, as written in the list, or null. */
    String match(String ip) {
        byte[] a = parse(ip);
        if (a == null) {
            return null;
        }
        for (Range r : ranges) {
            if (r.contains(a)) {
                return r.text;
            }
        }
        return null;
    }

    /** Whether a list entry reads as an address or a range. */
    static boolean isRange(String entry) {
        return Range.parse(entry) != null;
    }

    /** The address as 4 or 16 bytes, or null when it is not an IP address. */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String v = text.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        int zone = v.indexOf('%');
        if (zone > 0 && v.contains(":")) {
            v = v.substring(0, zone);
        }
        if (FieldValidators.isIpv4(v)) {
            return ipv4(v);
        }
        if (!FieldValidators.isIpv6(v)) {
            return null;
        }
        byte[] six = ipv6(v);
        return isMappedIpv4(six) ? java.util.Arrays.copyOfRange(six, 12, 16) : six;
    }

    private static byte[] ipv4(String v) {
        String[] parts = v.split("\\.");
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    /** Expects text that {@link FieldValidators#isIpv6} accepted. */
    private static byte[] ipv6(String v) {
        int gap = v.indexOf("::");
        List<Integer> head = groups(gap < 0 ? v : v.substring(0, gap));
        List<Integer> tail = gap < 0 ? List.of() : groups(v.substring(gap + 2));
        int[] words = new int[8];
        for (int i = 0; i < head.size(); i++) {
            words[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            words[8 - tail.size() + i] = tail.get(i);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (words[i] >>> 8);
            out[2 * i + 1] = (byte) words[i];
        }
        return out;
    }

    private static List<Integer> groups(String part) {
        List<Integer> out = new ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        for (String g : part.split(":")) {
            if (g.contains(".")) {
                byte[] four = ipv4(g);
                out.add((four[0] & 0xff) << 8 | four[1] & 0xff);
                out.add((four[2] & 0xff) << 8 | four[3] & 0xff);
            } else {
                out.add(Integer.parseInt(g, 16));
            }
        }
        return out;
    }

    private static boolean isMappedIpv4(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    private record Range(String text, byte[] network, int prefix) {

        static Range parse(String entry) {
            if (entry == null || entry.isBlank()) {
                return null;
            }
            String v = entry.strip();
            int slash = v.indexOf('/');
            byte[] net = IpNetworks.parse(slash < 0 ? v : v.substring(0, slash));
            if (net == null) {
                return null;
            }
            int bits = net.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                Long p = Values.count(v.substring(slash + 1));
                boolean ipv6Prefix = v.substring(0, slash).contains(":") && net.length == 4;
                if (p == null) {
                    return null;
                }
                // "::ffff:192.0.2.0/120" was written with an IPv6 prefix length over the mapped address.
                prefix = (int) (ipv6Prefix ? p - 96 : p);
                if (prefix < 0 || prefix > bits) {
                    return null;
                }
            }
            return new Range(v, net, prefix);
        }

        boolean contains(byte[] a) {
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
