package org.hirewatch.app.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Runs the command line in-process with captured streams, an injected environment and a scripted prompt. New
 * workspaces use 1,000 KDF iterations instead of 600,000 so that each open stays cheap.
 */
final class TestCli {
    static final String PASS = "correct horse battery staple";
    static final Map<String, String> ENV = Map.of(WorkspaceOptions.DEFAULT_PASSPHRASE_ENV, PASS);
    static final ZoneId ZONE = ZoneId.of("UTC");
    static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);

    record Result(int code, String out, String err) {
        String line() {
            return out.strip();
        }
    }

    private TestCli() {
    }

    static Result run(String... args) {
        return run(ENV, PassphrasePrompt.NONE, InputStream.nullInputStream(), args);
    }

    static Result withStdin(String stdin, String... args) {
        return run(ENV, PassphrasePrompt.NONE, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static Result run(Map<String, String> env, PassphrasePrompt prompt, InputStream in, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        CliContext ctx = new CliContext(in, out, err, env, prompt, new Texts(Locale.ENGLISH), ZONE, 1000);
        int code = HireWatchCli.run(args, ctx);
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** "--db", folder, then the rest. */
    static String[] db(Path folder, String... rest) {
        List<String> all = new ArrayList<>();
        for (String r : rest) {
            all.add(r);
        }
        // picocli accepts options in any order; the subcommand words must come first.
        int firstOption = 0;
        while (firstOption < all.size() && !all.get(firstOption).startsWith("-")) {
            firstOption++;
        }
        all.add(firstOption, folder.toString());
        all.add(firstOption, "--db");
        return all.toArray(String[]::new);
    }

    /** The English text of a key, formatted like the command line does. */
    static String text(String key, Object... args) {
        return new Texts(Locale.ENGLISH).get(key, args);
    }

    /** A prompt that answers from a script and remembers what it was asked. */
    static final class ScriptedPrompt implements PassphrasePrompt {
        final Deque<String> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        ScriptedPrompt(String... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public char[] read(String prompt) {
            asked.add(prompt);
            String a = answers.poll();
            return a == null ? null : a.toCharArray();
        }
    }
}
