package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.TextRules;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that tries to be code, text that is huge, and text with characters that cannot be shown: stored and read
 * back verbatim, or refused with a ValidationException naming the field, and then nothing at all has changed.
 */
class HostileInputTest {
    static final String SQL = "O'Brien\"; DROP TABLE hw_case;--";
    static final String HTML = "<script>alert(1)</script>";
    static final String MIXED = "Robert'); DELETE FROM audit_log; -- & <b>bold</b> \\ %_! ${jndi:ldap://x} {{7*7}}";
    static final String UNICODE = "Zoë Ñúñez 李小龍 Алексей 👩‍💻 \u202Egnp.exe";

    @TempDir
    Path dir;
    Workspace ws;
    CaseFile existing;

    @BeforeEach
    void open() {
        ws = StoreFixtures.create(dir.resolve("ws"));
        existing = ws.cases().create(CaseDetails.newCase("Existing case", Subject.named("Someone")));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static CaseDetails withEverything(String s) {
        Subject subject = new Subject(List.of(new NameSpelling(s, s), new NameSpelling(s + " 2", "CV")), s, s, "", s, s, s, s);
        return new CaseDetails(s, CaseStatus.IN_REVIEW, Decision.UNDECIDED, s, Priority.HIGH, s, List.of(s.length() > 60
                ? s.substring(0, 60) : s), null, false, subject);
    }

    @Test
    void codeLikeTextIsStoredAndReadBackVerbatim() {
        for (String s : List.of(SQL, HTML, MIXED, UNICODE)) {
            CaseFile c = ws.cases().create(withEverything(s));
            CaseFile back = ws.cases().get(c.id());
            assertThat(back.title()).isEqualTo(s);
            assertThat(back.assignee()).isEqualTo(s);
            assertThat(back.decisionRationale()).isEqualTo(s);
            assertThat(back.subject().names()).containsExactly(new NameSpelling(s, s), new NameSpelling(s + " 2", "CV"));
            assertThat(back.subject().claimedCountry()).isEqualTo(s);
            assertThat(back.subject().staffingFirm()).isEqualTo(s);
            assertThat(back.tags()).containsExactly(s.length() > 60 ? s.substring(0, 60) : s);

            Evidence e = ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.WORK_ACTIVITY, EvidenceSamples.OBSERVED, s,
                    Map.of("activityType", "other", "account", s, "destination", s, "details", s + "\n" + s)), List.of());
            Evidence eb = ws.evidence().get(e.id());
            assertThat(eb.source()).isEqualTo(s);
            assertThat(eb.value("account")).isEqualTo(s);
            assertThat(eb.value("details")).isEqualTo(s + "\n" + s);

            Note n = ws.notes().addToCase(c.id(), s);
            assertThat(ws.notes().listForCase(c.id())).extracting(Note::body).containsExactly(s);
            assertThat(ws.notes().history(n.id()).get(0).body()).isEqualTo(s);

            assertThat(ws.cases().list(CaseQuery.all().withText(s))).extracting(CaseSummary::id).containsExactly(c.id());
        }
        // Nothing was executed: the tables are all there and the chain holds.
        assertThat(ws.cases().count()).isEqualTo(5);
        assertThat(ws.audit().verify().intact()).isTrue();
        assertThat(ws.audit().size()).isEqualTo(1 + 1 + 4 * 3);
    }

    @Test
    void oneMegabyteNoteIsStoredVerbatimWithItsHistory() {
        StringBuilder sb = new StringBuilder(1_048_576 + 100);
        int i = 0;
        while (sb.length() < 1_048_576) {
            sb.append("Line ").append(i++).append(": ").append(i % 7 == 0 ? SQL : HTML).append(i % 3 == 0 ? "\r\n" : "\n\t");
        }
        String mb = sb.toString();
        Note n = ws.notes().addToCase(existing.id(), mb);
        Note edited = ws.notes().edit(n.id(), 1, mb + "\nand one more line");
        ws.close();
        ws = StoreFixtures.open(dir.resolve("ws"));
        assertThat(ws.notes().listForCase(existing.id())).singleElement().satisfies(x -> {
            assertThat(x.body()).hasSize(mb.length() + 18).isEqualTo(edited.body());
        });
        assertThat(ws.notes().history(n.id()).get(0).body()).isEqualTo(mb);
        assertThat(ws.cases().list(CaseQuery.all().withText("Line 12345: "))).hasSize(1);
        assertThat(ws.audit().verify().intact()).isTrue();
    }

    @Test
    void textOverTheLimitsIsRefusedNamingTheField() {
        String mb = "x".repeat(1_048_576);
        assertRefused(() -> ws.cases().create(CaseDetails.newCase(mb, Subject.empty())), "title", "validation.tooLong");
        assertRefused(() -> ws.cases().create(CaseDetails.newCase("ok", Subject.named(mb))), "subject.name", "validation.tooLong");
        assertRefused(() -> ws.cases().update(existing.id(), 1, new CaseDetails("ok", null, null, mb, null, null, null, null,
                false, null)), "decisionRationale", "validation.tooLong");
        assertRefused(() -> ws.cases().create(new CaseDetails("ok", null, null, null, null, null, List.of("t".repeat(61)),
                null, false, null)), "tags", "validation.tagTooLong");
        assertRefused(() -> ws.evidence().add(existing.id(), new EvidenceDraft(EvidenceKind.WORK_ACTIVITY,
                EvidenceSamples.OBSERVED, "src", Map.of("activityType", "other", "details", mb)), List.of()), "details",
                "validation.tooLong");
        assertRefused(() -> ws.evidence().add(existing.id(), new EvidenceDraft(EvidenceKind.WORK_ACTIVITY,
                EvidenceSamples.OBSERVED, mb, Map.of("activityType", "other")), List.of()), "source", "validation.tooLong");
        String tooLongNote = "n".repeat(TextRules.NOTE_LIMIT + 1);
        assertRefused(() -> ws.notes().addToCase(existing.id(), tooLongNote), "body", "validation.tooLong");
        // Exactly at the line limit is fine.
        assertThat(ws.cases().create(CaseDetails.newCase("t".repeat(TextRules.LINE_LIMIT), Subject.empty())).title())
                .hasSize(TextRules.LINE_LIMIT);
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        for (String bad : List.of("nul\u0000byte", "bell\u0007", "escape \u001b[31mred", "del\u007f", "c1\u0085next")) {
            assertRefused(() -> ws.cases().create(CaseDetails.newCase(bad, Subject.empty())), "title", "validation.controlChars");
            assertRefused(() -> ws.cases().create(CaseDetails.newCase("ok", Subject.named(bad))), "subject.name",
                    "validation.controlChars");
            assertRefused(() -> ws.notes().addToCase(existing.id(), bad), "body", "validation.controlChars");
            assertRefused(() -> ws.evidence().add(existing.id(), new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD,
                    EvidenceSamples.OBSERVED, "src", Map.of("ipAddress", "203.0.113.9", "device", bad)), List.of()), "device",
                    "validation.controlChars");
            UUID fine = ws.notes().addToCase(existing.id(), "fine").id();
            assertRefused(() -> ws.notes().edit(fine, 1, bad), "body", "validation.controlChars");
        }
        // Line breaks are control characters in a one-line field, but text in multi-line ones.
        assertRefused(() -> ws.cases().create(CaseDetails.newCase("two\nlines", Subject.empty())), "title",
                "validation.controlChars");
        Note multi = ws.notes().addToCase(existing.id(), "two\r\nlines\tand a tab");
        assertThat(ws.notes().listForCase(existing.id())).extracting(Note::body).contains("two\r\nlines\tand a tab");
        assertThat(multi.body()).isEqualTo("two\r\nlines\tand a tab");
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() {
        assertRefused(() -> ws.evidence().add(existing.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                EvidenceSamples.OBSERVED, "CV", Map.of("email", SQL)), List.of()), "email", "validation.email");
        assertRefused(() -> ws.evidence().add(existing.id(), new EvidenceDraft(EvidenceKind.ONLINE_PROFILE,
                EvidenceSamples.OBSERVED, "CV", Map.of("platform", "github", "profileUrl", "javascript:alert(1)")), List.of()),
                "profileUrl", "validation.url");
        assertRefused(() -> ws.evidence().add(existing.id(), new EvidenceDraft(EvidenceKind.ONLINE_PROFILE,
                EvidenceSamples.OBSERVED, "CV", Map.of("platform", HTML)), List.of()), "platform", "validation.choice");
        assertRefused(() -> ws.evidence().add(existing.id(), new EvidenceDraft(EvidenceKind.ONLINE_PROFILE,
                EvidenceSamples.OBSERVED, "CV", Map.of("platform", "github", "x'; DROP TABLE evidence;--", "1")), List.of()),
                "x'; DROP TABLE evidence;--", "validation.unknownField");
        assertRefused(() -> ws.cases().create(new CaseDetails("ok", null, null, null, null, null, null, null, false,
                new Subject(List.of(), "", "", "Mars/Olympus_Mons", "", "", "", ""))), "subject.claimedTimeZone",
                "validation.timeZone");
        assertRefused(() -> ws.cases().create(new CaseDetails("ok", null, Decision.CLEARED, " ", null, null, null, null, false,
                null)), "decisionRationale", "validation.rationaleRequired");
    }

    /** The write is refused with the named field, and afterwards case count, audit and the existing case are as they were. */
    private void assertRefused(ThrowingCallable write, String field, String key) {
        long cases = ws.cases().count();
        long audit = ws.audit().size();
        List<Note> notes = ws.notes().listForCase(existing.id());
        List<Evidence> evidence = ws.evidence().listForCase(existing.id());
        CaseFile before = ws.cases().get(existing.id());
        assertThatThrownBy(write).isInstanceOf(ValidationException.class).satisfies(e -> {
            List<Violation> v = ((ValidationException) e).violations();
            assertThat(v).as("violations").anySatisfy(x -> {
                assertThat(x.field()).isEqualTo(field);
                assertThat(x.messageKey()).isEqualTo(key);
            });
        });
        assertThat(ws.cases().count()).isEqualTo(cases);
        assertThat(ws.audit().size()).isEqualTo(audit);
        assertThat(ws.cases().get(existing.id())).isEqualTo(before);
        assertThat(ws.notes().listForCase(existing.id())).hasSameSizeAs(notes);
        assertThat(ws.evidence().listForCase(existing.id())).isEqualTo(evidence);
    }

    @Test
    void loneSurrogatesAreRefusedOrKeptExactly() {
        // Text that cannot be encoded faithfully must never be stored as something else: refused, or kept exactly.
        for (String s : List.of("half \uD83D pair", "reversed \uDC00\uD800")) {
            UUID caseId = null;
            try {
                caseId = ws.cases().create(CaseDetails.newCase(s, Subject.named(s))).id();
            } catch (ValidationException e) {
                assertThat(e.violations()).extracting(Violation::field).contains("title", "subject.name");
            }
            UUID noteId = null;
            try {
                noteId = ws.notes().addToCase(existing.id(), s).id();
            } catch (ValidationException e) {
                assertThat(e.violations()).extracting(Violation::field).containsExactly("body");
            }
            ws.close();
            ws = StoreFixtures.open(dir.resolve("ws"));
            if (caseId != null) {
                assertThat(ws.cases().get(caseId).title()).isEqualTo(s);
                assertThat(ws.cases().get(caseId).subject().primaryName()).isEqualTo(s);
            }
            if (noteId != null) {
                assertThat(ws.notes().history(noteId).get(0).body()).isEqualTo(s);
            }
        }
        assertThat(ws.audit().verify().intact()).isTrue();
    }

    @Test
    void refusedSaveOfAnExistingCaseChangesNothing() {
        UUID id = existing.id();
        assertRefused(() -> ws.cases().update(id, 1, CaseDetails.newCase("bad\u0000title", Subject.named("New name"))),
                "title", "validation.controlChars");
        assertThat(ws.cases().get(id).subject().primaryName()).isEqualTo("Someone");
    }
}
