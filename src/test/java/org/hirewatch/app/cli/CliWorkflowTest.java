package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.PASS;
import static org.hirewatch.app.cli.TestCli.db;
import static org.hirewatch.app.cli.TestCli.run;
import static org.hirewatch.app.cli.TestCli.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end on one shared workspace (each command opens and closes it, as a script would). */
class CliWorkflowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REF = "HW-\\d{4}-\\d{4}";

    @TempDir
    static Path tmp;
    static Path ws;

    @BeforeAll
    static void init() {
        ws = tmp.resolve("workspace");
        TestCli.Result r = run(db(ws, "init"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.line()).isEqualTo(text("cli.init.created", ws.toAbsolutePath()));
        assertThat(r.err()).isEmpty();
    }

    private static String addCase(String title, String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "case";
        args[1] = "add";
        args[2] = "--title";
        args[3] = title;
        System.arraycopy(more, 0, args, 4, more.length);
        TestCli.Result r = run(db(ws, args));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.line()).matches(REF);
        return r.line();
    }

    private static JsonNode listJson(String... filters) throws Exception {
        String[] args = new String[filters.length + 4];
        args[0] = "case";
        args[1] = "list";
        args[2] = "--format";
        args[3] = "json";
        System.arraycopy(filters, 0, args, 4, filters.length);
        TestCli.Result r = run(db(ws, args));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode find(JsonNode list, String ref) {
        for (JsonNode n : list) {
            if (n.get("reference").asText().equals(ref)) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode show(String ref) throws Exception {
        TestCli.Result r = run(db(ws, "case", "show", "--case", ref, "--format", "json"));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void caseAddPrintsTheReferenceAloneAndListShowsItAsTextJsonAndCsv() throws Exception {
        String ref = addCase("Backend contractor", "--name", "CV=Jon Doe", "--name", "J. Doe", "--country", "Poland",
                "--city", "Warsaw", "--time-zone", "Europe/Warsaw", "--nationality", "Polish", "--role", "Java developer",
                "--channel", "job board", "--staffing-firm", "Acme Staffing", "--priority", "HIGH", "--assignee", "ana",
                "--tag", "batch-7", "--tag", "urgent-review", "--retention-date", "2030-01-31", "--legal-hold");

        JsonNode row = find(listJson(), ref);
        assertThat(row).isNotNull();
        assertThat(row.get("title").asText()).isEqualTo("Backend contractor");
        assertThat(row.get("subject").asText()).isEqualTo("Jon Doe");
        assertThat(row.get("status").asText()).isEqualTo("new");
        assertThat(row.get("priority").asText()).isEqualTo("high");
        assertThat(row.get("assignee").asText()).isEqualTo("ana");
        assertThat(row.get("tags")).extracting(JsonNode::asText).containsExactly("batch-7", "urgent-review");
        assertThat(row.get("evidenceCount").asInt()).isZero();
        assertThat(row.get("legalHold").asBoolean()).isTrue();
        assertThat(Instant.parse(row.get("updatedAt").asText())).isBefore(Instant.now().plusSeconds(1));

        assertThat(find(listJson("--tag", "batch-7"), ref)).isNotNull();
        assertThat(find(listJson("--assignee", "ana", "--status", "new"), ref)).isNotNull();
        assertThat(find(listJson("--search", "j. doe"), ref)).isNotNull();
        assertThat(find(listJson("--status", "closed"), ref)).isNull();

        TestCli.Result text = run(db(ws, "case", "list"));
        assertThat(text.code()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Reference").contains("Status", "Priority", "Subject", "Title", "Evidence",
                "Updated");
        String line = lines.stream().filter(l -> l.startsWith(ref)).findFirst().orElseThrow();
        assertThat(line).contains("New", "High", "Jon Doe", "Backend contractor");
        // aligned: every column starts at the same offset as its heading
        assertThat(line.indexOf("Jon Doe")).isEqualTo(lines.get(0).indexOf("Subject"));

        TestCli.Result csv = run(db(ws, "case", "list", "--format", "csv", "--tag", "batch-7"));
        assertThat(csv.out().lines().toList()).containsExactly(
                "reference,status,priority,subject,title,assignee,tags,evidence_count,updated_at,legal_hold",
                ref + ",new,high,Jon Doe,Backend contractor,ana,batch-7;urgent-review,0," + row.get("updatedAt").asText()
                        + ",true");

        JsonNode shown = show(ref.toLowerCase());
        assertThat(shown.get("subject").get("names").get(0).get("source").asText()).isEqualTo("CV");
        assertThat(shown.get("subject").get("names").get(1).get("name").asText()).isEqualTo("J. Doe");
        assertThat(shown.get("subject").get("claimedTimeZone").asText()).isEqualTo("Europe/Warsaw");
        assertThat(shown.get("retentionDate").asText()).isEqualTo("2030-01-31");
        TestCli.Result showText = run(db(ws, "case", "show", "--case", ref));
        assertThat(showText.out()).contains("Jon Doe (CV); J. Doe", "Acme Staffing", "Evidence items:", "Notes:");
    }

    @Test
    void evidenceWithAValidEmailIsSavedAndAnInvalidOneIsRefusedWithTheField() throws Exception {
        String ref = addCase("Contact check");
        TestCli.Result bad = run(db(ws, "evidence", "add", "--case", ref, "--kind", "contact_channel", "--source", "CV",
                "--field", "email=jon.doe(at)example.com"));
        assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err().strip()).isEqualTo("email: " + text("validation.email"));
        assertThat(bad.out()).isEmpty();
        assertThat(show(ref).get("evidenceCount").asInt()).isZero();

        TestCli.Result good = run(db(ws, "evidence", "add", "--case", ref, "--kind", "CONTACT_CHANNEL", "--source", "CV",
                "--field", "email=jon.doe@example.com", "--field", "lineType=voip", "--observed", "2026-01-05 14:30",
                "--observed-zone", "Asia/Seoul"));
        assertThat(good.code()).as(good.err()).isZero();
        UUID id = UUID.fromString(good.line());
        assertThat(show(ref).get("evidenceCount").asInt()).isEqualTo(1);
        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            Evidence e = w.evidence().get(id);
            assertThat(e.value("email")).isEqualTo("jon.doe@example.com");
            assertThat(e.source()).isEqualTo("CV");
            assertThat(e.recordedBy()).isEqualTo(System.getProperty("user.name"));
            assertThat(e.observedAt()).isEqualTo(LocalDateTime.of(2026, 1, 5, 14, 30).atZone(ZoneId.of("Asia/Seoul")).toInstant());
        }
    }

    @Test
    void unknownFieldsBadSyntaxAndBadTimesAreRefusedBeforeAnythingIsSaved() throws Exception {
        String ref = addCase("Field checks");
        TestCli.Result r = run(db(ws, "evidence", "add", "--case", ref, "--kind", "contact_channel", "--source", "CV",
                "--field", "emial=jon@example.com", "--field", "no-equals-sign", "--observed", "2026-02-30 10:00",
                "--observed-zone", "Mars/Olympus"));
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("emial: Unknown field emial. The fields of contact_channel are: email, phone,")
                .contains("field: " + text("cli.evidence.fieldSyntax"))
                .contains("observedAt: " + text("validation.dateTime"))
                .contains("observedZone: " + text("validation.timeZone"))
                .contains("email: " + text("validation.atLeastOneContact"));
        TestCli.Result future = run(db(ws, "evidence", "add", "--case", ref, "--kind", "sign_in_record", "--source", "log",
                "--field", "ipAddress=203.0.113.7", "--observed", "2099-01-01 00:00"));
        assertThat(future.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(future.err().strip()).isEqualTo("observedAt: " + text("validation.inFuture"));
        TestCli.Result badKind = run(db(ws, "evidence", "add", "--case", ref, "--kind", "horoscope", "--source", "x"));
        assertThat(badKind.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKind.err()).contains("--kind").contains("CONTACT_CHANNEL");
        assertThat(show(ref).get("evidenceCount").asInt()).isZero();
    }

    @Test
    void attachmentsAreStoredWithTheirHashAndFileEvidenceNeedsOne() throws Exception {
        String ref = addCase("CV file");
        Path cv = tmp.resolve("cv jon doe.pdf");
        byte[] content = "%PDF-1.4 not really a pdf".getBytes(StandardCharsets.UTF_8);
        Files.write(cv, content);
        TestCli.Result r = run(db(ws, "evidence", "add", "--case", ref, "--kind", "file_attachment", "--source", "email",
                "--field", "description=CV as sent", "--attach", cv.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            List<AttachmentInfo> files = w.evidence().get(UUID.fromString(r.line())).attachments();
            assertThat(files).hasSize(1);
            assertThat(files.get(0).fileName()).isEqualTo("cv jon doe.pdf");
            assertThat(files.get(0).sizeBytes()).isEqualTo(content.length);
            assertThat(files.get(0).sha256())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        }
        TestCli.Result none = run(db(ws, "evidence", "add", "--case", ref, "--kind", "file_attachment", "--source", "x"));
        assertThat(none.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(none.err().strip()).isEqualTo("attachments: " + text("validation.attachmentRequired"));
        TestCli.Result missing = run(db(ws, "evidence", "add", "--case", ref, "--kind", "file_attachment", "--source", "x",
                "--attach", tmp.resolve("nope.pdf").toString()));
        assertThat(missing.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err().strip()).isEqualTo("attach: " + text("error.fileUnreadable", "nope.pdf"));
        assertThat(show(ref).get("evidenceCount").asInt()).isEqualTo(1);
    }

    @Test
    void notesComeFromTextFilesOrStandardInputAndMayTargetEvidence() throws Exception {
        String ref = addCase("Notes");
        String other = addCase("Other case");
        TestCli.Result ev = run(db(ws, "evidence", "add", "--case", ref, "--kind", "online_profile", "--source", "search",
                "--field", "platform=github", "--field", "profileUrl=https://github.com/jdoe-dev"));
        assertThat(ev.code()).as(ev.err()).isZero();
        UUID evidenceId = UUID.fromString(ev.line());

        TestCli.Result fromStdin = TestCli.withStdin("Camera off again.\nSays it is broken.\n",
                db(ws, "note", "add", "--case", ref, "--text-file", "-", "--evidence", evidenceId.toString()));
        assertThat(fromStdin.code()).as(fromStdin.err()).isZero();
        Path file = tmp.resolve("note.txt");
        Files.writeString(file, "From a file\r\n");
        TestCli.Result fromFile = run(db(ws, "note", "add", "--case", ref, "--text-file", file.toString()));
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        TestCli.Result inline = run(db(ws, "note", "add", "--case", ref, "--text", "Inline"));
        assertThat(inline.code()).as(inline.err()).isZero();

        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            UUID caseId = w.cases().findByReference(ref).orElseThrow().id();
            List<Note> notes = w.notes().listForCase(caseId);
            Note stdinNote = notes.stream().filter(n -> n.id().equals(UUID.fromString(fromStdin.line()))).findFirst()
                    .orElseThrow();
            assertThat(stdinNote.body()).isEqualTo("Camera off again.\nSays it is broken.");
            assertThat(stdinNote.target()).isEqualTo(NoteTarget.EVIDENCE);
            assertThat(stdinNote.targetId()).isEqualTo(evidenceId);
            assertThat(notes).extracting(Note::body).contains("From a file", "Inline");
        }

        TestCli.Result wrongCase = run(db(ws, "note", "add", "--case", other, "--text", "x", "--evidence",
                evidenceId.toString()));
        assertThat(wrongCase.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(wrongCase.err().strip()).isEqualTo(text("cli.error.evidenceNotFound", evidenceId, other));
        TestCli.Result empty = TestCli.withStdin("\n", db(ws, "note", "add", "--case", ref, "--text-file", "-"));
        assertThat(empty.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(empty.err().strip()).isEqualTo("body: " + text("validation.required"));
        TestCli.Result both = run(db(ws, "note", "add", "--case", ref, "--text", "a", "--text-file", "-"));
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(show(ref).get("notesCount").asInt()).isEqualTo(3);
    }

    @Test
    void hostileValuesAreStoredVerbatimAndControlCharactersAreRefused() throws Exception {
        String title = "Robert'); DROP TABLE hw_case;-- \"quoted\" <script>alert(1)</script> ${jndi:x} %s {0}";
        String ref = addCase(title, "--name", "LinkedIn=O'Brien; \"Bobby\" <b>", "--tag", "a;b", "--assignee", "=SUM(A1)");
        JsonNode row = find(listJson(), ref);
        assertThat(row.get("title").asText()).isEqualTo(title);
        assertThat(row.get("subject").asText()).isEqualTo("O'Brien; \"Bobby\" <b>");
        assertThat(row.get("tags").get(0).asText()).isEqualTo("a;b");
        assertThat(row.get("assignee").asText()).isEqualTo("=SUM(A1)");
        assertThat(show(ref).get("subject").get("names").get(0).get("source").asText()).isEqualTo("LinkedIn");

        TestCli.Result csv = run(db(ws, "case", "list", "--format", "csv", "--assignee", "=SUM(A1)"));
        assertThat(csv.out()).contains(",'=SUM(A1),").contains("\"Robert'); DROP TABLE hw_case;-- \"\"quoted\"\"");

        int before = listJson().size();
        TestCli.Result bell = run(db(ws, "case", "add", "--title", "Ring\u0007\u001b[31mred"));
        assertThat(bell.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bell.err().strip()).isEqualTo("title: " + text("validation.controlChars"));
        TestCli.Result note = run(db(ws, "note", "add", "--case", ref, "--text", "esc \u001b[2J"));
        assertThat(note.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(note.err().strip()).isEqualTo("body: " + text("validation.controlChars"));
        TestCli.Result atFile = run(db(ws, "note", "add", "--case", ref, "--text", "@" + tmp.resolve("x")));
        assertThat(atFile.code()).as("an @argument is text, not a file of arguments").isZero();
        assertThat(listJson().size()).isEqualTo(before);

        TestCli.Result unknownCase = run(db(ws, "case", "show", "--case", "HW-1999-9999\u001b[31m"));
        assertThat(unknownCase.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknownCase.err()).doesNotContain("\u001b").contains("HW-1999-9999");
    }

    @Test
    void verifyAuditReportsAnIntactChain() throws Exception {
        addCase("Audit me");
        TestCli.Result r = run(db(ws, "verify-audit"));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.line()).endsWith("the chain is intact.");
        JsonNode j = JSON.readTree(run(db(ws, "verify-audit", "--format", "json")).out());
        assertThat(j.get("intact").asBoolean()).isTrue();
        assertThat(j.get("entriesChecked").asLong()).isGreaterThan(1);
        assertThat(j.get("firstBrokenSeq").isNull()).isTrue();
    }

    @Test
    void anActorCanBeNamedAndIsChecked() throws Exception {
        String ref = addCase("Actor", "--actor", "Investigator 7");
        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            UUID id = w.cases().findByReference(ref).orElseThrow().id();
            assertThat(w.audit().forCase(id)).extracting(org.hirewatch.domain.AuditEntry::actor)
                    .containsExactly("Investigator 7");
        }
        TestCli.Result bad = run(db(ws, "case", "list", "--actor", "x".repeat(201)));
        assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).startsWith("actor: ");
    }
}
