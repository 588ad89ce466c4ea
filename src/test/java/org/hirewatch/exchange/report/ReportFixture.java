package org.hirewatch.exchange.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;

/**
 * A case of invented people with many findings and evidence of every kind, hostile text where users type, and a
 * second case sharing an email so that a cross-case finding cites evidence from elsewhere.
 */
public final class ReportFixture implements AutoCloseable {
    public static final String HOSTILE_NAME = "<script>alert(1)</script>";
    public static final String HOSTILE_NOTE = "<b>not bold</b> & <img src=x onerror=alert(2)> call +1 202 555 0143 or write to dana.example@example.com";
    public static final String HOSTILE_SOURCE = "Portal </td></tr></table><h1>forged</h1>";
    public static final String DOB = "1991-04-12";
    public static final String DOCUMENT_NUMBER = "P9911223344";
    public static final String EMAIL = "dana.example@example.com";
    public static final String PHONE = "+1 202 555 0143";
    public static final String ACCOUNT = "DE89370400440532013000";
    public static final String WALLET = "bc1qexampleexampleexampleexample0wallet";
    public static final String SHIP_TO = "400 Forwarding Way\nUnit 9\nSpringfield, IL 62704";
    public static final String SIGN_IN_IP = "198.51.100.23";
    public static final String LONG_URL = "https://code.example.org/dana-example/an-extremely-long-repository-name-that-keeps-going/"
            + "blob/main/src/main/java/org/example/AVeryLongClassNameThatWouldOverflowAnyTableCell.java";
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    public final Workspace workspace;
    public final CheckService checks;
    public final CaseFile caseFile;
    public final CaseFile other;

    public ReportFixture(Path dir) {
        workspace = Workspace.create(dir.resolve("ws"), "pass phrase 1".toCharArray(), KdfParams.fresh(1000), "Ines Investigator");
        checks = CheckService.attach(workspace);
        Subject subject = new Subject(List.of(new NameSpelling(HOSTILE_NAME, "CV"), new NameSpelling("Dana Example", "Passport"),
                new NameSpelling("Dana Exampel", "Payroll")), "United States", "Austin", "America/Chicago", "", "Backend engineer",
                "Job board", "Example Staffing LLC");
        caseFile = workspace.cases().create(new CaseDetails("Backend contractor <batch 7>", null, null, "", null,
                "Ines Investigator", List.of("remote", "batch-7"), null, false, subject));
        other = workspace.cases().create(CaseDetails.newCase("Second applicant", Subject.named("Robin Sample")));
        add(other.id(), EvidenceKind.CONTACT_CHANNEL, "Application form", Map.of("email", EMAIL, "lineType", "mobile"));

        add(caseFile.id(), EvidenceKind.IDENTITY_DOCUMENT, "Onboarding upload", fields(
                "documentType", "passport", "issuingCountry", "United States", "documentNumber", DOCUMENT_NUMBER,
                "nameAsPrinted", "Dana Exampel", "dateOfBirth", DOB, "expiryDate", "2031-01-01",
                "addressOnDocument", "12 Sample Street\nSpringfield, IL 62701", "authenticityResult", "failed",
                "faceMatchScore", "0.41", "imageResolution", "320x200", "addressCheck", "mail_drop",
                "everifyResult", "mismatch"));
        add(caseFile.id(), EvidenceKind.CONTACT_CHANNEL, HOSTILE_SOURCE, fields("email", EMAIL, "phone", PHONE,
                "lineType", "voip", "carrier", "Example VoIP", "carrierCountry", "Elsewhere", "offPlatformRequest", "yes",
                "messagingHandle", "@dana_dev_42", "domainCreated", "2026-02-20", "executiveOutreach", "yes"));
        add(caseFile.id(), EvidenceKind.ONLINE_PROFILE, "GitHub", fields("platform", "github", "profileUrl", LONG_URL,
                "handle", "dana-example", "displayName", "D. Example", "accountCreated", "2026-01-15", "followers", "2",
                "following", "1", "contributors", "1", "upstreamCopy", "yes", "avatarType", "ai_generated", "aiImageScore", "0.97"));
        add(caseFile.id(), EvidenceKind.INTERVIEW_OBSERVATION, "Video interview", fields("camera", "off",
                "cameraExcuse", "Broken webcam", "livenessCheck", "refused", "otherVoices", "yes", "personChanged", "yes",
                "answerLatencySeconds", "9.5", "readingSigns", "yes", "inPersonStep", "declined",
                "verificationRequest", "left_call", "participantIp", "203.0.113.45", "participantCountry", "Elsewhere",
                "observations", "Candidate read answers; <i>hostile</i> & text stays text."));
        for (int i = 0; i < 4; i++) {
            add(caseFile.id(), EvidenceKind.SIGN_IN_RECORD, "Okta export", fields("account", "dana.example",
                    "ipAddress", i == 0 ? SIGN_IN_IP : "198.51.100." + (40 + i), "country", i % 2 == 0 ? "Elsewhere" : "Faraway",
                    "vpnOrProxy", "yes", "managedDevice", "no", "signInOutcome", "success",
                    "networkOrganisation", "Example Hosting"), T0.plusSeconds(3600L * i));
        }
        add(caseFile.id(), EvidenceKind.PAYMENT_PAYOUT, "Payroll change form", fields("payoutMethod", "bank",
                "accountHolderName", "Another Person", "bankCountry", "Elsewhere", "accountNumber", ACCOUNT,
                "changeRequested", "yes", "intermediaryHops", "3"));
        add(caseFile.id(), EvidenceKind.PAYMENT_PAYOUT, "Invoice", fields("payoutMethod", "crypto",
                "walletAddress", WALLET, "prepaymentRequests", "2"));
        add(caseFile.id(), EvidenceKind.EQUIPMENT_SHIPPING, "IT ticket", fields("shipToAddress", SHIP_TO,
                "addressChangeRequested", "yes", "remoteAccessTools", "AnyDesk, TeamViewer", "hardwareKvm", "yes",
                "keepAwakeTool", "yes", "deviceCountry", "Elsewhere", "serialNumber", "SN-00012345"));
        add(caseFile.id(), EvidenceKind.REFERENCE_CHECK, "Reference call", fields("referenceName", "Sam Referee",
                "referenceEmail", "sam.referee@example.org", "contactSource", "supplied_by_candidate",
                "verificationMethod", "email", "outcome", "not_confirmed"));
        add(caseFile.id(), EvidenceKind.APPLICATION, "CV", fields("roleApplied", "Backend engineer",
                "cvText", "Ten years of Java. Worked at Example Corp. Contact " + EMAIL, "careerStartYear", "2016"));
        Evidence file = add(caseFile.id(), EvidenceKind.FILE_ATTACHMENT, "Email from candidate",
                fields("description", "Screenshot <img src=x onerror=alert(3)>"), T0, List.of(tempFile(dir)));
        // An edit, so that the custody shows a change from the audit log.
        Evidence contact = workspace.evidence().listForCase(caseFile.id()).stream()
                .filter(e -> e.kind() == EvidenceKind.CONTACT_CHANNEL).findFirst().orElseThrow();
        Map<String, String> changed = new LinkedHashMap<>(contact.fields());
        changed.put("lineType", "voip");
        changed.put("carrier", "Example VoIP Inc.");
        workspace.evidence().update(contact.id(), contact.version(), new EvidenceDraft(contact.kind(), contact.observedAt(),
                contact.source(), changed));

        workspace.notes().addToCase(caseFile.id(), HOSTILE_NOTE);
        workspace.notes().add(caseFile.id(), NoteTarget.EVIDENCE, file.id(), "Attachment received by email.\nSecond line.");
        checks.answer(caseFile.id(), "IDN-16", ChecklistAnswer.Answer.YES, "A colleague reported a request for her passport scan.");
        checks.checkCase(caseFile.id());
        List<Finding> raised = workspace.checks().findings(caseFile.id());
        Finding first = raised.get(0);
        checks.review(first, FindingState.CONFIRMED, "Checked against the original <document>.");
        Finding second = workspace.checks().findings(caseFile.id()).get(1);
        checks.review(second, FindingState.DISMISSED, "Explained by a relocation.");
    }

    public CaseReportService service() {
        return new CaseReportService(workspace, checks, LinkedCasesSource.NONE, Locale.ENGLISH, ZoneId.of("UTC"));
    }

    private static Path tempFile(Path dir) {
        try {
            Path f = dir.resolve("screenshot <1>.png".replace('<', '_').replace('>', '_'));
            Files.write(f, "not really a png".getBytes(StandardCharsets.UTF_8));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private Evidence add(java.util.UUID caseId, EvidenceKind kind, String source, Map<String, String> fields) {
        return add(caseId, kind, source, fields, T0);
    }

    private Evidence add(java.util.UUID caseId, EvidenceKind kind, String source, Map<String, String> fields, Instant at) {
        return add(caseId, kind, source, fields, at, List.of());
    }

    private Evidence add(java.util.UUID caseId, EvidenceKind kind, String source, Map<String, String> fields, Instant at,
                         List<Path> files) {
        return workspace.evidence().add(caseId, new EvidenceDraft(kind, at, source, fields), files);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
