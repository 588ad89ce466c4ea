package org.hirewatch.exchange.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.Priority;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void quotesSeparatorsAndDefusesFormulas() throws Exception {
        StringWriter w = new StringWriter();
        new CsvExport(true, "Contains personal data.").write(w, List.of("a", "b", "c", "d", "e"),
                List.of(List.of("=HYPERLINK(\"http://x.example\")", "Dana, \"Dee\" Example", "line1\nline2", "-3+2",
                        "@SUM(A1)")));
        String csv = w.toString();
        assertThat(csv).startsWith("\uFEFF# Contains personal data.\r\na,b,c,d,e\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.example\"\")\"", "\"Dana, \"\"Dee\"\" Example\"",
                "\"line1\nline2\"", "'-3+2", "'@SUM(A1)");
    }

    @Test
    void withoutByteOrderMarkOnRequestAndCaseRowsInColumnOrder() throws Exception {
        StringWriter w = new StringWriter();
        CaseSummary c = new CaseSummary(UUID.randomUUID(), "HW-2026-0001", "+1 555 0100 caller", "Dana Example",
                CaseStatus.NEW, Priority.HIGH, "", List.of("remote", "batch"), 2, Instant.parse("2026-03-01T10:00:00Z"),
                false, null, 0, 0);
        CsvExport export = new CsvExport(false, "Personal data.");
        java.nio.file.Path f = java.nio.file.Files.createTempFile("cases", ".csv");
        try {
            export.writeCases(List.of(c), f);
            String csv = java.nio.file.Files.readString(f);
            assertThat(csv).startsWith("# Personal data.\r\n" + String.join(",", CsvExport.CASE_COLUMNS));
            assertThat(csv).contains("HW-2026-0001,'+1 555 0100 caller,Dana Example,NEW,HIGH,,remote; batch,2,,,,false,");
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }
}
