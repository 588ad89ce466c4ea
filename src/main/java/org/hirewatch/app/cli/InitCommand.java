package org.hirewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.store.WorkspaceException.Reason;
import org.hirewatch.store.WorkspaceLocation;
import picocli.CommandLine.Command;

@Command(name = "init", description = "${bundle:cli.init.description}")
final class InitCommand extends WorkspaceCommand {
    InitCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Violation> problems = new ArrayList<>();
        String actor = workspace.actor(problems);
        ValidationException.throwIfAny(problems);
        Path folder = workspace.folder();
        // Checked before asking for a passphrase; Workspace.create checks again.
        if (Files.exists(folder.resolve(WorkspaceLocation.DB_FILE)) || Files.exists(folder.resolve(WorkspaceLocation.KEY_FILE))) {
            throw new WorkspaceException(Reason.ALREADY_EXISTS, folder);
        }
        char[] passphrase = workspace.passphrase(ctx, folder, true);
        try (Workspace ws = Workspace.create(folder, passphrase, KdfParams.fresh(ctx.kdfIterations()), actor)) {
            ctx.out().println(texts().get("cli.init.created", ws.folder()));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return ExitCodes.OK;
    }
}
