package org.hirewatch.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.exchange.batch.CsvExport;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The case list (all cases, or those the filters select) as a CSV file for spreadsheets. */
@Command(name = "cases", description = "${bundle:cli.export.cases.description}")
final class ExportCasesCommand extends WorkspaceCommand {
    @Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "cli.export.out")
    Path out;

    @Option(names = "--status", paramLabel = "<status>", descriptionKey = "cli.case.list.status")
    CaseStatus status;

    @Option(names = "--tag", paramLabel = "<tag>", descriptionKey = "cli.case.list.tag")
    String tag;

    @Option(names = "--assignee", paramLabel = "<name>", descriptionKey = "cli.case.list.assignee")
    String assignee;

    @Option(names = "--search", paramLabel = "<text>", descriptionKey = "cli.case.list.search")
    String search;

    @Option(names = "--no-bom", descriptionKey = "cli.export.noBom")
    boolean noBom;

    ExportCasesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        int n;
        try (Workspace ws = openWorkspace()) {
            List<CaseSummary> cases = ws.cases().list(new CaseQuery(search, status, tag, assignee, 0));
            n = new CsvExport(!noBom, texts().get("export.personalDataNotice")).writeCases(cases, out);
        }
        ctx.out().println(texts().get("cli.export.cases.done", n, out));
        return ExitCodes.OK;
    }
}
