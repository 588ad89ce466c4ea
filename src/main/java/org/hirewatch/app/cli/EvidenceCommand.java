package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "evidence", description = "${bundle:cli.evidence.description}", subcommands = {EvidenceAddCommand.class, EvidenceImportLogCommand.class})
final class EvidenceCommand extends GroupCommand {
    EvidenceCommand(CliContext ctx) {
        super(ctx);
    }
}
