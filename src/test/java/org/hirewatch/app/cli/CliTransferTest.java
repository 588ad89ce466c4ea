package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.db;
import static org.hirewatch.app.cli.TestCli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTransferTest {
    @TempDir
    Path dir;

    @Test
    void templateImportExportBackupRestoreAndPurge() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(run(db(ws, "init")).code()).isZero();

        Path template = dir.resolve("template.csv");
        TestCli.Result t = run("import", "template", "--out", template.toString());
        assertThat(t.code()).isZero();
        assertThat(Files.readString(template)).startsWith("\uFEFFapplicant,");

        Path csv = dir.resolve("applicants.csv");
        Files.writeString(csv, "applicant,name,kind,observed_at,source,email\n"
                + "A-1,Dana Example,CONTACT_CHANNEL,2026-03-01T10:00:00Z,form,dana@example.com\n"
                + "A-2,Sam Sample,CONTACT_CHANNEL,not a time,form,sam@example.com\n");
        TestCli.Result bad = run(db(ws, "import", "applicants", csv.toString(), "--dry-run"));
        assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).contains("line 3, observed_at:");

        Files.writeString(csv, "applicant,name,kind,observed_at,source,email\n"
                + "A-1,Dana Example,CONTACT_CHANNEL,2026-03-01T10:00:00Z,form,dana@example.com\n"
                + "A-2,=cmd|' /C calc'!A0,CONTACT_CHANNEL,2026-03-01,form,sam@example.com\n");
        TestCli.Result dry = run(db(ws, "import", "applicants", csv.toString(), "--dry-run"));
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Cases: 2", "CONTACT_CHANNEL: 2", "Dry run");
        assertThat(run(db(ws, "case", "list", "--format", "csv")).out().lines().count()).isEqualTo(1);

        TestCli.Result imported = run(db(ws, "import", "applicants", csv.toString()));
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 2 case(s) with 2 evidence item(s)");

        Path cases = dir.resolve("cases.csv");
        assertThat(run(db(ws, "export", "cases", "--out", cases.toString())).code()).isZero();
        String exported = Files.readString(cases);
        assertThat(exported).startsWith("\uFEFF# This file contains personal data").contains("'=cmd|");
        Path findings = dir.resolve("findings.csv");
        assertThat(run(db(ws, "export", "findings", "--out", findings.toString())).code()).isZero();
        assertThat(Files.readString(findings)).contains("reference,subject,indicator");

        Path backup = dir.resolve("ws.hwbackup");
        TestCli.Result b = run(db(ws, "backup", "--out", backup.toString()));
        assertThat(b.code()).as(b.err()).isZero();
        Path restored = dir.resolve("restored");
        TestCli.Result r = run("restore", backup.toString(), "--to", restored.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 case(s)", "the chain is intact");
        TestCli.Result again = run("restore", backup.toString(), "--to", restored.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.WORKSPACE);
        assertThat(again.err()).contains("is not empty");

        TestCli.Result preview = run(db(ws, "purge", "--as-of", "2099-01-01"));
        assertThat(preview.code()).isZero(); // no case has a retention date: nothing to purge
        assertThat(preview.out()).contains("0 case(s)");
    }
}
