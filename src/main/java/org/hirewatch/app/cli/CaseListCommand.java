package org.hirewatch.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The case list, newest change first, as a text table, JSON or CSV. */
@Command(name = "list", description = "${bundle:cli.case.list.description}")
final class CaseListCommand extends WorkspaceCommand {
    private static final int TEXT_CELL_LIMIT = 40;

    @Option(names = "--status", paramLabel = "<status>", descriptionKey = "cli.case.list.status")
    CaseStatus status;

    @Option(names = "--tag", paramLabel = "<tag>", descriptionKey = "cli.case.list.tag")
    String tag;

    @Option(names = "--assignee", paramLabel = "<name>", descriptionKey = "cli.case.list.assignee")
    String assignee;

    @Option(names = "--search", paramLabel = "<text>", descriptionKey = "cli.case.list.search")
    String search;

    @Option(names = "--format", paramLabel = "<format>", descriptionKey = "cli.option.format.list")
    Output.Format format = Output.Format.TEXT;

    CaseListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<CaseSummary> cases;
        try (Workspace ws = openWorkspace()) {
            cases = ws.cases().list(new CaseQuery(search, status, tag, assignee, 0));
        }
        switch (format) {
            case JSON -> Output.json(ctx.out(), cases.stream().map(CaseListCommand::json).toList());
            case CSV -> csv(ctx.out(), cases);
            case TEXT -> text(ctx.out(), cases);
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(CaseSummary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("status", Output.code(c.status()));
        m.put("priority", Output.code(c.priority()));
        m.put("subject", c.subjectName());
        m.put("title", c.title());
        m.put("assignee", c.assignee());
        m.put("tags", c.tags());
        m.put("evidenceCount", c.evidenceCount());
        m.put("updatedAt", c.updatedAt());
        m.put("legalHold", c.legalHold());
        return m;
    }

    private static void csv(PrintStream out, List<CaseSummary> cases) {
        Output.csvRow(out, List.of("reference", "status", "priority", "subject", "title", "assignee", "tags",
                "evidence_count", "updated_at", "legal_hold"));
        for (CaseSummary c : cases) {
            Output.csvRow(out, List.of(c.reference(), Output.code(c.status()), Output.code(c.priority()),
                    c.subjectName(), c.title(), c.assignee(), String.join(";", c.tags()),
                    Integer.toString(c.evidenceCount()), String.valueOf(c.updatedAt()), Boolean.toString(c.legalHold())));
        }
    }

    private void text(PrintStream out, List<CaseSummary> cases) {
        Texts t = texts();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("cli.case.list.column.reference"), t.get("cli.case.list.column.status"),
                t.get("cli.case.list.column.priority"), t.get("cli.case.list.column.subject"),
                t.get("cli.case.list.column.title"), t.get("cli.case.list.column.evidence"),
                t.get("cli.case.list.column.updated")));
        for (CaseSummary c : cases) {
            rows.add(List.of(c.reference(), t.get(c.status().messageKey()), t.get(c.priority().messageKey()),
                    Output.cut(c.subjectName(), TEXT_CELL_LIMIT), Output.cut(c.title(), TEXT_CELL_LIMIT),
                    Integer.toString(c.evidenceCount()), Output.localTime(c.updatedAt(), ctx.zone())));
        }
        Output.table(out, rows, new boolean[] {false, false, false, false, false, true, false});
    }
}
