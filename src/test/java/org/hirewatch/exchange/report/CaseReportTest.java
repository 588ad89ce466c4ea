package org.hirewatch.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The report's content, its escaping, its redaction and its PDF, on a case with many findings and hostile text. */
class CaseReportTest {
    @TempDir
    static Path dir;
    static ReportFixture fx;
    static CaseReportService service;
    static CaseReportData data;
    static String full;
    static String redacted;
    static long auditSize;

    @BeforeAll
    static void make() {
        fx = new ReportFixture(dir);
        service = fx.service();
        data = service.load(fx.caseFile.id());
        full = html(false);
        redacted = html(true);
        auditSize = fx.workspace.audit().size(); // other tests may add entries later
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static String html(boolean redact) {
        return new String(service.render(data, new ReportOptions(ReportFormat.HTML, redact)), StandardCharsets.UTF_8);
    }

    private static String text(String key, Object... args) {
        return Html.escape(new ReportTexts(Locale.ENGLISH, java.time.ZoneId.of("UTC")).text(key, args));
    }

    @Test
    void listsEveryFindingWithItsExplanationReviewAndEvidence() {
        List<Finding> findings = data.findings();
        assertThat(findings).hasSizeGreaterThan(20);
        ReportWording words = new ReportWording(new ReportTexts(Locale.ENGLISH, java.time.ZoneId.of("UTC")), data.config());
        assertThat(full).contains(text("report.findings.title", findings.size()));
        for (Finding f : findings) {
            assertThat(full).contains(Html.escape(words.label(f.indicatorId())));
            assertThat(full).contains(Html.escape(words.explanation(f)));
        }
        Finding confirmed = findings.stream().filter(f -> f.state() == FindingState.CONFIRMED).findFirst().orElseThrow();
        assertThat(full).contains(Html.escape(confirmed.reviewReason()));
        assertThat(full).contains("Explained by a relocation.");
        // Attachments are identified by their SHA-256 in the finding's evidence and in the custody.
        String sha = data.evidence().stream().flatMap(e -> e.attachments().stream()).findFirst().orElseThrow().sha256();
        assertThat(full.split(sha, -1).length - 1).isGreaterThanOrEqualTo(1);
        assertThat(full).contains(text("report.evidence.citedOther", fx.other.reference(), "Contact channel", "2026-03-02 09:00 UTC"));
    }

    @Test
    void showsRiskCoverageFairnessAndTheChecksNotRun() {
        Assessment a = data.assessment();
        assertThat(full).contains(text("findings.coverage", a.evaluated(), a.applicable(), a.coveragePercent()));
        assertThat(full).contains(Html.escape(new ReportTexts(Locale.ENGLISH, java.time.ZoneId.of("UTC")).text("findings.fairness")));
        assertThat(full).contains(text("report.notRun.intro", a.notEvaluated().size()));
        assertThat(a.notEvaluated()).isNotEmpty();
        ReportWording words = new ReportWording(new ReportTexts(Locale.ENGLISH, java.time.ZoneId.of("UTC")), data.config());
        for (Assessment.MissingCheck m : a.notEvaluated()) {
            assertThat(full).contains(Html.escape(words.label(m.indicatorId())));
        }
        assertThat(full).contains("Answer the checklist question").contains("A colleague reported a request for her passport scan.");
        assertThat(full).contains(text("report.audit.intact", auditSize));
        assertThat(full).contains(text("report.catalogue.version", data.config().catalogue().version(),
                data.config().catalogue().published()));
        assertThat(full).contains(text("report.links.none"));
        assertThat(full).contains("Carrier: Example VoIP → Example VoIP Inc.");
    }

    @Test
    void everythingUsersTypedIsEscaped() throws Exception {
        for (String html : List.of(full, redacted)) {
            assertThat(html).doesNotContain(ReportFixture.HOSTILE_NAME).doesNotContain("<img").doesNotContain("<b>")
                    .doesNotContain("<h1>forged").doesNotContain("<i>hostile").doesNotContain("<batch 7>");
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;h1&gt;forged&lt;/h1&gt;");
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(doc.getElementsByTagName("img").getLength()).isZero();
            assertThat(doc.getElementsByTagName("h1").getLength()).isEqualTo(1);
        }
        assertThat(Html.escape("a\u0000b\u001bc")).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void redactionMasksIdentifiersEverywhereAndKeepsFindingsReadable() {
        for (String secret : List.of(ReportFixture.DOB, ReportFixture.EMAIL, ReportFixture.PHONE, ReportFixture.ACCOUNT,
                ReportFixture.WALLET, ReportFixture.SIGN_IN_IP, "400 Forwarding Way", "12 Sample Street", "@dana_dev_42",
                "203.0.113.45", "sam.referee@example.org", "…3344")) {
            assertThat(full).as(secret).contains(Html.escape(secret));
            assertThat(redacted).as(secret).doesNotContain(Html.escape(secret));
        }
        String docHash = data.evidence().stream().map(e -> e.value("documentNumber")).filter(v -> !v.isEmpty())
                .findFirst().orElseThrow();
        assertThat(redacted).doesNotContain(docHash);
        assertThat(redacted).contains("[email 1]").contains("[date of birth 1]").contains("[document number 1]")
                .contains("[account number 1]").contains("[phone 1]").contains("[address 1]").contains("[IP address 1]");
        // The note quoted the email and the phone number: masked there too, with the same marks.
        assertThat(redacted).contains("call [phone 1] or write to [email 1]");
        ReportWording words = new ReportWording(new ReportTexts(Locale.ENGLISH, java.time.ZoneId.of("UTC")), data.config());
        for (Finding f : data.findings()) {
            assertThat(redacted).contains(Html.escape(words.label(f.indicatorId())));
        }
        assertThat(redacted).contains("Equipment is to be shipped to [address");
        assertThat(redacted).contains(text("report.confidential.redacted"));
        assertThat(full).contains(text("report.confidential.full")).doesNotContain("[email 1]");
    }

    @Test
    void pdfOpensWithHeaderFooterAndPageNumbers() throws Exception {
        byte[] pdf = service.render(data, new ReportOptions(ReportFormat.PDF, false));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isBetween(12, 40);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertThat(first).contains(fx.caseFile.reference()).contains("Confidential — contains personal data")
                    .contains("Page 1 of " + pages).contains(ReportFixture.HOSTILE_NAME);
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc)).contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void aCaseWithNothingRecordedHasAFixedNumberOfPages() throws Exception {
        CaseReportData empty = service.load(fx.other.id());
        byte[] pdf = service.render(empty, new ReportOptions(ReportFormat.PDF, true));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The cover on its own page, then risk, the checks not run (every indicator: nothing was recorded), the
            // checklist and the rest. A change of layout or of the catalogue's size changes this on purpose.
            assertThat(doc.getNumberOfPages()).isEqualTo(EMPTY_CASE_PAGES);
        }
    }

    static final int EMPTY_CASE_PAGES = 7;

    @Test
    void listsConfirmedLinkedCasesWithTypeAndReason() {
        org.hirewatch.links.LinkService links = new org.hirewatch.links.LinkService(fx.workspace);
        links.confirm(fx.caseFile.id(), fx.other.id(), org.hirewatch.domain.LinkType.SAME_PERSON,
                "Same mailbox & same voice", List.of("EMAIL: " + ReportFixture.EMAIL));
        try {
            CaseReportService withLinks = new CaseReportService(fx.workspace, fx.checks,
                    new ConfirmedLinks(fx.workspace, links, key -> new ReportTexts(Locale.ENGLISH, java.time.ZoneId.of("UTC")).text(key)),
                    Locale.ENGLISH, java.time.ZoneId.of("UTC"));
            String html = new String(withLinks.render(withLinks.load(fx.caseFile.id()),
                    new ReportOptions(ReportFormat.HTML, false)), StandardCharsets.UTF_8);
            assertThat(html).contains(fx.other.reference()).contains("Same mailbox &amp; same voice")
                    .contains(text("links.type.SAME_PERSON"));
        } finally {
            links.forCase(fx.caseFile.id()).confirmed().forEach(l -> links.removeLink(l.id()));
        }
    }

    @Test
    void writesTheFileUnderTheChosenName() throws Exception {
        Path target = dir.resolve("out").resolve("report.html");
        CaseReportService.Written w = service.write(fx.caseFile.id(), new ReportOptions(ReportFormat.HTML, true), target);
        assertThat(target).exists();
        assertThat(w.redacted()).isTrue();
        assertThat(java.nio.file.Files.list(target.getParent())).hasSize(1);
        assertThat(CaseReportService.suggestedFileName("HW-2026-0001", new ReportOptions(ReportFormat.PDF, true)))
                .isEqualTo("HW-2026-0001-report-redacted.pdf");
        assertThat(UUID.fromString(fx.caseFile.id().toString())).isEqualTo(fx.caseFile.id());
    }
}
