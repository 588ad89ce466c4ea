package org.hirewatch.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence as entered, before it is stored: kind, when it was observed, where it came from, and field values.
 * {@link #validate()} checks it; {@link #normalized()} turns it into what is stored (trimmed, sensitive
 * numbers hashed).
 */
public record EvidenceDraft(EvidenceKind kind, Instant observedAt, String source, Map<String, String> fields) {
    public static final String HASH_PREFIX = "sha256:";

    public EvidenceDraft {
        source = source == null ? "" : source.strip();
        Map<String, String> copy = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    copy.put(k, v);
                }
            });
        }
        fields = Map.copyOf(copy);
    }

    public String value(String key) {
        return fields.getOrDefault(key, "");
    }

    public List<Violation> validate() {
        List<Violation> out = new ArrayList<>();
        if (kind == null) {
            out.add(new Violation("kind", "validation.required"));
            return out;
        }
        if (observedAt == null) {
            out.add(new Violation("observedAt", "validation.required"));
        } else if (observedAt.isAfter(Instant.now().plusSeconds(24 * 3600))) {
            out.add(new Violation("observedAt", "validation.inFuture"));
        }
        if (source.isBlank()) {
            out.add(new Violation("source", "validation.required"));
        }
        TextRules.checkLine("source", source, out);
        for (String key : fields.keySet()) {
            if (kind.field(key).isPresent()) {
                continue;
            }
            if (isLastCharsOfHashedField(key)) {
                // Kept beside a hash so people can recognise the number; never more than the last four characters.
                String v = value(key).strip();
                TextRules.checkLine(key, v, out);
                if (v.length() > 4) {
                    out.add(new Violation(key, "validation.tooLong", v.length(), 4));
                }
                continue;
            }
            out.add(new Violation(key, "validation.unknownField", key));
        }
        for (EvidenceField f : kind.fields()) {
            String v = value(f.key());
            if (v.isBlank()) {
                if (f.required()) {
                    out.add(new Violation(f.key(), "validation.required"));
                }
                continue;
            }
            checkField(f, v.strip(), out);
        }
        List<String> oneOf = kind.atLeastOneOf();
        if (!oneOf.isEmpty() && oneOf.stream().allMatch(k -> value(k).isBlank())) {
            out.add(new Violation(oneOf.get(0), "validation.atLeastOneContact"));
        }
        return out;
    }

    /** Checks one value of one field; the forms call this as the user types. */
    public static void checkField(EvidenceField f, String v, List<Violation> out) {
        String key = f.key();
        switch (f.type()) {
            case MULTILINE -> TextRules.checkMultiline(key, v, TextRules.LONG_TEXT_LIMIT, out);
            case EMAIL -> {
                if (!FieldValidators.isEmail(v)) {
                    out.add(new Violation(key, "validation.email"));
                }
            }
            case PHONE -> {
                if (!FieldValidators.isPhone(v)) {
                    out.add(new Violation(key, "validation.phone"));
                }
            }
            case IP -> {
                if (!FieldValidators.isIp(v)) {
                    out.add(new Violation(key, "validation.ip"));
                }
            }
            case URL -> {
                if (!FieldValidators.isUrl(v)) {
                    out.add(new Violation(key, "validation.url"));
                }
            }
            case DATE -> {
                if (!FieldValidators.isDate(v)) {
                    out.add(new Violation(key, "validation.date"));
                }
            }
            case DATE_TIME -> {
                if (!FieldValidators.isDateTime(v)) {
                    out.add(new Violation(key, "validation.dateTime"));
                }
            }
            case INTEGER -> {
                if (!FieldValidators.isInteger(v)) {
                    out.add(new Violation(key, "validation.integer"));
                }
            }
            case DECIMAL -> {
                if (!FieldValidators.isDecimal(v)) {
                    out.add(new Violation(key, "validation.decimal"));
                }
            }
            case CHOICE, YES_NO -> {
                if (!f.choices().isEmpty() && !f.choices().contains(v)) {
                    out.add(new Violation(key, "validation.choice"));
                }
            }
            case TEXT, HASHED -> TextRules.checkLine(key, v, out);
        }
    }

    public static final String LAST_CHARS_SUFFIX = "Last4";
    private static final java.util.regex.Pattern STORED_HASH = java.util.regex.Pattern.compile("^sha256:[0-9a-f]{64}$");

    /** "documentNumberLast4" belongs to a HASHED field "documentNumber"; any other "...Last4" key is unknown. */
    private boolean isLastCharsOfHashedField(String key) {
        if (!key.endsWith(LAST_CHARS_SUFFIX)) {
            return false;
        }
        String base = key.substring(0, key.length() - LAST_CHARS_SUFFIX.length());
        return kind.field(base).filter(f -> f.type() == FieldType.HASHED).isPresent();
    }

    /** Trimmed values; HASHED fields replaced by their hash plus the last four characters for recognition. */
    public EvidenceDraft normalized() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, v.strip()));
        for (EvidenceField f : kind.fields()) {
            String v = out.get(f.key());
            // Only a well-formed stored hash is kept as is: "sha256:" followed by anything else is typed text.
            if (f.type() == FieldType.HASHED && v != null && !STORED_HASH.matcher(v).matches()) {
                String canonical = v.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
                out.put(f.key(), HASH_PREFIX + sha256Hex(canonical));
                out.put(f.key() + LAST_CHARS_SUFFIX,
                        canonical.length() <= 4 ? canonical : canonical.substring(canonical.length() - 4));
            }
        }
        return new EvidenceDraft(kind, observedAt, source, out);
    }

    /** The identifiers this evidence carries, for the cross-case index. */
    public List<Identifier> identifiers() {
        List<Identifier> out = new ArrayList<>();
        for (EvidenceField f : kind.fields()) {
            String v = fields.get(f.key());
            if (f.identifierKind() != null && v != null && !v.isBlank()) {
                out.add(Identifier.of(f.identifierKind(), f.key(), v.strip()));
            }
        }
        return out;
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
