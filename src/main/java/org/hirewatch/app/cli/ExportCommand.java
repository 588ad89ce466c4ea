package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "export", description = "${bundle:cli.export.description}", subcommands = {ExportBundleCommand.class})
final class ExportCommand extends GroupCommand {
    ExportCommand(CliContext ctx) {
        super(ctx);
    }
}
