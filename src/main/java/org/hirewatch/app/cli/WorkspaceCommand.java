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

    /** Checks --actor, then opens the workspace; for commands whose only input to check is the actor. */
    Workspace openWorkspace() {
        java.util.List<org.hirewatch.domain.Violation> problems = new java.util.ArrayList<>();
        String actor = workspace.actor(problems);
        org.hirewatch.domain.ValidationException.throwIfAny(problems);
        return workspace.open(ctx, actor);
    }

    /** The case with this reference; an unknown reference is invalid input. */
    static CaseFile findCase(Workspace ws, String reference) {
        return ws.cases().findByReference(reference)
                .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, "cli.error.caseNotFound",
                        reference.strip().toUpperCase(Locale.ROOT)));
    }
}
