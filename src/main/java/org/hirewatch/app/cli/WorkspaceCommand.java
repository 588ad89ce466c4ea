package org.hirewatch.app.cli;

import java.util.Locale;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Mixin;

/** A command that works on a workspace: --db, --actor and the passphrase sources. */
abstract class WorkspaceCommand extends BaseCommand {
    @Mixin
    WorkspaceOptions workspace;

    WorkspaceCommand(CliContext ctx) {
        super(ctx);
    }

    /** The case with this reference; an unknown reference is invalid input. */
    static CaseFile findCase(Workspace ws, String reference) {
        return ws.cases().findByReference(reference)
                .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, "cli.error.caseNotFound",
                        reference.strip().toUpperCase(Locale.ROOT)));
    }
}
