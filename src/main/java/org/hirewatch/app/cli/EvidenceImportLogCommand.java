package org.hirewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.signins.CsvLogReader;
import org.hirewatch.signins.CsvMapping;
import org.hirewatch.signins.LogFormat;
import org.hirewatch.signins.LogReadException;
import org.hirewatch.signins.LogReaders;
import org.hirewatch.signins.ParsedLog;
import org.hirewatch.signins.RowProblem;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports a sign-in log into a case as one evidence item with its rows, in one transaction. Malformed rows are listed
 * with their line numbers; unless --good-rows-only is given, a log with any of them is not imported at all.
 */
@Command(name = "import-log", description = "${bundle:cli.evidence.importLog.description}")
final class EvidenceImportLogCommand extends WorkspaceCommand {
    @Option(names = "--case", required = true, paramLabel = "<reference>", descriptionKey = "cli.option.case")
    String reference;

    @Option(names = "--format", required = true, paramLabel = "<csv|okta|entra-csv|entra-json>",
            descriptionKey = "cli.evidence.importLog.format")
    String format;

    @Option(names = "--mapping", paramLabel = "<name>", descriptionKey = "cli.evidence.importLog.mapping")
    String mappingName;

    @Option(names = "--good-rows-only", descriptionKey = "cli.evidence.importLog.goodRowsOnly")
    boolean goodRowsOnly;

    @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "cli.evidence.importLog.file")
    Path file;

    EvidenceImportLogCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Violation> problems = new ArrayList<>();
        String actor = workspace.actor(problems);
        LogFormat f = LogFormat.byCliName(format).orElse(null);
        if (f == null) {
            problems.add(new Violation("format", "cli.evidence.importLog.unknownFormat", format));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problems.add(new Violation("file", "error.fileUnreadable", file.getFileName()));
        }
        if (mappingName != null && f != LogFormat.CSV) {
            problems.add(new Violation("mapping", "cli.evidence.importLog.mappingOnlyCsv"));
        }
        ValidationException.throwIfAny(problems);
        try (Workspace ws = workspace.open(ctx, actor)) {
            CaseFile c = findCase(ws, reference);
            CsvMapping mapping = null;
            if (f == LogFormat.CSV) {
                mapping = mapping(ws);
            }
            ParsedLog parsed;
            try {
                parsed = LogReaders.read(file, f, mapping);
            } catch (LogReadException e) {
                throw new CliException(ExitCodes.INVALID_INPUT, e.messageKey(), e.args().toArray());
            }
            for (RowProblem p : parsed.problems()) {
                ctx.err().println(ctx.texts().get("cli.evidence.importLog.problem", p.line(),
                        ctx.texts().get(p.messageKey(), p.args())));
            }
            if (!parsed.problems().isEmpty() && !goodRowsOnly) {
                throw new CliException(ExitCodes.INVALID_INPUT, "cli.evidence.importLog.nothingImported",
                        parsed.problems().size());
            }
            if (parsed.rows().isEmpty()) {
                throw new CliException(ExitCodes.INVALID_INPUT, "signins.error.noRows");
            }
            Evidence saved = ws.signIns().importLog(c.id(), parsed.goodRows(mapping == null ? "" : mapping.name()));
            ctx.out().println(saved.id());
            ctx.err().println(ctx.texts().get("cli.evidence.importLog.done", parsed.rows().size(),
                    parsed.problems().size(), parsed.notSignIns()));
        }
        return ExitCodes.OK;
    }

    /** The saved mapping named, or one guessed from the header (which must find at least the time). */
    private CsvMapping mapping(Workspace ws) {
        if (mappingName != null) {
            String json = ws.signIns().mappings().get(mappingName.strip());
            if (json == null) {
                throw new CliException(ExitCodes.INVALID_INPUT, "cli.evidence.importLog.noSuchMapping", mappingName,
                        String.join(", ", ws.signIns().mappings().keySet()));
            }
            return CsvMapping.fromJson(mappingName.strip(), json);
        }
        CsvMapping guessed;
        try {
            guessed = CsvMapping.guess(CsvLogReader.preview(file, ',', 0).header());
        } catch (LogReadException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.messageKey(), e.args().toArray());
        }
        if (!guessed.problems().isEmpty()) {
            throw new CliException(ExitCodes.INVALID_INPUT, "cli.evidence.importLog.needsMapping");
        }
        return guessed;
    }
}
