package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.PASS;
import static org.hirewatch.app.cli.TestCli.db;
import static org.hirewatch.app.cli.TestCli.run;
import static org.hirewatch.app.cli.TestCli.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.WorkspaceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-audit on a chain that someone changed behind the application's back. */
class CliAuditTest {
    @TempDir
    Path tmp;

    @Test
    void aTamperedEntryIsReportedWithExitCode4() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(run(db(ws, "init")).code()).isZero();
        assertThat(run(db(ws, "case", "add", "--title", "First")).code()).isZero();
        assertThat(run(db(ws, "case", "add", "--title", "Second")).code()).isZero();

        try (Connection c = connect(ws); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
        }

        TestCli.Result r = run(db(ws, "verify-audit"));
        assertThat(r.code()).isEqualTo(ExitCodes.AUDIT_BROKEN);
        assertThat(r.line()).isEqualTo(text("cli.verifyAudit.broken", 2L, 2L, text("audit.problem.content")));
        JsonNode j = new ObjectMapper().readTree(run(db(ws, "verify-audit", "--format", "json")).out());
        assertThat(j.get("intact").asBoolean()).isFalse();
        assertThat(j.get("firstBrokenSeq").asLong()).isEqualTo(2);
        assertThat(j.get("problem").asText()).isEqualTo("audit.problem.content");
        TestCli.Result viaEnv = TestCli.run(TestCli.ENV, PassphrasePrompt.NONE, InputStream.nullInputStream(),
                db(ws, "verify-audit", "--format", "json"));
        assertThat(viaEnv.code()).isEqualTo(ExitCodes.AUDIT_BROKEN);
    }

    /** Opens the encrypted database the way the store does, to change it without going through the store. */
    private static Connection connect(Path ws) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(ws.resolve(WorkspaceLocation.KEY_FILE))) {
            p.load(in);
        }
        KdfParams kdf = new KdfParams(p.getProperty("kdf"), Integer.parseInt(p.getProperty("iterations")),
                Base64.getDecoder().decode(p.getProperty("salt")));
        byte[] key = kdf.derive(PASS.toCharArray());
        HexFormat hex = HexFormat.of();
        String password = hex.formatHex(Arrays.copyOfRange(key, 0, 32)) + " " + hex.formatHex(Arrays.copyOfRange(key, 32, 64));
        String url = "jdbc:h2:file:" + ws.toAbsolutePath().resolve(WorkspaceLocation.DB_NAME)
                + ";CIPHER=AES;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
        return DriverManager.getConnection(url, "hirewatch", password);
    }
}
