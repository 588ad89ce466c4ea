package org.hirewatch.links;

import java.util.Optional;

/** A CIDR range such as 198.51.100.0/24 or 2001:db8::/32, parsed without any network access. */
record IpRange(byte[] network, int prefix, String text) {

    /** Parses "address/prefix" or a single address (a /32 or /128); empty for anything else. */
    static Optional<IpRange> parse(String value) {
        String v = CleanText.lower(value).replace(" ", "");
        int slash = v.indexOf('/');
        String address = IpNormalizer.normalize(slash < 0 ? v : v.substring(0, slash));
        byte[] bytes = IpNormalizer.bytes(address);
        if (bytes == null) {
            return Optional.empty();
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            String p = v.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(p);
            if (prefix > bytes.length * 8) {
                return Optional.empty();
            }
        }
        byte[] net = mask(bytes, prefix);
        String text = IpNormalizer.normalize(render(net)) + "/" + prefix;
        return Optional.of(new IpRange(net, prefix, text));
    }

    boolean contains(String normalizedIp) {
        byte[] b = IpNormalizer.bytes(normalizedIp);
        return b != null && b.length == network.length && java.util.Arrays.equals(mask(b, prefix), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - keep)));
        }
        return out;
    }

    private static String render(byte[] b) {
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[2 * i] & 0xff) << 8 | b[2 * i + 1] & 0xff;
        }
        return IpNormalizer.v6Text(groups);
    }
}
