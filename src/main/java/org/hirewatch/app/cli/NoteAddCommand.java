package org.hirewatch.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.TextRules;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Adds a note to a case, or to one of its evidence items, and prints the note's id. */
@Command(name = "add", description = "${bundle:cli.note.add.description}")
final class NoteAddCommand extends WorkspaceCommand {
    /** Enough bytes for the longest note in any UTF-8 spelling, plus one so that longer input is noticed. */
    private static final int READ_LIMIT = TextRules.NOTE_LIMIT * 4 + 1;

    @Option(names = "--case", required = true, paramLabel = "<reference>", descriptionKey = "cli.option.case")
    String reference;

    @ArgGroup(exclusive = true, multiplicity = "1")
    TextSource text;

    @Option(names = "--evidence", paramLabel = "<id>", descriptionKey = "cli.note.add.evidence")
    UUID evidenceId;

    static final class TextSource {
        @Option(names = "--text", paramLabel = "<text>", descriptionKey = "cli.note.add.text")
        String inline;

        @Option(names = "--text-file", paramLabel = "<file>", descriptionKey = "cli.note.add.textFile")
        Path file;
    }

    NoteAddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Violation> problems = new ArrayList<>();
        String actor = workspace.actor(problems);
        String body = text.inline != null ? text.inline : read(text.file, problems);
        if (body != null) {
            problems.addAll(Note.validateBody(body));
        }
        ValidationException.throwIfAny(problems);
        try (Workspace ws = workspace.open(ctx, actor)) {
            CaseFile c = findCase(ws, reference);
            Note note;
            if (evidenceId == null) {
                note = ws.notes().addToCase(c.id(), body);
            } else {
                checkEvidence(ws, c);
                note = ws.notes().add(c.id(), NoteTarget.EVIDENCE, evidenceId, body);
            }
            ctx.out().println(note.id());
        }
        return ExitCodes.OK;
    }

    private void checkEvidence(Workspace ws, CaseFile c) {
        Evidence ev;
        try {
            ev = ws.evidence().get(evidenceId);
        } catch (WorkspaceException e) {
            if (e.reason() != WorkspaceException.Reason.NOT_FOUND) {
                throw e;
            }
            ev = null;
        }
        if (ev == null || !ev.caseId().equals(c.id())) {
            throw new CliException(ExitCodes.INVALID_INPUT, "cli.error.evidenceNotFound", evidenceId, c.reference());
        }
    }

    /** The note text from a file, or from standard input for "-"; trailing line breaks are dropped. */
    private String read(Path file, List<Violation> problems) {
        byte[] bytes;
        if ("-".equals(file.toString())) {
            try {
                bytes = ctx.in().readNBytes(READ_LIMIT);
            } catch (IOException e) {
                problems.add(new Violation("text", "error.fileUnreadable", "-"));
                return null;
            }
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(READ_LIMIT);
            } catch (IOException | RuntimeException e) {
                problems.add(new Violation("text", "error.fileUnreadable", file.getFileName()));
                return null;
            }
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
