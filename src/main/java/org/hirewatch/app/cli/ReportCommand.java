package org.hirewatch.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.exchange.report.CaseReportService;
import org.hirewatch.exchange.report.ConfirmedLinks;
import org.hirewatch.links.LinkService;
import org.hirewatch.exchange.report.ReportFormat;
import org.hirewatch.exchange.report.ReportOptions;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the report of one case as HTML or PDF, in full or redacted. Reads the stored results as they are: it does
 * not re-run the checks, so the report shows what the investigator saw.
 */
@Command(name = "report", description = "${bundle:report.cli.description}")
final class ReportCommand extends WorkspaceCommand {
    @Option(names = "--case", required = true, paramLabel = "<reference>", descriptionKey = "cli.option.case")
    String reference;

    @Option(names = "--format", paramLabel = "<format>", descriptionKey = "report.cli.format")
    ReportFormat format;

    @Option(names = "--redacted", descriptionKey = "report.cli.redacted")
    boolean redacted;

    @Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "report.cli.out")
    String out;

    ReportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Path target;
        try {
            target = Path.of(out);
        } catch (InvalidPathException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, "report.cli.badOut", out);
        }
        if (Files.isDirectory(target)) {
            throw new CliException(ExitCodes.INVALID_INPUT, "report.cli.outIsFolder", out);
        }
        ReportOptions options = new ReportOptions(format != null ? format : formatOf(target), redacted);
        CaseReportService.Written written;
        String ref;
        try (Workspace ws = openWorkspace()) {
            CaseFile c = findCase(ws, reference);
            ref = c.reference();
            // Not attached as a listener: a report changes nothing.
            CheckService checks = new CheckService(ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules());
            CaseReportService reports = new CaseReportService(ws, checks,
                    new ConfirmedLinks(ws, new LinkService(ws), key -> texts().get(key)),
                    texts().bundle().getLocale(), ctx.zone());
            written = reports.write(c.id(), options, target);
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, "report.cli.cannotWrite", out);
        }
        ctx.out().println(texts().get(options.redacted() ? "report.cli.writtenRedacted" : "report.cli.written",
                options.format().name(), ref, written.file().toString(), written.findings()));
        return ExitCodes.OK;
    }

    /** Without --format, the file name decides; PDF is what most readers expect. */
    private static ReportFormat formatOf(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? ReportFormat.HTML : ReportFormat.PDF;
    }
}
