package org.hirewatch.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.Finding;
import org.hirewatch.exchange.batch.CsvExport;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Every case's findings, one row each, as a CSV file for spreadsheets. */
@Command(name = "findings", description = "${bundle:cli.export.findings.description}")
final class ExportFindingsCommand extends WorkspaceCommand {
    @Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "cli.export.out")
    Path out;

    @Option(names = "--no-bom", descriptionKey = "cli.export.noBom")
    boolean noBom;

    ExportFindingsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        int n;
        try (Workspace ws = openWorkspace()) {
            List<CsvExport.CaseFindings> rows = CsvExport.findingsOf(ws.cases().list(CaseQuery.all()),
                    id -> ws.checks().findings(id));
            n = new CsvExport(!noBom, texts().get("export.personalDataNotice")).writeFindings(rows, words(), out);
        }
        ctx.out().println(texts().get("cli.export.findings.done", n, out));
        return ExitCodes.OK;
    }

    private CsvExport.FindingWords words() {
        Texts t = texts();
        return new CsvExport.FindingWords() {
            @Override
            public String title(Finding f) {
                String key = "indicator." + f.indicatorId() + ".title";
                return t.has(key) ? t.get(key) : f.indicatorId();
            }

            @Override
            public String explanation(Finding f) {
                return t.has(f.messageKey()) ? t.get(f.messageKey(), f.args())
                        : f.messageKey() + " " + String.join(", ", f.args());
            }
        };
    }
}
