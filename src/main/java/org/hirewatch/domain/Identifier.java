package org.hirewatch.domain;

import java.util.Locale;

/**
 * An identifier found in evidence: its kind, the field it came from, the value as recorded and a normalised
 * form for matching. This normalisation is deliberately simple (case, spacing, phone punctuation); provider
 * rules and address canonicalisation belong to the links feature.
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
        String v = value.strip();
        return switch (kind) {
            case PHONE -> "+" + v.replaceAll("[^0-9]", "");
            case EMAIL, URL, HANDLE, IP, WALLET, DOCUMENT_NUMBER_HASH, PHOTO_HASH -> v.toLowerCase(Locale.ROOT);
            case BANK_ACCOUNT, PAYOUT_ACCOUNT, DEVICE -> v.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            case ADDRESS, NAME -> v.toLowerCase(Locale.ROOT).replaceAll("[\\s,.]+", " ").strip();
            case TEXT_FINGERPRINT -> TextFingerprint.of(v);
        };
    }
}
