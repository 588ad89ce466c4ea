package org.hirewatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "note", description = "${bundle:cli.note.description}", subcommands = NoteAddCommand.class)
final class NoteCommand extends GroupCommand {
    NoteCommand(CliContext ctx) {
        super(ctx);
    }
}
