package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.db;
import static org.hirewatch.app.cli.TestCli.run;
import static org.hirewatch.app.cli.TestCli.text;

import java.nio.file.Path;
import org.hirewatch.signins.LogReadersTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hirewatch evidence import-log}: nothing is imported while rows are malformed, unless asked for the good ones. */
class CliImportLogTest {
    @TempDir
    Path tmp;

    @Test
    void malformedRowsStopTheImportUnlessGoodRowsOnlyIsGiven() {
        Path ws = tmp.resolve("ws");
        assertThat(run(db(ws, "init")).code()).isZero();
        TestCli.Result c = run(db(ws, "case", "add", "--title", "Backend engineer", "--name", "Dana Example"));
        assertThat(c.code()).as(c.err()).isZero();
        String ref = c.line();
        String file = LogReadersTest.fixture("okta-system-log.json").toString();

        TestCli.Result refused = run(db(ws, "evidence", "import-log", "--case", ref, "--format", "okta", file));
        assertThat(refused.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("line 37: " + text("signins.problem.badIp", "not-an-address"))
                .contains("line 44: " + text("signins.problem.noTime"))
                .contains(text("cli.evidence.importLog.nothingImported", 2));
        assertThat(refused.out()).isEmpty();

        TestCli.Result good = run(db(ws, "evidence", "import-log", "--case", ref, "--format", "okta", "--good-rows-only",
                file));
        assertThat(good.code()).as(good.err()).isZero();
        assertThat(good.line()).matches("[0-9a-f-]{36}");
        assertThat(good.err()).contains(text("cli.evidence.importLog.done", 3, 2, 1));

        TestCli.Result badFormat = run(db(ws, "evidence", "import-log", "--case", ref, "--format", "splunk", file));
        assertThat(badFormat.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(badFormat.err()).contains(text("cli.evidence.importLog.unknownFormat", "splunk"));
    }
}
