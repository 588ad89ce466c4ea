package org.hirewatch.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.FieldValidators;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens a new case and prints its reference alone, so that a script can capture it. */
@Command(name = "add", description = "${bundle:cli.case.add.description}")
final class CaseAddCommand extends WorkspaceCommand {
    @Option(names = "--title", required = true, paramLabel = "<text>", descriptionKey = "cli.case.add.title")
    String title;

    @Option(names = "--name", paramLabel = "[<source>=]<name>", descriptionKey = "cli.case.add.name")
    List<String> names = new ArrayList<>();

    @Option(names = "--country", paramLabel = "<text>", descriptionKey = "cli.case.add.country")
    String country;

    @Option(names = "--city", paramLabel = "<text>", descriptionKey = "cli.case.add.city")
    String city;

    @Option(names = "--time-zone", paramLabel = "<zone>", descriptionKey = "cli.case.add.timeZone")
    String timeZone;

    @Option(names = "--nationality", paramLabel = "<text>", descriptionKey = "cli.case.add.nationality")
    String nationality;

    @Option(names = "--role", paramLabel = "<text>", descriptionKey = "cli.case.add.role")
    String role;

    @Option(names = "--channel", paramLabel = "<text>", descriptionKey = "cli.case.add.channel")
    String channel;

    @Option(names = "--staffing-firm", paramLabel = "<text>", descriptionKey = "cli.case.add.staffingFirm")
    String staffingFirm;

    @Option(names = "--priority", paramLabel = "<level>", descriptionKey = "cli.case.add.priority")
    Priority priority = Priority.NORMAL;

    @Option(names = "--assignee", paramLabel = "<name>", descriptionKey = "cli.case.add.assignee")
    String assignee;

    @Option(names = "--tag", paramLabel = "<tag>", descriptionKey = "cli.case.add.tag")
    List<String> tags = new ArrayList<>();

    @Option(names = "--retention-date", paramLabel = "<YYYY-MM-DD>", descriptionKey = "cli.case.add.retentionDate")
    String retentionDate;

    @Option(names = "--legal-hold", descriptionKey = "cli.case.add.legalHold")
    boolean legalHold;

    CaseAddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Violation> problems = new ArrayList<>();
        String actor = workspace.actor(problems);
        CaseDetails details = details(problems);
        problems.addAll(details.validate());
        ValidationException.throwIfAny(problems);
        try (Workspace ws = workspace.open(ctx, actor)) {
            CaseFile created = ws.cases().create(details);
            ctx.out().println(created.reference());
        }
        return ExitCodes.OK;
    }

    private CaseDetails details(List<Violation> problems) {
        List<NameSpelling> spellings = new ArrayList<>();
        for (String n : names) {
            NameSpelling s = parseName(n);
            if (s.name().isBlank()) {
                problems.add(new Violation("subject.name", "validation.required"));
            } else {
                spellings.add(s);
            }
        }
        java.time.LocalDate retention = null;
        if (retentionDate != null && !retentionDate.isBlank()) {
            retention = FieldValidators.parseDate(retentionDate);
            if (retention == null) {
                problems.add(new Violation("retentionDate", "validation.date"));
            }
        }
        Subject subject = new Subject(spellings, country, city, timeZone, nationality, role, channel, staffingFirm);
        return new CaseDetails(title, CaseStatus.NEW, Decision.UNDECIDED, "", priority, assignee, tags, retention,
                legalHold, subject);
    }

    /**
     * "CV=Jon Doe" is the name Jon Doe as the CV spells it; "Jon Doe" has no source. Everything before the first
     * '=' is the source, so a name that itself holds '=' is written with a source, possibly empty: "=A=B".
     */
    static NameSpelling parseName(String value) {
        int eq = value.indexOf('=');
        return eq < 0 ? new NameSpelling(value.strip(), "")
                : new NameSpelling(value.substring(eq + 1).strip(), value.substring(0, eq).strip());
    }
}
