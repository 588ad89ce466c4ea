package org.hirewatch.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.hirewatch.domain.TextRules;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.store.WorkspaceException.Reason;
import org.hirewatch.store.WorkspaceLocation;
import picocli.CommandLine.Option;

/**
 * The options every workspace command shares: where the workspace is, who acts (for the audit trail), and where
 * the passphrase comes from. The passphrase itself is never an argument: command lines are visible to other
 * users of the machine and stay in shell histories.
 */
final class WorkspaceOptions {
    static final String DEFAULT_PASSPHRASE_ENV = "HIREWATCH_PASSPHRASE";
    static final int MIN_NEW_PASSPHRASE_LENGTH = 10;
    /** The audit columns hold at most this many characters of the actor's name. */
    static final int ACTOR_LIMIT = 200;
    private static final int PASSPHRASE_FILE_LIMIT = 64 * 1024;

    @Option(names = "--db", paramLabel = "<folder>", descriptionKey = "cli.option.db")
    Path db;

    @Option(names = "--actor", paramLabel = "<name>", descriptionKey = "cli.option.actor")
    String actor;

    @Option(names = "--passphrase-env", paramLabel = "<name>", descriptionKey = "cli.option.passphraseEnv")
    String passphraseEnv;

    @Option(names = "--passphrase-file", paramLabel = "<path>", descriptionKey = "cli.option.passphraseFile")
    Path passphraseFile;

    /** The workspace folder, absolute; a name that would inject JDBC settings (';') is refused here. */
    Path folder() {
        return WorkspaceLocation.checkedFolder(db != null ? db : WorkspaceLocation.defaultFolder());
    }

    /** The actor for the audit trail (default: the OS user name); problems are added to {@code out}. */
    String actor(List<Violation> out) {
        String a = actor != null ? actor.strip() : System.getProperty("user.name", "").strip();
        if (a.isEmpty()) {
            out.add(new Violation("actor", "validation.required"));
        } else if (a.length() > ACTOR_LIMIT) {
            out.add(new Violation("actor", "validation.tooLong", a.length(), ACTOR_LIMIT));
        } else {
            TextRules.checkLine("actor", a, out);
        }
        return a;
    }

    /** Opens the existing workspace; asks for the passphrase only once the folder is known to hold one. */
    Workspace open(CliContext ctx, String actorName) {
        Path folder = folder();
        if (!Files.exists(folder.resolve(WorkspaceLocation.KEY_FILE))
                && !Files.exists(folder.resolve(WorkspaceLocation.DB_FILE))) {
            throw new WorkspaceException(Reason.NO_WORKSPACE, folder);
        }
        char[] passphrase = passphrase(ctx, folder, false);
        try {
            Workspace ws = Workspace.open(folder, passphrase, actorName);
            ws.olderThanLastClose().ifPresent(r -> ctx.err().println(
                    ctx.texts().get("workspace.rollback.message", r.recordedSeq(), r.databaseSeq())));
            // Evidence added from the command line is checked as it is from the screen.
            org.hirewatch.links.LinkService.attach(ws, org.hirewatch.indicators.CheckService.attach(ws));
            return ws;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * The passphrase, from the first of: --passphrase-file, --passphrase-env, HIREWATCH_PASSPHRASE, the console.
     * For a new workspace the console asks twice, and any source must give at least ten characters.
     */
    char[] passphrase(CliContext ctx, Path folder, boolean newWorkspace) {
        if (passphraseFile != null && passphraseEnv != null) {
            throw new CliException(ExitCodes.USAGE, "cli.passphrase.twoSources");
        }
        char[] p;
        String source;
        if (passphraseFile != null) {
            source = passphraseFile.toString();
            p = readFirstLine(passphraseFile);
        } else if (passphraseEnv != null) {
            source = passphraseEnv;
            String v = ctx.env().get(passphraseEnv);
            if (v == null) {
                throw new CliException(ExitCodes.USAGE, "cli.passphrase.envNotSet", passphraseEnv);
            }
            p = v.toCharArray();
        } else if (ctx.env().get(DEFAULT_PASSPHRASE_ENV) != null) {
            source = DEFAULT_PASSPHRASE_ENV;
            p = ctx.env().get(DEFAULT_PASSPHRASE_ENV).toCharArray();
        } else {
            return newWorkspace ? promptNew(ctx, folder) : promptExisting(ctx, folder);
        }
        if (p.length == 0) {
            throw new CliException(ExitCodes.USAGE, "cli.passphrase.empty", source);
        }
        if (newWorkspace) {
            checkNew(p);
        }
        return p;
    }

    private static char[] promptExisting(CliContext ctx, Path folder) {
        char[] p = ctx.prompt().read(ctx.texts().get("cli.passphrase.prompt", folder));
        if (p == null) {
            throw new CliException(ExitCodes.USAGE, "cli.passphrase.none");
        }
        return p; // an empty answer is simply a wrong passphrase
    }

    private static char[] promptNew(CliContext ctx, Path folder) {
        char[] first = ctx.prompt().read(ctx.texts().get("cli.passphrase.promptNew", folder, MIN_NEW_PASSPHRASE_LENGTH));
        if (first == null) {
            throw new CliException(ExitCodes.USAGE, "cli.passphrase.none");
        }
        checkNew(first);
        char[] second = ctx.prompt().read(ctx.texts().get("cli.passphrase.promptRepeat"));
        try {
            if (second == null || !Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new CliException(ExitCodes.INVALID_INPUT, "cli.passphrase.mismatch");
            }
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
        return first;
    }

    private static void checkNew(char[] p) {
        if (Character.codePointCount(p, 0, p.length) < MIN_NEW_PASSPHRASE_LENGTH) {
            Arrays.fill(p, '\0');
            throw new ValidationException(List.of(
                    new Violation("passphrase", "cli.passphrase.tooShort", MIN_NEW_PASSPHRASE_LENGTH)));
        }
    }

    /** The first line of the file, without its line break (and without a leading byte-order mark). */
    static char[] readFirstLine(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(PASSPHRASE_FILE_LIMIT);
        } catch (IOException | RuntimeException e) {
            throw new CliException(ExitCodes.USAGE, "cli.passphrase.fileUnreadable", file);
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cli.passphrase.fileUnreadable", file);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int start = chars.remaining() > 0 && chars.get(0) == '\uFEFF' ? 1 : 0;
        int end = start;
        while (end < chars.remaining() && chars.get(end) != '\n' && chars.get(end) != '\r') {
            end++;
        }
        char[] line = new char[end - start];
        chars.position(start);
        chars.get(line);
        if (chars.hasArray()) {
            Arrays.fill(chars.array(), '\0');
        }
        return line;
    }
}
