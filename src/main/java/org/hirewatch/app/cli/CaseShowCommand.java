package org.hirewatch.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One case: its details, the subject's claimed identity, and how many evidence items and notes it has. */
@Command(name = "show", description = "${bundle:cli.case.show.description}")
final class CaseShowCommand extends WorkspaceCommand {
    @Option(names = "--case", required = true, paramLabel = "<reference>", descriptionKey = "cli.option.case")
    String reference;

    @Option(names = "--format", paramLabel = "<format>", descriptionKey = "cli.option.format.simple")
    Output.SimpleFormat format = Output.SimpleFormat.TEXT;

    CaseShowCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        CaseFile c;
        int evidence;
        int notes;
        try (Workspace ws = openWorkspace()) {
            c = findCase(ws, reference);
            evidence = ws.evidence().listForCase(c.id()).size();
            notes = ws.notes().listForCase(c.id()).size();
        }
        if (format == Output.SimpleFormat.JSON) {
            Output.json(ctx.out(), json(c, evidence, notes));
        } else {
            text(c, evidence, notes);
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(CaseFile c, int evidence, int notes) {
        Subject s = c.subject();
        Map<String, Object> subject = new LinkedHashMap<>();
        List<Map<String, String>> names = new ArrayList<>();
        for (NameSpelling n : s.names()) {
            Map<String, String> spelling = new LinkedHashMap<>();
            spelling.put("name", n.name());
            spelling.put("source", n.source());
            names.add(spelling);
        }
        subject.put("names", names);
        subject.put("claimedCountry", s.claimedCountry());
        subject.put("claimedCity", s.claimedCity());
        subject.put("claimedTimeZone", s.claimedTimeZone());
        subject.put("claimedNationality", s.claimedNationality());
        subject.put("role", s.role());
        subject.put("hiringChannel", s.hiringChannel());
        subject.put("staffingFirm", s.staffingFirm());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("title", c.title());
        m.put("status", Output.code(c.status()));
        m.put("decision", Output.code(c.decision()));
        m.put("decisionRationale", c.decisionRationale());
        m.put("priority", Output.code(c.priority()));
        m.put("assignee", c.assignee());
        m.put("tags", c.tags());
        m.put("retentionDate", c.retentionDate() == null ? null : c.retentionDate().toString());
        m.put("legalHold", c.legalHold());
        m.put("subject", subject);
        m.put("createdAt", c.createdAt());
        m.put("updatedAt", c.updatedAt());
        m.put("evidenceCount", evidence);
        m.put("notesCount", notes);
        return m;
    }

    private void text(CaseFile c, int evidence, int notes) {
        Texts t = texts();
        Subject s = c.subject();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {t.get("cli.case.show.reference"), c.reference()});
        lines.add(new String[] {t.get("cli.case.show.title"), c.title()});
        lines.add(new String[] {t.get("cli.case.show.status"), t.get(c.status().messageKey())});
        lines.add(new String[] {t.get("cli.case.show.decision"), t.get(c.decision().messageKey())});
        lines.add(new String[] {t.get("cli.case.show.priority"), t.get(c.priority().messageKey())});
        lines.add(new String[] {t.get("cli.case.show.assignee"), c.assignee()});
        lines.add(new String[] {t.get("cli.case.show.tags"), String.join(", ", c.tags())});
        lines.add(new String[] {t.get("cli.case.show.retentionDate"),
                c.retentionDate() == null ? "" : c.retentionDate().toString()});
        lines.add(new String[] {t.get("cli.case.show.legalHold"), t.get(c.legalHold() ? "cli.yes" : "cli.no")});
        lines.add(new String[] {t.get("cli.case.show.names"), s.names().stream().map(this::spelling)
                .collect(Collectors.joining("; "))});
        lines.add(new String[] {t.get("cli.case.show.country"), s.claimedCountry()});
        lines.add(new String[] {t.get("cli.case.show.city"), s.claimedCity()});
        lines.add(new String[] {t.get("cli.case.show.timeZone"), s.claimedTimeZone()});
        lines.add(new String[] {t.get("cli.case.show.nationality"), s.claimedNationality()});
        lines.add(new String[] {t.get("cli.case.show.role"), s.role()});
        lines.add(new String[] {t.get("cli.case.show.channel"), s.hiringChannel()});
        lines.add(new String[] {t.get("cli.case.show.staffingFirm"), s.staffingFirm()});
        lines.add(new String[] {t.get("cli.case.show.created"), Output.localTime(c.createdAt(), ctx.zone())});
        lines.add(new String[] {t.get("cli.case.show.updated"), Output.localTime(c.updatedAt(), ctx.zone())});
        lines.add(new String[] {t.get("cli.case.show.evidence"), Integer.toString(evidence)});
        lines.add(new String[] {t.get("cli.case.show.notes"), Integer.toString(notes)});
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        for (String[] l : lines) {
            String label = l[0] + ":";
            ctx.out().println((label + " ".repeat(width + 2 - label.length()) + Texts.printable(l[1])).stripTrailing());
        }
    }

    private String spelling(NameSpelling n) {
        return n.source().isEmpty() ? n.name() : texts().get("cli.case.show.nameFromSource", n.name(), n.source());
    }
}
