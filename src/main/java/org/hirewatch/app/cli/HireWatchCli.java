package org.hirewatch.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.nio.CharBuffer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;

/**
 * The headless command line: {@code hirewatch <command> ...}. Results go to standard output (alone, so that
 * scripts can capture them), problems to standard error as one sentence each, never a stack trace; the exit
 * code says what happened (see {@link ExitCodes}).
 */
public final class HireWatchCli {
    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private HireWatchCli() {
    }

    /** The logger is created on first use, so that main can set the log level before SLF4J starts. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(HireWatchCli.class);
    }

    /** For the launcher: runs the command line with the process's streams, environment and console, then exits. */
    public static void main(String[] args) {
        // Informational logs (schema migration, Flyway) would mix with the command's own messages on stderr.
        if (System.getProperty(SIMPLE_LOGGER_LEVEL) == null) {
            System.setProperty(SIMPLE_LOGGER_LEVEL, "warn");
        }
        int code = run(args, System.out, System.err, System.getenv(), PassphrasePrompt.console());
        System.exit(code);
    }

    /** Runs one command with standard input from {@code System.in} (used by {@code note add --text-file -}). */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                          PassphrasePrompt prompt) {
        return run(args, System.in, out, err, env, prompt);
    }

    /** Runs one command and returns its exit code; never throws and never calls System.exit. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                          PassphrasePrompt prompt) {
        return run(args, new CliContext(in, out, err, env == null ? Map.of() : env,
                prompt == null ? PassphrasePrompt.NONE : prompt, new Texts(Locale.getDefault()), ZoneId.systemDefault(),
                KdfParams.DEFAULT_ITERATIONS));
    }

    static int run(String[] args, CliContext ctx) {
        try {
            CommandLine cl = commandLine(ctx);
            int code = cl.execute(args == null ? new String[0] : args);
            Log.LOG.debug("Command line finished with exit code {}", code);
            return code;
        } catch (RuntimeException e) {
            return unexpected(ctx, e);
        }
    }

    static CommandLine commandLine(CliContext ctx) {
        CommandLine cl = new CommandLine(RootCommand.class, new ContextFactory(ctx));
        cl.setExpandAtFiles(false) // an argument such as "@notes.txt" is data, not a file of arguments
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(writer(ctx.out()))
                .setErr(writer(ctx.err()))
                .setParameterExceptionHandler(parameterHandler(ctx))
                .setExecutionExceptionHandler(executionHandler(ctx));
        localize(cl, ctx.texts(), new VersionProvider(ctx.texts()));
        return cl;
    }

    /** Headings and footers from the bundle, on every command; the version on every command. */
    private static void localize(CommandLine cl, Texts t, IVersionProvider version) {
        CommandSpec spec = cl.getCommandSpec();
        spec.versionProvider(version);
        UsageMessageSpec u = spec.usageMessage();
        u.synopsisHeading(t.raw("cli.usage.synopsisHeading"))
                .optionListHeading(t.raw("cli.usage.optionListHeading"))
                .commandListHeading(t.raw("cli.usage.commandListHeading"))
                .footerHeading(t.raw("cli.usage.exitCodesHeading"));
        List<String> footer = new ArrayList<>();
        footer.addAll(exitCodeLines(ExitCodes.OK, t.raw("cli.exitCode.ok")));
        footer.addAll(exitCodeLines(ExitCodes.INVALID_INPUT, t.raw("cli.exitCode.invalidInput")));
        footer.addAll(exitCodeLines(ExitCodes.USAGE, t.raw("cli.exitCode.usage")));
        footer.addAll(exitCodeLines(ExitCodes.WORKSPACE, t.raw("cli.exitCode.workspace")));
        footer.addAll(exitCodeLines(ExitCodes.AUDIT_BROKEN, t.raw("cli.exitCode.auditBroken")));
        if (spec.userObject() instanceof WorkspaceCommand) {
            footer.add(t.raw("cli.usage.passphraseHeading"));
            HelpText.wrap(t.raw("cli.usage.passphrase"), "  ", "  ").forEach(line -> footer.add(escape(line)));
        }
        if (spec.userObject() instanceof EvidenceAddCommand) {
            footer.add(t.raw("cli.evidence.add.kindsHeading"));
            EvidenceAddCommand.kindsHelp().forEach(line -> footer.add(escape(line)));
        }
        u.footer(footer.toArray(String[]::new));
        for (CommandLine sub : cl.getSubcommands().values()) {
            localize(sub, t, version);
        }
    }

    private static List<String> exitCodeLines(int code, String text) {
        return HelpText.wrap(text, "  " + code + "  ", "     ").stream().map(HireWatchCli::escape).toList();
    }

    /** picocli formats help text with String.format: a literal % must be doubled. */
    private static String escape(String s) {
        return s.replace("%", "%%");
    }

    private static IParameterExceptionHandler parameterHandler(CliContext ctx) {
        return (ex, args) -> usageError(ctx, ex, args);
    }

    private static int usageError(CliContext ctx, ParameterException ex, String[] args) {
        Texts t = ctx.texts();
        if (passphraseGivenAsArgument(args)) {
            // picocli would echo the argument, and with it the passphrase.
            ctx.err().println(t.get("cli.passphrase.notAnArgument"));
        } else {
            ctx.err().println(Texts.printable(ex.getMessage()));
        }
        ctx.err().println(t.get("cli.usage.hint", ex.getCommandLine().getCommandSpec().qualifiedName()));
        Log.LOG.debug("Usage error ({})", ex.getClass().getSimpleName());
        return ExitCodes.USAGE;
    }

    static boolean passphraseGivenAsArgument(String[] args) {
        if (args == null) {
            return false;
        }
        for (String a : args) {
            String s = a == null ? "" : a.toLowerCase(Locale.ROOT);
            if (s.equals("--passphrase") || s.startsWith("--passphrase=") || s.equals("--password")
                    || s.startsWith("--password=")) {
                return true;
            }
        }
        return false;
    }

    private static IExecutionExceptionHandler executionHandler(CliContext ctx) {
        return (ex, cl, parseResult) -> {
            Texts t = ctx.texts();
            if (ex instanceof ValidationException ve) {
                for (Violation v : ve.violations()) {
                    ctx.err().println(t.violation(v));
                }
                Log.LOG.debug("Invalid input: {} problem(s)", ve.violations().size());
                return ExitCodes.INVALID_INPUT;
            }
            if (ex instanceof WorkspaceException we) {
                ctx.err().println(t.error(we));
                Log.LOG.debug("Workspace problem: {}", we.reason());
                return ExitCodes.WORKSPACE;
            }
            if (ex instanceof CliException ce) {
                ctx.err().println(t.get(ce.messageKey(), ce.args()));
                Log.LOG.debug("Command line problem: {}", ce.messageKey());
                return ce.exitCode();
            }
            if (ex instanceof ParameterException pe) {
                return usageError(ctx, pe, parseResult.originalArgs().toArray(String[]::new));
            }
            return unexpected(ctx, ex);
        };
    }

    /**
     * One line for the user; the detail only at debug level, and without exception messages, which may quote
     * stored values (names, emails) that must not reach a log.
     */
    private static int unexpected(CliContext ctx, Throwable ex) {
        try {
            ctx.err().println(ctx.texts().get("cli.error.unexpected", ex.getClass().getSimpleName()));
        } catch (RuntimeException e) {
            ctx.err().println(ex.getClass().getSimpleName());
        }
        if (Log.LOG.isDebugEnabled()) {
            Log.LOG.debug("Unexpected failure:\n{}", traceWithoutMessages(ex));
        }
        return ExitCodes.WORKSPACE;
    }

    static String traceWithoutMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 10; c = c.getCause(), depth++) {
            sb.append(depth == 0 ? "" : "Caused by: ").append(c.getClass().getName()).append('\n');
            for (StackTraceElement el : c.getStackTrace()) {
                sb.append("\tat ").append(el).append('\n');
            }
        }
        return sb.toString();
    }

    /** A PrintWriter onto a PrintStream that keeps the stream's own encoding. */
    private static PrintWriter writer(PrintStream ps) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                ps.append(CharBuffer.wrap(cbuf, off, len));
            }

            @Override
            public void flush() {
                ps.flush();
            }

            @Override
            public void close() {
                ps.flush();
            }
        }, true);
    }

    /** Creates commands with the context; everything else (mixins, groups) picocli's way. */
    private static final class ContextFactory implements IFactory {
        private final CliContext ctx;

        ContextFactory(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Constructor<K> c;
            try {
                c = cls.getDeclaredConstructor(CliContext.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
            return c.newInstance(ctx);
        }
    }

    private static final class VersionProvider implements IVersionProvider {
        private final Texts texts;

        VersionProvider(Texts texts) {
            this.texts = texts;
        }

        @Override
        public String[] getVersion() {
            Package p = HireWatchCli.class.getPackage();
            String v = p == null ? null : p.getImplementationVersion();
            return new String[] {escape(texts.get("app.name") + " " + (v != null ? v : texts.get("cli.version.development")))};
        }
    }
}
