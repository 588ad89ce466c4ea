package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

/** Taking data out: the case list and findings as CSV for spreadsheets, and cases as encrypted bundles. */
@Command(name = "export", description = "${bundle:cli.export.description}",
        subcommands = {ExportCasesCommand.class, ExportFindingsCommand.class, ExportBundleCommand.class})
final class ExportCommand extends GroupCommand {
    ExportCommand(CliContext ctx) {
        super(ctx);
    }
}
