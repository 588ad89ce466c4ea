package org.hirewatch.links;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierNormalizer;
import org.hirewatch.domain.TextFingerprint;

/**
 * The one normaliser of identifiers, one rule per kind. Found by the domain through {@code ServiceLoader} (see
 * {@link IdentifierNormalizer#current()}), so the evidence store's index, the rules and the link screens all match on
 * the same values.
 */
public final class Normalizers implements IdentifierNormalizer {
    /** Raise when any rule changes: workspaces indexed under an older version are re-normalised on open. */
    static final String RULES_VERSION = "links-1";
    public static final String DEFAULT_REGION = "US";
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCOUNT_NOISE = Pattern.compile("[\\s\\-./]");
    private static final int MAX_OUTPUT = 1_000;
    private volatile String defaultRegion = DEFAULT_REGION;

    @Override
    public String normalize(IdentifierKind kind, String value) {
        if (kind == IdentifierKind.TEXT_FINGERPRINT) {
            return TextFingerprint.of(value == null ? "" : value);
        }
        String n = switch (kind) {
            case EMAIL -> EmailNormalizer.shipped().normalize(value);
            case PHONE -> PhoneNormalizer.normalize(value, defaultRegion);
            case IP -> IpNormalizer.normalize(value);
            case URL -> UrlNormalizer.url(value);
            case HANDLE -> UrlNormalizer.handle(value);
            case ADDRESS -> AddressNormalizer.normalize(value);
            case NAME -> name(value);
            case BANK_ACCOUNT, PAYOUT_ACCOUNT, DEVICE ->
                    ACCOUNT_NOISE.matcher(CleanText.clean(value)).replaceAll("").toUpperCase(Locale.ROOT);
            case WALLET, DOCUMENT_NUMBER_HASH, PHOTO_HASH -> CleanText.lower(value).replace(" ", "");
            case TEXT_FINGERPRINT -> throw new IllegalStateException("handled above");
        };
        return n.length() > MAX_OUTPUT ? n.substring(0, MAX_OUTPUT) : n;
    }

    /** Names: case, accents and punctuation ignored; the order of the parts is kept (see the near key). */
    static String name(String value) {
        return NON_WORD.matcher(CleanText.folded(value)).replaceAll(" ").strip();
    }

    @Override
    public String nearKey(IdentifierKind kind, String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case IP -> IpNormalizer.network(normalized);
            // Candidates for a near name: the same first two letters of each part, in any order. The similarity
            // measure then decides; a typo in the first letters is missed, which keeps the candidate lists short.
            case NAME -> nameKey(normalized);
            // The top 16 bits of the SimHash: close texts usually share them, and the check then measures the distance.
            case TEXT_FINGERPRINT -> TextFingerprint.isFingerprint(normalized) ? normalized.substring(0, 4) : null;
            default -> null;
        };
    }

    private static String nameKey(String normalized) {
        String[] parts = normalized.split(" ");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].length() > 2 ? parts[i].substring(0, 2) : parts[i];
        }
        Arrays.sort(parts);
        String key = String.join(" ", parts);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    @Override
    public String version() {
        return RULES_VERSION + ";region=" + defaultRegion;
    }

    @Override
    public void useDefaultRegion(String region) {
        String r = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        defaultRegion = PhoneNormalizer.knownRegion(r) ? r : DEFAULT_REGION;
    }

    /** True for a phone value the library could not read: it matches only on its digits. */
    public static boolean weakPhone(String normalized) {
        return PhoneNormalizer.isWeak(normalized);
    }

    public static boolean knownRegion(String region) {
        return PhoneNormalizer.knownRegion(region);
    }

    /** True for one IP address or a CIDR range, as a warning list accepts it. */
    public static boolean ipRange(String text) {
        return IpRange.parse(text).isPresent();
    }

    public static String network(String normalizedIp) {
        return IpNormalizer.network(normalizedIp);
    }

    public static String emailDomain(String normalizedEmail) {
        return EmailNormalizer.domainOf(normalizedEmail);
    }

    public static String urlHost(String normalizedUrl) {
        return UrlNormalizer.host(normalizedUrl);
    }
}
