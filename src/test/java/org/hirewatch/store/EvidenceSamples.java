package org.hirewatch.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;

/** A valid value for every field of every evidence kind, chosen per field type. */
final class EvidenceSamples {
    static final String DOCUMENT_NUMBER = " X1234-5678 9 ";
    static final String DOCUMENT_NUMBER_CANONICAL = "X123456789";
    static final Instant OBSERVED = Instant.parse("2026-03-14T09:30:15.123Z");

    private EvidenceSamples() {
    }

    static String sample(EvidenceKind kind, EvidenceField f) {
        String key = f.key();
        return switch (f.type()) {
            case TEXT -> "Text for " + key + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
            case MULTILINE -> "First line of " + key + "\nsecond line\twith a tab";
            case EMAIL -> key.toLowerCase(Locale.ROOT) + ".Person@Example-Mail.test";
            case PHONE -> "+1 (202) 555-0143";
            case IP -> kind == EvidenceKind.SIGN_IN_RECORD ? "2001:db8::7" : "203.0.113.7";
            case URL -> "https://profiles.example.test/" + key + "?tab=repos";
            case DATE -> "2024-02-29";
            case DATE_TIME -> "2026-03-14 23:59";
            case INTEGER -> "4096";
            case DECIMAL -> "0.875";
            case CHOICE, YES_NO -> f.choices().get(f.choices().size() - 1);
            case HASHED -> DOCUMENT_NUMBER;
        };
    }

    /** Every field of the kind filled in. */
    static Map<String, String> allFields(EvidenceKind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EvidenceField f : kind.fields()) {
            out.put(f.key(), sample(kind, f));
        }
        return out;
    }

    static EvidenceDraft draft(EvidenceKind kind) {
        return new EvidenceDraft(kind, OBSERVED, "Source of " + kind.name(), allFields(kind));
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
