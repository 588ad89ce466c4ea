package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

/** Bringing data in: applicants from CSV or JSON, the CSV template, and case bundles. */
@Command(name = "import", description = "${bundle:cli.import.description}",
        subcommands = {ImportApplicantsCommand.class, ImportTemplateCommand.class, ImportBundleCommand.class})
final class ImportCommand extends GroupCommand {
    ImportCommand(CliContext ctx) {
        super(ctx);
    }
}
