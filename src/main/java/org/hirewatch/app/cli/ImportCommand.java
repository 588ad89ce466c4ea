package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "import", description = "${bundle:cli.import.description}", subcommands = {ImportBundleCommand.class})
final class ImportCommand extends GroupCommand {
    ImportCommand(CliContext ctx) {
        super(ctx);
    }
}
