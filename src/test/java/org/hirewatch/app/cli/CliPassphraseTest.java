package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.ENV;
import static org.hirewatch.app.cli.TestCli.PASS;
import static org.hirewatch.app.cli.TestCli.db;
import static org.hirewatch.app.cli.TestCli.run;
import static org.hirewatch.app.cli.TestCli.text;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the passphrase comes from, what happens when it is wrong or missing, and what init refuses. */
class CliPassphraseTest {
    private static final PassphrasePrompt NEVER = prompt -> {
        throw new AssertionError("must not ask for a passphrase: " + prompt);
    };

    @TempDir
    static Path tmp;
    static Path ws;

    @BeforeAll
    static void init() {
        ws = tmp.resolve("ws");
        assertThat(run(db(ws, "init")).code()).isZero();
    }

    private static TestCli.Result list(Map<String, String> env, PassphrasePrompt prompt, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "case";
        args[1] = "list";
        System.arraycopy(more, 0, args, 2, more.length);
        return TestCli.run(env, prompt, InputStream.nullInputStream(), db(ws, args));
    }

    @Test
    void aWrongPassphraseIsExitCode3WithTheSentenceFromTheBundle() {
        TestCli.Result r = list(Map.of("HIREWATCH_PASSPHRASE", "not the passphrase"), NEVER);
        assertThat(r.code()).isEqualTo(ExitCodes.WORKSPACE);
        assertThat(r.err().strip()).isEqualTo(text("error.wrongPassphrase"));
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noPassphraseAndNoConsoleIsAUsageError() {
        TestCli.Result r = list(Map.of(), PassphrasePrompt.NONE);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo(text("cli.passphrase.none"));
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theConsoleIsAskedWhenNothingElseGivesAPassphrase() {
        TestCli.ScriptedPrompt prompt = new TestCli.ScriptedPrompt(PASS);
        TestCli.Result r = list(Map.of(), prompt);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(prompt.asked).containsExactly(text("cli.passphrase.prompt", ws.toAbsolutePath()));
    }

    @Test
    void thePassphraseFileGivesItsFirstLine() throws Exception {
        Path file = tmp.resolve("pass.txt");
        Files.writeString(file, PASS + "\r\nsecond line is ignored\n");
        assertThat(list(Map.of(), NEVER, "--passphrase-file", file.toString()).code()).isZero();
        Files.writeString(file, "\uFEFF" + PASS);
        assertThat(list(Map.of(), NEVER, "--passphrase-file", file.toString()).code()).isZero();

        Files.writeString(file, "\n" + PASS);
        TestCli.Result empty = list(Map.of(), NEVER, "--passphrase-file", file.toString());
        assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err().strip()).isEqualTo(text("cli.passphrase.empty", file));

        Path missing = tmp.resolve("missing.txt");
        TestCli.Result r = list(Map.of(), NEVER, "--passphrase-file", missing.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo(text("cli.passphrase.fileUnreadable", missing));
    }

    @Test
    void theFileComesBeforeTheEnvironmentAndANamedVariableReplacesTheDefault() throws Exception {
        Path file = tmp.resolve("pass2.txt");
        Files.writeString(file, PASS + "\n");
        assertThat(list(Map.of("HIREWATCH_PASSPHRASE", "wrong"), NEVER, "--passphrase-file", file.toString()).code())
                .isZero();
        assertThat(list(Map.of("HW_KEY", PASS, "HIREWATCH_PASSPHRASE", "wrong"), NEVER, "--passphrase-env", "HW_KEY")
                .code()).isZero();
        TestCli.Result unset = list(ENV, NEVER, "--passphrase-env", "HW_KEY");
        assertThat(unset.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unset.err().strip()).isEqualTo(text("cli.passphrase.envNotSet", "HW_KEY"));
        TestCli.Result both = list(ENV, NEVER, "--passphrase-env", "HW_KEY", "--passphrase-file", file.toString());
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err().strip()).isEqualTo(text("cli.passphrase.twoSources"));
    }

    @Test
    void aPassphraseIsNeverAnArgumentAndIsNotEchoed() {
        TestCli.Result r = list(Map.of(), NEVER, "--passphrase=hunter2-secret");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).doesNotContain("hunter2").startsWith(text("cli.passphrase.notAnArgument"));
    }

    @Test
    void initAsksTwiceAndWantsTenCharactersThatMatch() {
        Path a = tmp.resolve("new-a");
        TestCli.ScriptedPrompt mismatch = new TestCli.ScriptedPrompt("long enough one", "long enough two");
        TestCli.Result r = TestCli.run(Map.of(), mismatch, InputStream.nullInputStream(), db(a, "init"));
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).isEqualTo(text("cli.passphrase.mismatch"));
        assertThat(mismatch.asked).containsExactly(
                text("cli.passphrase.promptNew", a.toAbsolutePath(), WorkspaceOptions.MIN_NEW_PASSPHRASE_LENGTH),
                text("cli.passphrase.promptRepeat"));
        assertThat(a.resolve("hirewatch.mv.db")).doesNotExist();

        TestCli.ScriptedPrompt shortOne = new TestCli.ScriptedPrompt("short", "short");
        r = TestCli.run(Map.of(), shortOne, InputStream.nullInputStream(), db(a, "init"));
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).isEqualTo("passphrase: " + text("cli.passphrase.tooShort", 10));
        assertThat(shortOne.asked).hasSize(1);

        r = TestCli.run(Map.of("HIREWATCH_PASSPHRASE", "123456789"), NEVER, InputStream.nullInputStream(), db(a, "init"));
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);

        TestCli.ScriptedPrompt ok = new TestCli.ScriptedPrompt("ten chars!", "ten chars!");
        r = TestCli.run(Map.of(), ok, InputStream.nullInputStream(), db(a, "init"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(TestCli.run(Map.of("HIREWATCH_PASSPHRASE", "ten chars!"), NEVER, InputStream.nullInputStream(),
                db(a, "case", "list")).code()).isZero();
    }

    @Test
    void initRefusesAnExistingWorkspaceBeforeAskingAnything() {
        TestCli.Result r = TestCli.run(Map.of(), NEVER, InputStream.nullInputStream(), db(ws, "init"));
        assertThat(r.code()).isEqualTo(ExitCodes.WORKSPACE);
        assertThat(r.err().strip()).isEqualTo(text("error.alreadyExists", ws.toAbsolutePath()));
    }

    @Test
    void aFolderNameWithASemicolonIsRefusedBeforeAnythingElse() {
        Path bad = tmp.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'");
        TestCli.Result r = TestCli.run(Map.of(), NEVER, InputStream.nullInputStream(), db(bad, "init"));
        assertThat(r.code()).isEqualTo(ExitCodes.WORKSPACE);
        assertThat(r.err().strip()).isEqualTo(text("error.badPath", bad.toAbsolutePath()));
        assertThat(bad).doesNotExist();
        r = TestCli.run(Map.of(), NEVER, InputStream.nullInputStream(), db(bad, "case", "list"));
        assertThat(r.code()).isEqualTo(ExitCodes.WORKSPACE);
        assertThat(r.err().strip()).isEqualTo(text("error.badPath", bad.toAbsolutePath()));
    }

    @Test
    void aFolderWithoutAWorkspaceIsSaidSoWithoutAskingForAPassphrase() {
        Path empty = tmp.resolve("empty");
        TestCli.Result r = TestCli.run(Map.of(), NEVER, InputStream.nullInputStream(), db(empty, "verify-audit"));
        assertThat(r.code()).isEqualTo(ExitCodes.WORKSPACE);
        assertThat(r.err().strip()).isEqualTo(text("error.noWorkspace", empty.toAbsolutePath()));
    }

    @Test
    void thePublicEntryPointWorksWithTheRealKeyDerivation() {
        Path real = tmp.resolve("real");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("HIREWATCH_PASSPHRASE", PASS);
        assertThat(HireWatchCli.run(new String[] {"init", "--db", real.toString()}, out, err, env, NEVER)).isZero();
        o.reset();
        assertThat(HireWatchCli.run(new String[] {"case", "add", "--db", real.toString(), "--title", "Real KDF"},
                InputStream.nullInputStream(), out, err, env, NEVER)).isZero();
        assertThat(o.toString(StandardCharsets.UTF_8).strip()).matches("HW-\\d{4}-0001");
        assertThat(e.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
