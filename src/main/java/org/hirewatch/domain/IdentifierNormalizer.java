package org.hirewatch.domain;

import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Turns an identifier as written into the form the cross-case index matches on. The domain only knows this contract:
 * the links feature supplies the implementation (it needs a phone-number library), found once through
 * {@link ServiceLoader} so that every writer of the index and every rule reading identifiers uses the same code.
 */
public interface IdentifierNormalizer {

    /** The matching form of {@code value}; never null. */
    String normalize(IdentifierKind kind, String value);

    /**
     * A looser key for weaker matches (the /24 or /64 network of an IP, a name's sorted initials, a text
     * fingerprint's leading bits); null when the kind has none.
     */
    String nearKey(IdentifierKind kind, String normalized);

    /**
     * Names the rules and settings in force. A workspace whose index was written under another version has its
     * identifiers normalised again when it is opened.
     */
    String version();

    /**
     * The region (ISO 3166 two-letter code) that phone numbers written without a country code belong to. It is a
     * workspace setting and part of {@link #version()}.
     */
    default void useDefaultRegion(String region) {
    }

    /** The implementation in use: the links feature's, or a plain one when it is not on the class path. */
    static IdentifierNormalizer current() {
        return Holder.INSTANCE;
    }

    /** Case, spacing and phone punctuation only: what HireWatch matched on before the links feature. */
    IdentifierNormalizer BASIC = new IdentifierNormalizer() {
        @Override
        public String normalize(IdentifierKind kind, String value) {
            String v = value.strip();
            return switch (kind) {
                case PHONE -> "+" + v.replaceAll("[^0-9]", "");
                case EMAIL, URL, HANDLE, IP, WALLET, DOCUMENT_NUMBER_HASH, PHOTO_HASH -> v.toLowerCase(Locale.ROOT);
                case BANK_ACCOUNT, PAYOUT_ACCOUNT, DEVICE -> v.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
                case ADDRESS, NAME -> v.toLowerCase(Locale.ROOT).replaceAll("[\\s,.]+", " ").strip();
                case TEXT_FINGERPRINT -> TextFingerprint.of(v);
            };
        }

        @Override
        public String nearKey(IdentifierKind kind, String normalized) {
            return null;
        }

        @Override
        public String version() {
            return "basic-1";
        }
    };

    final class Holder {
        static final IdentifierNormalizer INSTANCE = ServiceLoader.load(IdentifierNormalizer.class,
                IdentifierNormalizer.class.getClassLoader()).findFirst().orElse(BASIC);

        private Holder() {
        }
    }
}
