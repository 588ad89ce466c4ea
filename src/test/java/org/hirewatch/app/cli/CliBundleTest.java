package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.db;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export bundle} and {@code import bundle}: the round trip, conflicts, refusals and passphrase sources. */
class CliBundleTest {
    private static final String BUNDLE_PASS = "handover passphrase 2026";
    @TempDir
    Path dir;

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>(TestCli.ENV);
        env.put(BundlePassphraseOptions.DEFAULT_ENV, BUNDLE_PASS);
        return env;
    }

    private static TestCli.Result run(String... args) {
        return TestCli.run(env(), PassphrasePrompt.NONE, InputStream.nullInputStream(), args);
    }

    private String newWorkspaceWithCase(Path ws) {
        assertThat(run(db(ws, "init")).code()).isZero();
        TestCli.Result c = run(db(ws, "case", "add", "--title", "Backend engineer", "--name", "Dana Example"));
        assertThat(c.code()).as(c.err()).isZero();
        return c.line();
    }

    @Test
    void exportThenImportIntoAnotherWorkspaceAndAgainWithEachConflictChoice() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        String ref = newWorkspaceWithCase(a);
        assertThat(run(db(b, "init")).code()).isZero();
        Path bundle = dir.resolve("handover.hwbundle");

        TestCli.Result exported = run(db(a, "export", "bundle", "--case", ref, "--out", bundle.toString()));
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("one case").contains(bundle.toString());
        assertThat(Files.size(bundle)).isPositive();
        assertThat(run(db(a, "export", "bundle", "--case", ref, "--out", bundle.toString())).code())
                .isEqualTo(ExitCodes.INVALID_INPUT);

        TestCli.Result imported = run(db(b, "import", "bundle", bundle.toString()));
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(TestCli.text("cli.bundle.imported", ref, ref));
        assertThat(run(db(b, "case", "show", "--case", ref)).out()).contains("Dana Example");

        assertThat(run(db(b, "import", "bundle", bundle.toString())).out())
                .contains(TestCli.text("cli.bundle.kept", ref));
        assertThat(run(db(b, "import", "bundle", bundle.toString(), "--on-conflict", "replace")).out())
                .contains(TestCli.text("cli.bundle.replaced", ref));
        assertThat(run(db(b, "import", "bundle", bundle.toString(), "--on-conflict", "copy")).out())
                .contains(TestCli.text("cli.bundle.copied", ref, ref + "-C1"));
        assertThat(run(db(b, "verify-audit")).code()).isZero();
    }

    @Test
    void aDamagedBundleOrWrongPassphraseIsRefusedWithASentence() throws Exception {
        Path a = dir.resolve("a");
        String ref = newWorkspaceWithCase(a);
        Path bundle = dir.resolve("handover.hwbundle");
        assertThat(run(db(a, "export", "bundle", "--case", ref, "--out", bundle.toString())).code()).isZero();

        Map<String, String> wrong = new HashMap<>(env());
        wrong.put("OTHER", "not the right passphrase");
        TestCli.Result r = TestCli.run(wrong, PassphrasePrompt.NONE, InputStream.nullInputStream(),
                db(a, "import", "bundle", bundle.toString(), "--bundle-passphrase-env", "OTHER"));
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(TestCli.text("caseBundle.error.wrongPassphrase"));

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        Files.write(bundle, bytes);
        r = run(db(a, "import", "bundle", bundle.toString(), "--on-conflict", "copy"));
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(TestCli.text("caseBundle.error.tampered"));
        assertThat(run(db(a, "case", "list")).out()).doesNotContain(ref + "-C1");
    }

    @Test
    void theConsoleAsksTwiceForANewBundlePassphrase() {
        Path a = dir.resolve("a");
        String ref = newWorkspaceWithCase(a);
        TestCli.ScriptedPrompt prompt = new TestCli.ScriptedPrompt(BUNDLE_PASS, "something else entirely");
        TestCli.Result r = TestCli.run(TestCli.ENV, prompt, InputStream.nullInputStream(),
                db(a, "export", "bundle", "--case", ref, "--out", dir.resolve("x.hwbundle").toString()));
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(TestCli.text("cli.bundle.mismatch"));
        assertThat(prompt.asked).hasSize(2);
        assertThat(dir.resolve("x.hwbundle")).doesNotExist();
    }
}
