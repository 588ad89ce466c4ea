package org.hirewatch.exchange.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.Finding;
import org.hirewatch.store.WorkspaceException;

/**
 * The case list and findings as CSV for spreadsheets: UTF-8 (with a byte-order mark unless asked not to, so that
 * spreadsheets do not read it as another code page), RFC 4180 quoting, a first comment line saying that the file
 * holds personal data, and cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) prefixed with an apostrophe.
 */
public final class CsvExport {
    public static final List<String> CASE_COLUMNS = List.of("reference", "title", "subject", "status", "priority",
            "assignee", "tags", "evidence_count", "risk", "open_findings", "coverage_percent", "legal_hold",
            "updated_at");
    public static final List<String> FINDING_COLUMNS = List.of("reference", "subject", "indicator", "title",
            "severity", "mode", "state", "active", "explanation", "evidence_count", "review_reason", "reviewed_by",
            "reviewed_at", "raised_at", "catalogue_version");

    private final boolean byteOrderMark;
    private final String personalDataNotice;

    /** {@code personalDataNotice} is the first line's text, in the user's language. */
    public CsvExport(boolean byteOrderMark, String personalDataNotice) {
        this.byteOrderMark = byteOrderMark;
        this.personalDataNotice = personalDataNotice;
    }

    /** How a finding reads in words; the caller has the bundle. */
    public interface FindingWords {
        String title(Finding f);

        String explanation(Finding f);
    }

    /** A case's findings with its list row. */
    public record CaseFindings(CaseSummary summary, List<Finding> findings) {
    }

    public int writeCases(List<CaseSummary> cases, Path target) {
        List<List<String>> rows = new ArrayList<>();
        for (CaseSummary c : cases) {
            rows.add(List.of(c.reference(), c.title(), c.subjectName(), c.status().name(), c.priority().name(),
                    c.assignee(), String.join("; ", c.tags()), Integer.toString(c.evidenceCount()),
                    c.band() == null ? "" : c.band().name(), c.checked() ? Integer.toString(c.openFindings()) : "",
                    c.checked() ? Integer.toString(c.coveragePercent()) : "", Boolean.toString(c.legalHold()),
                    String.valueOf(c.updatedAt())));
        }
        write(target, CASE_COLUMNS, rows);
        return rows.size();
    }

    public int writeFindings(List<CaseFindings> cases, FindingWords words, Path target) {
        List<List<String>> rows = new ArrayList<>();
        for (CaseFindings cf : cases) {
            for (Finding f : cf.findings()) {
                rows.add(List.of(cf.summary().reference(), cf.summary().subjectName(), f.indicatorId(), words.title(f),
                        f.severity().name(), f.mode().name(), f.state().name(), Boolean.toString(f.active()),
                        words.explanation(f), Integer.toString(f.evidenceIds().size()), f.reviewReason(),
                        f.reviewedBy(), f.reviewedAt() == null ? "" : f.reviewedAt().toString(),
                        String.valueOf(f.raisedAt()), f.catalogueVersion()));
            }
        }
        write(target, FINDING_COLUMNS, rows);
        return rows.size();
    }

    /** Writes beside the target and moves into place, so that a failed export leaves no half file. */
    private void write(Path target, List<String> header, List<List<String>> rows) {
        Path out = target.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(out.getParent(), ".hirewatch-export-", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp);
                 Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
                write(w, header, rows);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.EXPORT_FAILED, e, out);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the export already failed; its message says so
                }
            }
        }
    }

    void write(Writer w, List<String> header, List<List<String>> rows) throws IOException {
        if (byteOrderMark) {
            w.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();
        try (CSVPrinter p = new CSVPrinter(w, format)) {
            p.printComment(personalDataNotice);
            p.printRecord(header);
            for (List<String> row : rows) {
                p.printRecord(row.stream().map(CsvExport::defused).toList());
            }
        }
    }

    /** A cell a spreadsheet would evaluate gets a leading apostrophe, which spreadsheets show as text. */
    public static String defused(String value) {
        String s = value == null ? "" : value;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /** Rows of findings for these cases, read from the store in one pass per case. */
    public static List<CaseFindings> findingsOf(List<CaseSummary> cases, Function<UUID, List<Finding>> findings) {
        List<CaseFindings> out = new ArrayList<>();
        for (CaseSummary c : cases) {
            out.add(new CaseFindings(c, findings.apply(c.id())));
        }
        return out;
    }

}
