package org.hirewatch.app.cli;

import java.time.LocalDate;
import org.hirewatch.store.RetentionStore;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Deletes the cases past their retention date that are not on legal hold. Always lists them first; deletes only with
 * --yes, and never with --dry-run.
 */
@Command(name = "purge", description = "${bundle:cli.purge.description}")
final class PurgeCommand extends WorkspaceCommand {
    @Option(names = "--dry-run", descriptionKey = "cli.purge.dryRun")
    boolean dryRun;

    @Option(names = "--yes", descriptionKey = "cli.purge.yes")
    boolean yes;

    @Option(names = "--as-of", paramLabel = "<date>", descriptionKey = "cli.purge.asOf")
    LocalDate asOf;

    PurgeCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Texts t = texts();
        try (Workspace ws = openWorkspace()) {
            RetentionStore retention = new RetentionStore(ws);
            RetentionStore.Preview p = retention.preview(asOf != null ? asOf : LocalDate.now(ctx.zone()));
            ctx.out().println(t.get("cli.purge.preview", p.toPurge().size(), p.keptOnHold().size(), p.asOf().toString()));
            for (RetentionStore.ExpiredCase c : p.toPurge()) {
                ctx.out().println(t.get("cli.purge.row", c.reference(), c.retentionDate().toString(),
                        Output.cut(c.subjectName(), 40)));
            }
            for (RetentionStore.ExpiredCase c : p.keptOnHold()) {
                ctx.out().println(t.get("cli.purge.keptRow", c.reference(), c.retentionDate().toString()));
            }
            if (dryRun || p.toPurge().isEmpty()) {
                return ExitCodes.OK;
            }
            if (!yes) {
                throw new CliException(ExitCodes.USAGE, "cli.purge.confirm");
            }
            RetentionStore.Result r = retention.purge(p);
            ctx.out().println(t.get("cli.purge.done", r.purged(), r.auditEntriesBlanked()));
        }
        return ExitCodes.OK;
    }
}
