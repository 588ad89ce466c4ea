package org.hirewatch.exchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.Note;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceException;

/**
 * Makes the report of one case, as HTML or PDF, in full or redacted. It only reads the workspace. The file is written
 * beside the target first and moved into place, so a failed report never leaves half a file under the chosen name.
 */
public final class CaseReportService {
    private final Workspace ws;
    private final CheckService checks;
    private final LinkedCasesSource links;
    private final Locale locale;
    private final ZoneId zone;

    public CaseReportService(Workspace ws, CheckService checks, LinkedCasesSource links, Locale locale, ZoneId zone) {
        this.ws = ws;
        this.checks = checks;
        this.links = links;
        this.locale = locale;
        this.zone = zone;
    }

    /** What was written, for the message that follows. */
    public record Written(Path file, ReportFormat format, boolean redacted, int findings, long bytes) {
    }

    public Written write(UUID caseId, ReportOptions options, Path target) {
        CaseReportData data = load(caseId);
        byte[] bytes = render(data, options);
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".hirewatch-report-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    out.write(bytes);
                }
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(target, options.format(), options.redacted(), data.findings().size(), bytes.length);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The report as bytes: UTF-8 XHTML, or a PDF laid out from the same XHTML. */
    byte[] render(CaseReportData data, ReportOptions options) {
        ReportTexts texts = new ReportTexts(locale, zone);
        Redaction redaction = options.redacted() ? Redaction.of(data.evidence(), texts) : Redaction.none();
        boolean paged = options.format() == ReportFormat.PDF;
        String xhtml = new CaseReportHtml(data, texts, redaction, paged).render();
        return paged ? PdfRenderer.render(xhtml)
                : xhtml.getBytes(StandardCharsets.UTF_8);
    }

    /** A file name to suggest: the reference, "redacted" when it is, and the format's extension. */
    public static String suggestedFileName(String reference, ReportOptions options) {
        String safe = reference.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe + (options.redacted() ? "-report-redacted." : "-report.") + options.format().extension();
    }

    CaseReportData load(UUID caseId) {
        CaseFile c = ws.cases().get(caseId);
        List<Evidence> evidence = ws.evidence().listForCase(caseId).stream()
                .sorted(Comparator.comparing(Evidence::observedAt).thenComparing(Evidence::recordedAt)).toList();
        List<Finding> findings = ws.checks().findings(caseId).stream()
                .sorted(Comparator.comparing((Finding f) -> f.severity().ordinal()).reversed()
                        .thenComparing(Finding::indicatorId).thenComparing(Finding::hitKey)).toList();
        Set<UUID> own = new HashSet<>();
        evidence.forEach(e -> own.add(e.id()));
        Map<UUID, Evidence> elsewhere = new LinkedHashMap<>();
        Map<UUID, String> otherCases = new HashMap<>();
        for (Finding f : findings) {
            for (UUID id : f.evidenceIds()) {
                if (!own.contains(id) && !elsewhere.containsKey(id)) {
                    try {
                        Evidence e = ws.evidence().get(id);
                        elsewhere.put(id, e);
                        otherCases.computeIfAbsent(e.caseId(), k -> ws.cases().get(k).reference());
                    } catch (WorkspaceException gone) {
                        // Deleted since the finding was raised; the report says the item is no longer there.
                    }
                }
            }
        }
        List<Note> notes = ws.notes().listForCase(caseId).stream().sorted(Comparator.comparing(Note::createdAt)).toList();
        return new CaseReportData(c, evidence, findings, ws.checks().assessment(caseId).orElse(null),
                ws.checks().answers(caseId), notes, ws.audit().forCase(caseId), ws.audit().verify(), checks.config(),
                elsewhere, otherCases, links.linkedCases(caseId), ws.actor(), Instant.now());
    }
}
