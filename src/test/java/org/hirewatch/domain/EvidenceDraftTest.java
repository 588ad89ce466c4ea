package org.hirewatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EvidenceDraftTest {
    static final Instant WHEN = Instant.parse("2026-03-14T09:30:00Z");

    /** A valid value per field type (the store tests use the same idea with every field). */
    static String valid(EvidenceField f) {
        return switch (f.type()) {
            case TEXT, HASHED -> "value";
            case MULTILINE -> "line\nline";
            case EMAIL -> "a@example.test";
            case PHONE -> "+1 202 555 0143";
            case IP -> "203.0.113.7";
            case URL -> "https://example.test/";
            case DATE -> "2026-01-31";
            case DATE_TIME -> "2026-01-31 08:00";
            case INTEGER -> "12";
            case DECIMAL -> "0.5";
            case CHOICE, YES_NO -> f.choices().get(0);
        };
    }

    static Map<String, String> requiredOnly(EvidenceKind kind) {
        Map<String, String> m = new LinkedHashMap<>();
        kind.fields().stream().filter(EvidenceField::required).forEach(f -> m.put(f.key(), valid(f)));
        if (kind == EvidenceKind.CONTACT_CHANNEL) {
            m.put("email", "a@example.test");
        }
        return m;
    }

    static Map<String, String> all(EvidenceKind kind) {
        Map<String, String> m = new LinkedHashMap<>();
        kind.fields().forEach(f -> m.put(f.key(), valid(f)));
        return m;
    }

    @ParameterizedTest
    @EnumSource(EvidenceKind.class)
    void minimalAndFullDraftsAreValid(EvidenceKind kind) {
        assertThat(new EvidenceDraft(kind, WHEN, "src", requiredOnly(kind)).validate()).isEmpty();
        assertThat(new EvidenceDraft(kind, WHEN, "src", all(kind)).validate()).isEmpty();
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of(EvidenceKind.values()).flatMap(k -> k.fields().stream().filter(EvidenceField::required)
                .map(f -> Arguments.of(k, f.key())));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("requiredFields")
    void eachRequiredFieldIsRequired(EvidenceKind kind, String key) {
        Map<String, String> fields = new HashMap<>(all(kind));
        fields.remove(key);
        assertThat(new EvidenceDraft(kind, WHEN, "src", fields).validate())
                .containsExactly(new Violation(key, "validation.required"));
        fields.put(key, "   "); // blank is missing
        assertThat(new EvidenceDraft(kind, WHEN, "src", fields).validate())
                .containsExactly(new Violation(key, "validation.required"));
    }

    @Test
    void requiredFieldsAreTheDesignedOnes() {
        Map<EvidenceKind, List<String>> expected = Map.ofEntries(
                Map.entry(EvidenceKind.IDENTITY_DOCUMENT, List.of("documentType")),
                Map.entry(EvidenceKind.CONTACT_CHANNEL, List.of()),
                Map.entry(EvidenceKind.ONLINE_PROFILE, List.of("platform")),
                Map.entry(EvidenceKind.INTERVIEW_OBSERVATION, List.of()),
                Map.entry(EvidenceKind.REFERENCE_CHECK, List.of("referenceName")),
                Map.entry(EvidenceKind.SIGN_IN_RECORD, List.of("ipAddress")),
                Map.entry(EvidenceKind.SIGN_IN_LOG, List.of("logFormat", "fileName", "fileSha256")),
                Map.entry(EvidenceKind.EQUIPMENT_SHIPPING, List.of("shipToAddress")),
                Map.entry(EvidenceKind.PAYMENT_PAYOUT, List.of("payoutMethod")),
                Map.entry(EvidenceKind.WORK_ACTIVITY, List.of("activityType")),
                Map.entry(EvidenceKind.APPLICATION, List.of()),
                Map.entry(EvidenceKind.FILE_ATTACHMENT, List.of()));
        for (EvidenceKind k : EvidenceKind.values()) {
            assertThat(k.fields().stream().filter(EvidenceField::required).map(EvidenceField::key)).as(k.name())
                    .containsExactlyElementsOf(expected.get(k));
        }
        assertThat(Stream.of(EvidenceKind.values()).filter(EvidenceKind::needsAttachment))
                .containsExactly(EvidenceKind.FILE_ATTACHMENT);
    }

    @Test
    void contactChannelNeedsAtLeastOneWayOfContact() {
        assertThat(new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, WHEN, "CV", Map.of("carrier", "Example Tel")).validate())
                .containsExactly(new Violation("email", "validation.atLeastOneContact"));
        assertThat(new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, WHEN, "CV", Map.of("email", " ")).validate())
                .containsExactly(new Violation("email", "validation.atLeastOneContact"));
        for (String key : List.of("email", "phone", "messagingHandle")) {
            String v = key.equals("email") ? "a@example.test" : key.equals("phone") ? "+1 202 555 0143" : "@handle";
            assertThat(new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, WHEN, "CV", Map.of(key, v)).validate()).as(key).isEmpty();
        }
        assertThat(EvidenceKind.SIGN_IN_RECORD.atLeastOneOf()).isEmpty();
    }

    @Test
    void unknownFieldsAreNamed() {
        Map<String, String> fields = new HashMap<>(requiredOnly(EvidenceKind.SIGN_IN_RECORD));
        fields.put("ipAdress", "203.0.113.7");
        fields.put("email", "a@example.test"); // a field of another kind
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, WHEN, "src", fields).validate())
                .containsExactlyInAnyOrder(new Violation("ipAdress", "validation.unknownField", "ipAdress"),
                        new Violation("email", "validation.unknownField", "email"));
    }

    @Test
    void lastCharsFieldBelongsOnlyToAHashedFieldAndHoldsAtMostFourCharacters() {
        Map<String, String> signIn = new HashMap<>(requiredOnly(EvidenceKind.SIGN_IN_RECORD));
        signIn.put("anythingLast4", "\u0000".repeat(100_000));
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, WHEN, "src", signIn).validate())
                .containsExactly(new Violation("anythingLast4", "validation.unknownField", "anythingLast4"));

        Map<String, String> doc = new HashMap<>(requiredOnly(EvidenceKind.IDENTITY_DOCUMENT));
        doc.put("issuingCountryLast4", "ABCD"); // issuingCountry is not hashed
        assertThat(new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "src", doc).validate())
                .containsExactly(new Violation("issuingCountryLast4", "validation.unknownField", "issuingCountryLast4"));

        doc.remove("issuingCountryLast4");
        doc.put("documentNumberLast4", "6789");
        assertThat(new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "src", doc).validate()).isEmpty();
        doc.put("documentNumberLast4", "X123456789"); // the whole number must not ride along in plain
        assertThat(new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "src", doc).validate())
                .containsExactly(new Violation("documentNumberLast4", "validation.tooLong", 10, 4));
        doc.put("documentNumberLast4", "6\u00079");
        assertThat(new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "src", doc).validate())
                .containsExactly(new Violation("documentNumberLast4", "validation.controlChars"));
    }

    @Test
    void whenAndWhereAreRequired() {
        Map<String, String> f = requiredOnly(EvidenceKind.SIGN_IN_RECORD);
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, null, "src", f).validate())
                .containsExactly(new Violation("observedAt", "validation.required"));
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, WHEN, "  ", f).validate())
                .containsExactly(new Violation("source", "validation.required"));
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, WHEN, null, f).source()).isEmpty();
        assertThat(new EvidenceDraft(null, WHEN, "src", f).validate()).containsExactly(new Violation("kind", "validation.required"));
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, WHEN, "x".repeat(501), f).validate())
                .containsExactly(new Violation("source", "validation.tooLong", 501, 500));
    }

    @Test
    void observationsMoreThanADayAheadAreRefused() {
        Map<String, String> f = requiredOnly(EvidenceKind.SIGN_IN_RECORD);
        Instant soon = Instant.now().plusSeconds(23 * 3600);
        Instant later = Instant.now().plusSeconds(25 * 3600);
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, soon, "src", f).validate()).isEmpty();
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, later, "src", f).validate())
                .containsExactly(new Violation("observedAt", "validation.inFuture"));
    }

    @Test
    void eachFieldTypeNamesItsProblem() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("email", "not-an-email");
        bad.put("phone", "202 555 0143");
        bad.put("lineType", "satellite");
        bad.put("domainCreated", "2026-02-30");
        bad.put("carrier", "tab\tin a line");
        assertThat(new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, WHEN, "src", bad).validate()).containsExactlyInAnyOrder(
                new Violation("email", "validation.email"), new Violation("phone", "validation.phone"),
                new Violation("lineType", "validation.choice"), new Violation("domainCreated", "validation.date"),
                new Violation("carrier", "validation.controlChars"));
        assertThat(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, WHEN, "src", Map.of("ipAddress", "1.2.3.256",
                "sessionEnd", "tomorrow")).validate()).containsExactlyInAnyOrder(new Violation("ipAddress", "validation.ip"),
                new Violation("sessionEnd", "validation.dateTime"));
        assertThat(new EvidenceDraft(EvidenceKind.ONLINE_PROFILE, WHEN, "src", Map.of("platform", "github",
                "profileUrl", "github.com/x", "connections", "many")).validate()).containsExactlyInAnyOrder(
                new Violation("profileUrl", "validation.url"), new Violation("connections", "validation.integer"));
        assertThat(new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "src", Map.of("documentType", "passport",
                "faceMatchScore", "high", "addressOnDocument", "x".repeat(TextRules.LONG_TEXT_LIMIT + 1))).validate())
                .containsExactlyInAnyOrder(new Violation("faceMatchScore", "validation.decimal"),
                        new Violation("addressOnDocument", "validation.tooLong", TextRules.LONG_TEXT_LIMIT + 1,
                                TextRules.LONG_TEXT_LIMIT));
        // Values are judged without the blanks around them.
        assertThat(new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, WHEN, "src", Map.of("email", "  a@example.test  "))
                .validate()).isEmpty();
    }

    @Test
    void blankValuesAreDroppedAndNullsAllowed() {
        Map<String, String> m = new HashMap<>();
        m.put("ipAddress", "203.0.113.7");
        m.put("city", "  ");
        m.put("country", null);
        EvidenceDraft d = new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, WHEN, "src", m);
        assertThat(d.fields()).containsOnlyKeys("ipAddress");
        assertThat(new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, WHEN, "src", null).fields()).isEmpty();
    }

    @Test
    void normalizedHashesDocumentNumbersAndKeepsTheLastFour() throws Exception {
        EvidenceDraft d = new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, " scan ", Map.of("documentType", "passport",
                "documentNumber", " ab 12-34.567 ", "issuingCountry", "  Examplestan  "));
        EvidenceDraft n = d.normalized();
        String expectedHash = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("AB1234567".getBytes(StandardCharsets.UTF_8)));
        assertThat(n.value("documentNumber")).isEqualTo(expectedHash);
        assertThat(n.value("documentNumberLast4")).isEqualTo("4567");
        assertThat(n.value("issuingCountry")).isEqualTo("Examplestan");
        assertThat(n.source()).isEqualTo("scan");
        assertThat(n.validate()).isEmpty();
        // Normalising again changes nothing, and the same number typed differently gives the same hash.
        assertThat(n.normalized()).isEqualTo(n);
        assertThat(new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "x", Map.of("documentType", "passport",
                "documentNumber", "AB1234567")).normalized().value("documentNumber")).isEqualTo(expectedHash);
        assertThat(n.identifiers()).containsExactly(new Identifier(IdentifierKind.DOCUMENT_NUMBER_HASH, "documentNumber",
                expectedHash, expectedHash));
        // Short numbers keep all they have.
        assertThat(new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "x", Map.of("documentType", "passport",
                "documentNumber", "A1")).normalized().value("documentNumberLast4")).isEqualTo("A1");
    }

    @Test
    void textThatOnlyLooksLikeAHashIsStillHashed() {
        EvidenceDraft n = new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, WHEN, "x", Map.of("documentType", "passport",
                "documentNumber", "sha256:X123456789")).normalized();
        assertThat(n.value("documentNumber")).matches("sha256:[0-9a-f]{64}");
        assertThat(n.fields().values()).noneMatch(v -> v.contains("X123456"));
    }

    @Test
    void identifiersAreNormalised() {
        EvidenceDraft d = new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, WHEN, "CV", Map.of("email", " Jon.Doe@Example.TEST ",
                "phone", "+1 (202) 555-0143", "messagingHandle", "@JonD", "carrier", "Example Tel"));
        assertThat(d.identifiers()).containsExactlyInAnyOrder(
                new Identifier(IdentifierKind.EMAIL, "email", "Jon.Doe@Example.TEST", "jon.doe@example.test"),
                new Identifier(IdentifierKind.PHONE, "phone", "+1 (202) 555-0143", "+12025550143"),
                new Identifier(IdentifierKind.HANDLE, "messagingHandle", "@JonD", "jond"));
    }
}
