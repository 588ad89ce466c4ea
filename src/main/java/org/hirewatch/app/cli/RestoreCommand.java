package org.hirewatch.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceBackup;
import org.hirewatch.store.WorkspaceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Restores a backup into a new or empty folder, verifies the audit chain there and reports it. The passphrase is the
 * one the workspace had when the backup was taken; --db is not used.
 */
@Command(name = "restore", description = "${bundle:cli.restore.description}")
final class RestoreCommand extends WorkspaceCommand {
    @Parameters(index = "0", paramLabel = "<backup>", descriptionKey = "cli.restore.file")
    Path backup;

    @Option(names = "--to", required = true, paramLabel = "<folder>", descriptionKey = "cli.restore.to")
    Path to;

    RestoreCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Violation> problems = new ArrayList<>();
        String actor = workspace.actor(problems);
        ValidationException.throwIfAny(problems);
        Path folder = WorkspaceLocation.checkedFolder(to);
        char[] passphrase = workspace.passphrase(ctx, folder, false);
        WorkspaceBackup.RestoreReport r;
        try {
            r = WorkspaceBackup.restore(backup, folder, passphrase, actor);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        Texts t = texts();
        ctx.out().println(t.get("cli.restore.done", r.folder(), r.cases(), r.evidence(), r.attachments()));
        if (r.audit().intact()) {
            ctx.out().println(t.get("cli.verifyAudit.intact", r.audit().entriesChecked()));
        } else {
            ctx.err().println(t.get("cli.verifyAudit.broken", r.audit().entriesChecked(), r.audit().firstBrokenSeq(),
                    t.get(r.audit().problem())));
        }
        if (!r.headPresent()) {
            ctx.err().println(t.get("cli.restore.headMissing"));
        }
        return r.ok() ? ExitCodes.OK : ExitCodes.AUDIT_BROKEN;
    }
}
