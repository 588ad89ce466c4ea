package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.store.StoreFixtures.ACTOR;
import static org.hirewatch.store.StoreFixtures.assertReason;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteRevision;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.WorkspaceException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Everything that is saved comes back field by field, after the workspace was closed and reopened (so nothing is
 * served from memory).
 */
class RoundTripTest {
    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("ws");
    }

    static CaseDetails fullDetails() {
        Subject subject = new Subject(List.of(
                new NameSpelling("Jonathan Q. Doe", "CV"),
                new NameSpelling("Jon Doe", "LinkedIn"),
                new NameSpelling("DOE JONATHAN", "Passport"),
                new NameSpelling("Jöñathan Dœ-Ünïcode 李", "Payroll")),
                "United States", "Austin", "America/Chicago", "US", "Senior backend engineer", "Job board",
                "Example Staffing Ltd");
        return new CaseDetails("Backend contractor, 2026 intake", CaseStatus.ESCALATED, Decision.NOT_CLEARED,
                "Documents inconsistent;\nsee notes.", Priority.URGENT, "alex.investigator",
                List.of("payroll", "laptop-farm", "dprk-it"), LocalDate.of(2033, 12, 31), true, subject);
    }

    @Test
    void caseWithAllDetailsRoundTrips() {
        CaseDetails d = fullDetails();
        UUID id;
        Instant created;
        try (Workspace ws = StoreFixtures.create(folder())) {
            CaseFile c = ws.cases().create(d);
            id = c.id();
            created = c.createdAt();
            assertSameDetails(c, d);
            assertThat(c.version()).isEqualTo(1);
        }
        try (Workspace ws = StoreFixtures.open(folder())) {
            CaseFile c = ws.cases().get(id);
            assertSameDetails(c, d);
            assertThat(c.reference()).matches("HW-\\d{4}-0001");
            assertThat(c.createdAt()).isEqualTo(created).isEqualTo(c.updatedAt());
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.details()).isEqualTo(new CaseDetails(d.title(), d.status(), d.decision(), d.decisionRationale(),
                    d.priority(), d.assignee(), c.tags(), d.retentionDate(), d.legalHold(), d.subject()));
            assertThat(ws.cases().findByReference(" " + c.reference().toLowerCase() + " ")).contains(c);
            assertThat(ws.cases().tags()).containsExactly("dprk-it", "laptop-farm", "payroll");
            assertThat(ws.cases().assignees()).containsExactly("alex.investigator");

            // An update changes every field, and comes back the same way.
            CaseDetails changed = new CaseDetails("Renamed", CaseStatus.REPORTED, Decision.REFERRED_TO_AUTHORITIES,
                    "Referred.", Priority.LOW, "sam", List.of("payroll", "new-tag"), null, false,
                    new Subject(List.of(new NameSpelling("J. Doe", "Email signature")), "", "", "+09:00", "", "", "", ""));
            CaseFile updated = ws.cases().update(id, 1, changed);
            assertSameDetails(updated, changed);
            assertThat(updated.version()).isEqualTo(2);
            assertThat(updated.updatedAt()).isAfterOrEqualTo(created);
        }
        try (Workspace ws = StoreFixtures.open(folder())) {
            CaseFile c = ws.cases().get(id);
            assertThat(c.title()).isEqualTo("Renamed");
            assertThat(c.retentionDate()).isNull();
            assertThat(c.legalHold()).isFalse();
            assertThat(c.subject().names()).containsExactly(new NameSpelling("J. Doe", "Email signature"));
            assertThat(c.subject().claimedTimeZone()).isEqualTo("+09:00");
            assertThat(c.tags()).containsExactlyInAnyOrder("payroll", "new-tag");
            assertThat(c.version()).isEqualTo(2);
            List<AuditEntry> trail = ws.audit().forCase(id);
            assertThat(trail).extracting(AuditEntry::action).containsExactly("case.create", "case.status");
            assertThat(trail.get(1).before()).contains("Backend contractor, 2026 intake");
            assertThat(trail.get(1).after()).contains("Renamed");
            assertThat(trail).allSatisfy(e -> assertThat(e.actor()).isEqualTo(ACTOR));
        }
    }

    private static void assertSameDetails(CaseFile c, CaseDetails d) {
        assertThat(c.title()).isEqualTo(d.title());
        assertThat(c.status()).isEqualTo(d.status());
        assertThat(c.decision()).isEqualTo(d.decision());
        assertThat(c.decisionRationale()).isEqualTo(d.decisionRationale());
        assertThat(c.priority()).isEqualTo(d.priority());
        assertThat(c.assignee()).isEqualTo(d.assignee());
        // Tags are a set: they come back sorted, once each.
        assertThat(c.tags()).containsExactlyInAnyOrderElementsOf(d.tags()).isSorted();
        assertThat(c.retentionDate()).isEqualTo(d.retentionDate());
        assertThat(c.legalHold()).isEqualTo(d.legalHold());
        Subject s = c.subject();
        assertThat(s.names()).containsExactlyElementsOf(d.subject().names());
        assertThat(s.primaryName()).isEqualTo(d.subject().primaryName());
        assertThat(s.claimedCountry()).isEqualTo(d.subject().claimedCountry());
        assertThat(s.claimedCity()).isEqualTo(d.subject().claimedCity());
        assertThat(s.claimedTimeZone()).isEqualTo(d.subject().claimedTimeZone());
        assertThat(s.claimedNationality()).isEqualTo(d.subject().claimedNationality());
        assertThat(s.role()).isEqualTo(d.subject().role());
        assertThat(s.hiringChannel()).isEqualTo(d.subject().hiringChannel());
        assertThat(s.staffingFirm()).isEqualTo(d.subject().staffingFirm());
    }

    @Test
    void caseDetailsAreTidiedBeforeSaving() {
        Subject subject = new Subject(List.of(new NameSpelling("  Jon Doe  ", " CV "), new NameSpelling("   ", "empty")),
                " US ", " Austin ", " America/Chicago ", "", "", "", "");
        CaseDetails d = new CaseDetails("  Padded title  ", null, null, null, null, "  sam  ",
                List.of(" b ", "a", "b", "  "), null, false, subject);
        try (Workspace ws = StoreFixtures.create(folder())) {
            CaseFile c = ws.cases().create(d);
            assertThat(c.title()).isEqualTo("Padded title");
            assertThat(c.status()).isEqualTo(CaseStatus.NEW);
            assertThat(c.decision()).isEqualTo(Decision.UNDECIDED);
            assertThat(c.priority()).isEqualTo(Priority.NORMAL);
            assertThat(c.assignee()).isEqualTo("sam");
            assertThat(c.tags()).containsExactly("a", "b");
            assertThat(c.subject().names()).containsExactly(new NameSpelling("Jon Doe", "CV"));
            assertThat(c.subject().claimedCity()).isEqualTo("Austin");
            assertThat(c.subject().claimedTimeZone()).isEqualTo("America/Chicago");
        }
    }

    @ParameterizedTest
    @EnumSource(EvidenceKind.class)
    void everyEvidenceKindWithEveryFieldRoundTrips(EvidenceKind kind) throws Exception {
        EvidenceDraft draft = EvidenceSamples.draft(kind);
        assertThat(draft.validate()).as("sample values are valid").isEmpty();
        List<Path> files = new ArrayList<>();
        if (kind.needsAttachment()) {
            files.add(Files.writeString(dir.resolve("scan.txt"), "scanned text"));
        }
        UUID caseId;
        UUID evidenceId;
        try (Workspace ws = StoreFixtures.create(folder())) {
            caseId = ws.cases().create(CaseDetails.newCase("Evidence of " + kind, Subject.named("A. Person"))).id();
            Evidence e = ws.evidence().add(caseId, draft, files);
            evidenceId = e.id();
            assertEvidence(e, kind, caseId);
        }
        try (Workspace ws = StoreFixtures.open(folder())) {
            Evidence e = ws.evidence().get(evidenceId);
            assertEvidence(e, kind, caseId);
            assertThat(ws.evidence().listForCase(caseId)).containsExactly(e);
            assertThat(ws.cases().list(org.hirewatch.domain.CaseQuery.all()).get(0).evidenceCount()).isEqualTo(1);

            // Saving the stored item back unchanged keeps every value (a hash is not hashed again).
            Evidence again = ws.evidence().update(evidenceId, 1, e.toDraft());
            assertThat(again.fields()).isEqualTo(e.fields());
            assertThat(again.version()).isEqualTo(2);
            assertThat(again.summary()).isNotBlank();

            if (kind.field("documentNumber").isPresent()) {
                assertPlainNumberStoredNowhere(ws);
                assertThat(e.summary()).contains("…6789").doesNotContain("X1234");
            }
        }
    }

    private static void assertEvidence(Evidence e, EvidenceKind kind, UUID caseId) {
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.caseId()).isEqualTo(caseId);
        assertThat(e.observedAt()).isEqualTo(EvidenceSamples.OBSERVED);
        assertThat(e.recordedBy()).isEqualTo(ACTOR);
        assertThat(e.recordedAt()).isNotNull().isAfter(EvidenceSamples.OBSERVED);
        assertThat(e.source()).isEqualTo("Source of " + kind.name());
        assertThat(e.version()).isEqualTo(1);
        for (EvidenceField f : kind.fields()) {
            String entered = EvidenceSamples.sample(kind, f);
            if (f.type() == FieldType.HASHED) {
                assertThat(e.value(f.key())).isEqualTo(EvidenceDraft.HASH_PREFIX
                        + EvidenceSamples.sha256Hex(EvidenceSamples.DOCUMENT_NUMBER_CANONICAL));
                assertThat(e.value(f.key() + EvidenceDraft.LAST_CHARS_SUFFIX)).isEqualTo("6789");
            } else {
                assertThat(e.value(f.key())).as(f.key()).isEqualTo(entered.strip());
            }
        }
        long hashed = kind.fields().stream().filter(f -> f.type() == FieldType.HASHED).count();
        assertThat(e.fields()).hasSize(kind.fields().size() + (int) hashed);
        assertThat(e.fields().values()).noneMatch(v -> v.contains("X1234") || v.contains("123456789"));
    }

    /** Looks at every text column of every table: the document number exists only as a hash. */
    private static void assertPlainNumberStoredNowhere(Workspace ws) {
        List<String> hits = ws.write(h -> {
            List<String> found = new ArrayList<>();
            List<Map<String, Object>> cols = h.createQuery("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND data_type IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT')").mapToMap().list();
            for (Map<String, Object> c : cols) {
                String sql = "SELECT COUNT(*) FROM \"" + c.get("table_name") + "\" WHERE \"" + c.get("column_name")
                        + "\" LIKE '%1234%5678%' OR \"" + c.get("column_name") + "\" LIKE '%123456789%'";
                if (h.createQuery(sql).mapTo(Long.class).one() > 0) {
                    found.add(c.get("table_name") + "." + c.get("column_name"));
                }
            }
            return found;
        });
        assertThat(hits).isEmpty();
    }

    @Test
    void hashedNumberIsIndexedAsItsHash() {
        try (Workspace ws = StoreFixtures.create(folder())) {
            UUID a = ws.cases().create(CaseDetails.newCase("A", Subject.named("A"))).id();
            UUID b = ws.cases().create(CaseDetails.newCase("B", Subject.named("B"))).id();
            ws.evidence().add(a, new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, EvidenceSamples.OBSERVED, "scan",
                    Map.of("documentType", "passport", "documentNumber", "x1234 56789")), List.of());
            ws.evidence().add(b, new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, EvidenceSamples.OBSERVED, "scan",
                    Map.of("documentType", "passport", "documentNumber", "X1234-56789")), List.of());
            String hash = "sha256:" + EvidenceSamples.sha256Hex(EvidenceSamples.DOCUMENT_NUMBER_CANONICAL);
            List<UUID> cases = ws.write(h -> h.createQuery("SELECT case_id FROM evidence_identifier WHERE kind ="
                    + " 'DOCUMENT_NUMBER_HASH' AND norm_value = :v AND raw_value = :v").bind("v", hash).mapTo(UUID.class).list());
            assertThat(cases).containsExactlyInAnyOrder(a, b);
        }
    }

    @Test
    void attachmentsRoundTripWithHashSizeTypeAndName() throws Exception {
        byte[] pdf = new byte[300_000];
        new Random(7).nextBytes(pdf);
        Path pdfFile = Files.write(dir.resolve("Passport scan (front) 'copy'.pdf"), pdf);
        Path pngFile = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Path odd = Files.write(dir.resolve("no-extension"), new byte[0]);
        UUID caseId;
        UUID evidenceId;
        try (Workspace ws = StoreFixtures.create(folder())) {
            caseId = ws.cases().create(CaseDetails.newCase("Files", Subject.empty())).id();
            Evidence e = ws.evidence().add(caseId, new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, EvidenceSamples.OBSERVED,
                    "email from applicant", Map.of("description", "Scans")), List.of(pdfFile, pngFile));
            evidenceId = e.id();
            assertThat(e.attachments()).hasSize(2);
            AttachmentInfo third = ws.evidence().addAttachment(evidenceId, odd);
            assertThat(third.sizeBytes()).isZero();
        }
        try (Workspace ws = StoreFixtures.open(folder())) {
            List<AttachmentInfo> atts = ws.evidence().get(evidenceId).attachments();
            assertThat(atts).extracting(AttachmentInfo::fileName)
                    .containsExactlyInAnyOrder("Passport scan (front) 'copy'.pdf", "photo.png", "no-extension");
            for (AttachmentInfo a : atts) {
                Path source = dir.resolve(a.fileName());
                byte[] original = Files.readAllBytes(source);
                assertThat(a.evidenceId()).isEqualTo(evidenceId);
                assertThat(a.sizeBytes()).isEqualTo(original.length);
                assertThat(a.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(original)));
                assertThat(a.addedBy()).isEqualTo(ACTOR);
                assertThat(a.addedAt()).isNotNull();
                assertThat(a.mediaType()).isEqualTo(switch (a.fileName()) {
                    case "photo.png" -> "image/png";
                    case "no-extension" -> "application/octet-stream";
                    default -> "application/pdf";
                });
                Path copy = dir.resolve("out").resolve("copy-of-" + a.fileName());
                Files.createDirectories(copy.getParent());
                assertThat(ws.evidence().saveCopy(a.id(), copy)).isEqualTo(a);
                assertThat(Files.readAllBytes(copy)).isEqualTo(original);
            }
            assertThat(ws.evidence().listForCase(caseId).get(0).attachments()).containsExactlyInAnyOrderElementsOf(atts);
            try (var left = Files.list(dir.resolve("out"))) {
                assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
            }
            assertThat(ws.audit().forCase(caseId)).extracting(AuditEntry::action)
                    .containsExactly("case.create", "evidence.add", "attachment.add");
        }
    }

    @Test
    void notesKeepTheirEditHistory() throws Exception {
        UUID caseId;
        UUID noteId;
        UUID evidenceNoteId;
        UUID evidenceId;
        try (Workspace ws = StoreFixtures.create(folder())) {
            caseId = ws.cases().create(CaseDetails.newCase("Notes", Subject.empty())).id();
            Note n = ws.notes().addToCase(caseId, "First call went oddly.");
            noteId = n.id();
            assertThat(n.version()).isEqualTo(1);
            assertThat(n.edited()).isFalse();
            // revisions are ordered by their millisecond timestamps: wait until the clock has moved on
            while (!java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).isAfter(n.createdAt())) {
                Thread.onSpinWait();
            }
            Note n2 = ws.notes().edit(noteId, 1, "First call went oddly.\nCamera stayed off.");
            assertThat(n2.version()).isEqualTo(2);
            Note n3 = ws.notes().edit(noteId, 2, "Edited a third time.");
            assertThat(n3.edited()).isTrue();
            assertThat(n3.createdAt()).isEqualTo(n.createdAt());
            assertThat(n3.updatedAt()).isAfter(n.createdAt());
            // Saving the same text is not a new revision.
            assertThat(ws.notes().edit(noteId, 3, "Edited a third time.")).isEqualTo(n3);

            evidenceId = ws.evidence().add(caseId, new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, EvidenceSamples.OBSERVED,
                    "CV", Map.of("email", "a@example.test")), List.of()).id();
            evidenceNoteId = ws.notes().add(caseId, NoteTarget.EVIDENCE, evidenceId, "This address was made last week.").id();
        }
        try (Workspace ws = StoreFixtures.open(folder())) {
            List<NoteRevision> history = ws.notes().history(noteId);
            assertThat(history).extracting(NoteRevision::revision).containsExactly(1, 2, 3);
            assertThat(history).extracting(NoteRevision::body).containsExactly("First call went oddly.",
                    "First call went oddly.\nCamera stayed off.", "Edited a third time.");
            assertThat(history).allSatisfy(r -> {
                assertThat(r.noteId()).isEqualTo(noteId);
                assertThat(r.writtenBy()).isEqualTo(ACTOR);
            });
            assertThat(history.get(0).writtenAt()).isBefore(history.get(1).writtenAt());

            List<Note> notes = ws.notes().listForCase(caseId);
            assertThat(notes).extracting(Note::id).containsExactlyInAnyOrder(noteId, evidenceNoteId);
            Note onEvidence = notes.stream().filter(x -> x.id().equals(evidenceNoteId)).findFirst().orElseThrow();
            assertThat(onEvidence.target()).isEqualTo(NoteTarget.EVIDENCE);
            assertThat(onEvidence.targetId()).isEqualTo(evidenceId);
            assertThat(onEvidence.caseId()).isEqualTo(caseId);
            assertThat(onEvidence.body()).isEqualTo("This address was made last week.");
            assertThat(onEvidence.createdBy()).isEqualTo(ACTOR).isEqualTo(onEvidence.updatedBy());
            Note caseNote = notes.stream().filter(x -> x.id().equals(noteId)).findFirst().orElseThrow();
            assertThat(caseNote.target()).isEqualTo(NoteTarget.CASE);
            assertThat(caseNote.targetId()).isEqualTo(caseId);
            assertThat(caseNote.body()).isEqualTo("Edited a third time.");
            assertThat(caseNote.version()).isEqualTo(3);
            assertThat(ws.audit().forCase(caseId)).extracting(AuditEntry::action)
                    .containsExactly("case.create", "note.add", "note.edit", "note.edit", "evidence.add", "note.add");

            // A note cannot hang on evidence of another case.
            UUID other = ws.cases().create(CaseDetails.newCase("Other", Subject.empty())).id();
            long audit = ws.audit().size();
            assertReason(() -> ws.notes().add(other, NoteTarget.EVIDENCE, evidenceId, "misplaced"), Reason.NOT_FOUND);
            assertThat(ws.notes().listForCase(other)).isEmpty();
            assertThat(ws.audit().size()).isEqualTo(audit);
        }
    }

    @Test
    void missingThingsAreNotFound() {
        try (Workspace ws = StoreFixtures.create(folder())) {
            UUID nowhere = UUID.randomUUID();
            assertReason(() -> ws.cases().get(nowhere), Reason.NOT_FOUND);
            assertThat(ws.cases().findByReference("HW-1999-0001")).isEmpty();
            assertReason(() -> ws.evidence().get(nowhere), Reason.NOT_FOUND);
            assertReason(() -> ws.evidence().add(nowhere, EvidenceSamples.draft(EvidenceKind.SIGN_IN_RECORD), List.of()),
                    Reason.NOT_FOUND);
            assertReason(() -> ws.notes().addToCase(nowhere, "text"), Reason.NOT_FOUND);
            assertReason(() -> ws.evidence().saveCopy(nowhere, dir.resolve("x")), Reason.NOT_FOUND);
            assertThat(dir.resolve("x")).doesNotExist();
            assertThat(ws.audit().size()).isEqualTo(1);
        }
    }

    @Test
    void deletedEvidenceTakesItsFilesAndIdentifiersButStaysInTheAudit() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "content");
        try (Workspace ws = StoreFixtures.create(folder())) {
            UUID caseId = ws.cases().create(CaseDetails.newCase("Deleting", Subject.empty())).id();
            Evidence e = ws.evidence().add(caseId, EvidenceSamples.draft(EvidenceKind.CONTACT_CHANNEL), List.of(file));
            ws.evidence().delete(e.id());
            assertReason(() -> ws.evidence().get(e.id()), Reason.NOT_FOUND);
            assertThat(ws.evidence().listForCase(caseId)).isEmpty();
            long rows = ws.write(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM attachment) + (SELECT COUNT(*) FROM"
                    + " evidence_identifier)").mapTo(Long.class).one());
            assertThat(rows).isZero();
            List<AuditEntry> trail = ws.audit().forCase(caseId);
            assertThat(trail.get(trail.size() - 1).action()).isEqualTo("evidence.delete");
            assertThat(trail.get(trail.size() - 1).before()).contains(e.id().toString());
            assertThat(ws.audit().verify().intact()).isTrue();
        }
    }
}
