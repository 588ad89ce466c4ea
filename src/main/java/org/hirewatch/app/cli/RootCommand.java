package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "hirewatch", resourceBundle = Texts.BUNDLE, description = "${bundle:cli.hirewatch.description}",
        subcommands = {InitCommand.class, CaseCommand.class, EvidenceCommand.class, NoteCommand.class,
                CheckCommand.class, VerifyAuditCommand.class, ExportCommand.class, ImportCommand.class})
final class RootCommand extends GroupCommand {
    RootCommand(CliContext ctx) {
        super(ctx);
    }
}
