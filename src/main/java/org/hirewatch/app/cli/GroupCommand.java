package org.hirewatch.app.cli;

/** A command that only groups subcommands ("case", "evidence", "note", the root): alone, it is a usage error. */
abstract class GroupCommand extends BaseCommand {
    GroupCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(ctx.err());
        return ExitCodes.USAGE;
    }
}
