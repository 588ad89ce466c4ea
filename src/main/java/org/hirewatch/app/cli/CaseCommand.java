package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "case", description = "${bundle:cli.case.description}",
        subcommands = {CaseAddCommand.class, CaseListCommand.class, CaseShowCommand.class})
final class CaseCommand extends GroupCommand {
    CaseCommand(CliContext ctx) {
        super(ctx);
    }
}
