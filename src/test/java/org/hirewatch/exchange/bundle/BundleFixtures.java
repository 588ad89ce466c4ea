package org.hirewatch.exchange.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.SignInLog;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;

/** Workspaces with a cheap KDF and a case that fills every table a bundle carries. Invented people only. */
final class BundleFixtures {
    static final String WS_PASS = "correct horse battery staple";
    static final char[] BUNDLE_PASS = "handover passphrase 2026".toCharArray();
    static final int ITERATIONS = 1000;
    static final byte[] FILE_BYTES = "%PDF-1.4 invented offer letter for Dana Example\n\u0000\u00ff".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private BundleFixtures() {
    }

    /** A new workspace; callers attach the check service, as the app and the command line do. */
    static Workspace workspace(Path folder, String actor) {
        return Workspace.create(folder, WS_PASS.toCharArray(), KdfParams.fresh(1000), actor);
    }

    /** A case with tags, spellings, evidence (one with a file), a reviewed finding, a checklist answer, notes. */
    static CaseFile richCase(Workspace ws, CheckService checks, Path scratch) {
        Subject subject = new Subject(List.of(new NameSpelling("Dana Example", "CV"),
                new NameSpelling("Dana Exampel", "video call")), "Canada", "Toronto", "America/Toronto", "Canadian",
                "Backend engineer", "job board", "Example Staffing Ltd");
        CaseFile c = ws.cases().create(new CaseDetails("Backend engineer applicant", CaseStatus.NEW, Decision.UNDECIDED,
                "", Priority.HIGH, "Sam Analyst", List.of("contractor", "urgent"), LocalDate.of(2031, 1, 31), true,
                subject));
        Evidence phone = ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL,
                Instant.parse("2026-03-01T10:00:00Z"), "application form",
                Map.of("phone", "+1 555 0100", "lineType", "voip", "email", "dana@example.com")), List.of());
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("documentType", "passport");
        doc.put("issuingCountry", "Canada");
        doc.put("documentNumber", "X1234-5678");
        doc.put("nameAsPrinted", "Dana Example");
        doc.put("dateOfBirth", "1990-05-17");
        ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, Instant.parse("2026-03-02T11:30:00Z"),
                "onboarding portal", doc), List.of());
        Path file = scratch.resolve("offer-letter.pdf");
        try {
            Files.write(file, FILE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, Instant.parse("2026-03-03T08:00:00Z"),
                "email from recruiter", Map.of("description", "Signed offer letter")), List.of(file));
        Finding voip = ws.checks().findings(c.id()).stream().filter(f -> f.indicatorId().equals("COM-04")).findFirst()
                .orElseThrow();
        checks.review(voip, FindingState.DISMISSED, "Carrier confirms a business VoIP plan");
        checks.answer(c.id(), "IDN-16", ChecklistAnswer.Answer.YES, "Asked a colleague for an SSN");
        Note note = ws.notes().addToCase(c.id(), "First call went well.");
        ws.notes().edit(note.id(), note.version(), "First call went well; camera stayed off.");
        ws.notes().add(c.id(), NoteTarget.EVIDENCE, phone.id(), "Number rings a softphone.");
        return ws.cases().get(c.id());
    }

    /**
     * Adds a sign-in log to the case (rows with every optional column set, and rows with none) and a second case
     * confirmed as linked to it; returns the second case.
     */
    static CaseFile signInsAndLinkedCase(Workspace ws, CaseFile c) {
        ws.signIns().importLog(c.id(), new SignInLog("csv", "vpn-export.csv", "cd".repeat(32), "VPN export",
                List.of(new SignInLog.Row(2, new SignIn(0, null, Instant.parse("2026-03-04T08:00:00Z"), "dana@example.com",
                                "192.0.2.10", "CA", "Toronto", 43.65, -79.38, "AS64500", "Example Telecom", false,
                                "Firefox on Linux", SignIn.Outcome.SUCCESS, Instant.parse("2026-03-04T16:30:00Z"))),
                        new SignInLog.Row(3, new SignIn(0, null, Instant.parse("2026-03-04T09:15:00Z"), "dana@example.com",
                                "203.0.113.77", "", "", null, null, "", "", null, "", SignIn.Outcome.FAILURE, null)),
                        new SignInLog.Row(5, new SignIn(0, null, Instant.parse("2026-03-05T07:59:00Z"), "dana@example.com",
                                "192.0.2.10", "CA", "Toronto", 43.65, -79.38, "AS64500", "Example Telecom", true,
                                "Firefox on Linux", SignIn.Outcome.SUCCESS, null))), 1));
        CaseFile lee = ws.cases().create(CaseDetails.newCase("Frontend engineer applicant", Subject.named("Lee Sample")));
        ws.links().confirm(c.id(), lee.id(), LinkType.SAME_FACILITATOR, "Both CVs came from the same staffing contact",
                List.of("EMAIL: recruiter@example.org"));
        return lee;
    }
}
