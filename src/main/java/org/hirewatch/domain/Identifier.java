package org.hirewatch.domain;

/**
 * An identifier found in evidence: its kind, the field it came from, the value as recorded and a normalised
 * form for matching. How values are normalised is {@link IdentifierNormalizer}'s business, so that the index and the
 * rules always agree.
 */
public record Identifier(IdentifierKind kind, String field, String value, String normalized) {

    /** Fingerprinted text is not kept in the index in full: a short excerpt is enough to recognise it. */
    private static final int EXCERPT = 120;

    public static Identifier of(IdentifierKind kind, String field, String value) {
        if (kind == IdentifierKind.TEXT_FINGERPRINT) {
            String excerpt = value.strip().length() > EXCERPT ? value.strip().substring(0, EXCERPT) + "…" : value.strip();
            return new Identifier(kind, field, excerpt, TextFingerprint.of(value));
        }
        return new Identifier(kind, field, value, normalize(kind, value));
    }

    static String normalize(IdentifierKind kind, String value) {
        return IdentifierNormalizer.current().normalize(kind, value);
    }

    /** The looser key for weaker matches (see {@link IdentifierNormalizer#nearKey}); null when there is none. */
    public String nearKey() {
        return IdentifierNormalizer.current().nearKey(kind, normalized);
    }
}
