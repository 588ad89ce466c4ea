package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.db;
import static org.hirewatch.app.cli.TestCli.run;
import static org.hirewatch.app.cli.TestCli.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hirewatch report}: HTML and PDF, redacted, the format from the file name, and the refusals. */
class CliReportTest {
    @TempDir
    static Path tmp;
    static Path ws;
    static String ref;

    @BeforeAll
    static void init() {
        ws = tmp.resolve("workspace");
        assertThat(run(db(ws, "init")).code()).isZero();
        TestCli.Result c = run(db(ws, "case", "add", "--title", "Report me", "--name", "CV=<script>alert(1)</script>"));
        assertThat(c.code()).as(c.err()).isZero();
        ref = c.line();
        TestCli.Result ev = run(db(ws, "evidence", "add", "--case", ref, "--kind", "contact_channel", "--source", "CV",
                "--field", "email=dana.example@example.com", "--field", "lineType=voip"));
        assertThat(ev.code()).as(ev.err()).isZero();
    }

    @Test
    void writesAnEscapedHtmlReport() throws Exception {
        Path out = tmp.resolve("r.html");
        TestCli.Result r = run(db(ws, "report", "--case", ref, "--format", "html", "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.line()).startsWith(text("report.cli.written", "HTML", ref, out.toString(), 0).substring(0, 20));
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("dana.example@example.com");
    }

    @Test
    void redactedPdfFromTheFileName() throws Exception {
        Path out = tmp.resolve("r.pdf");
        TestCli.Result r = run(db(ws, "report", "--case", ref.toLowerCase(), "--redacted", "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.line()).contains("redacted PDF");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isPositive();
            String all = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(all).doesNotContain("dana.example@example.com").contains("[email 1]");
        }
    }

    @Test
    void refusesAnUnknownCaseAndAFolder() {
        TestCli.Result unknown = run(db(ws, "report", "--case", "HW-1999-0001", "--out", tmp.resolve("x.pdf").toString()));
        assertThat(unknown.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains(text("cli.error.caseNotFound", "HW-1999-0001"));
        TestCli.Result folder = run(db(ws, "report", "--case", ref, "--out", tmp.toString()));
        assertThat(folder.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(folder.err()).contains(text("report.cli.outIsFolder", tmp.toString()));
        assertThat(run(db(ws, "report", "--case", ref)).code()).isEqualTo(ExitCodes.USAGE);
    }
}
