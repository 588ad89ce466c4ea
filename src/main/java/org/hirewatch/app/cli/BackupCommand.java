package org.hirewatch.app.cli;

import java.nio.file.Path;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The whole workspace (database with attachments, key file) in one encrypted backup file. */
@Command(name = "backup", description = "${bundle:cli.backup.description}")
final class BackupCommand extends WorkspaceCommand {
    @Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "cli.backup.out")
    Path out;

    BackupCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        WorkspaceBackup.Summary s;
        try (Workspace ws = openWorkspace()) {
            s = WorkspaceBackup.backup(ws, out);
        }
        ctx.out().println(texts().get("cli.backup.done", out, s.cases(), s.evidence(), s.attachments(), s.bytes()));
        return ExitCodes.OK;
    }
}
