package org.hirewatch.exchange.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicantImportTest {
    static final String GOOD = String.join("\n",
            "applicant,name,claimed_country,kind,observed_at,source,email,phone,platform,profileUrl",
            "A-1,Dana Example,United States,CONTACT_CHANNEL,2026-03-01T10:00:00Z,application form,dana@example.com,+1 555 0147,,",
            "A-1,,,ONLINE_PROFILE,2026-03-02,recruiter,,,github,https://github.example.org/dana",
            "A-2,Sam Sample,Canada,,,,,,,",
            "");

    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.create(dir.resolve("ws"), "correct horse battery staple".toCharArray(), KdfParams.fresh(1000), "tester");
    }

    private static ApplicantImporter importer(Workspace ws) {
        return new ApplicantImporter(ws, new CheckService(ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules()),
                Catalogue.builtIn());
    }

    @Test
    void dryRunReportsBadRowsWithLineAndColumnAndWritesNothing() {
        String bad = String.join("\n",
                "applicant,name,claimed_country,kind,observed_at,source,email,platform",
                "A-1,Dana Example,United States,CONTACT_CHANNEL,yesterday,form,dana@example.com,",
                "A-1,,Canada,CONTACT_CHANNEL,2026-03-01,form,dana@example.com,github",
                ",Nobody,,,,,,",
                "A-3,Lee Example,,SPACESHIP,2026-03-01,form,,",
                "");
        try (Workspace ws = workspace()) {
            long auditBefore = ws.audit().size();
            ImportPlan plan = importer(ws).plan(bad.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV);
            assertThat(plan.canImport()).isFalse();
            assertThat(plan.problems()).extracting(p -> p.line() + ":" + p.field() + ":" + p.messageKey())
                    .contains("2:observed_at:import.csv.observedAt", "3:claimed_country:import.csv.conflict",
                            "3:platform:import.csv.notAFieldOfKind", "4:applicant:validation.required",
                            "5:kind:applicants.error.unknownKind");
            assertThat(ws.cases().count()).isZero();
            assertThat(ws.audit().size()).isEqualTo(auditBefore);
        }
    }

    @Test
    void importCreatesExactlyThePlannedCasesAndEvidenceAndChecksThem() {
        try (Workspace ws = workspace()) {
            ApplicantImporter importer = importer(ws);
            ImportPlan plan = importer.plan(GOOD.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.cases()).extracting(PlannedCase::applicantId).containsExactly("A-1", "A-2");
            assertThat(plan.evidenceByKind()).containsEntry(EvidenceKind.CONTACT_CHANNEL, 1)
                    .containsEntry(EvidenceKind.ONLINE_PROFILE, 1);

            ApplicantImporter.Result r = importer.run(plan);
            assertThat(r.created()).hasSize(2);
            assertThat(ws.cases().count()).isEqualTo(2);
            CaseFile dana = r.created().get(0);
            assertThat(dana.title()).isEqualTo("Dana Example (A-1)");
            assertThat(dana.subject().claimedCountry()).isEqualTo("United States");
            assertThat(ws.evidence().listForCase(dana.id())).hasSize(2);
            assertThat(ws.evidence().listForCase(r.created().get(1).id())).isEmpty();
            assertThat(ws.checks().assessment(dana.id())).isPresent();
            assertThat(ws.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void jsonFileOfTheCheckCommandImportsWithItsChecklistAnswers() throws Exception {
        Path example = Path.of("docs/examples/applicants-example.json");
        try (Workspace ws = workspace()) {
            ApplicantImporter importer = importer(ws);
            ImportPlan plan = importer.plan(example, ImportFormat.of(example));
            assertThat(plan.format()).isEqualTo(ImportFormat.JSON);
            assertThat(plan.problems()).isEmpty();
            ApplicantImporter.Result r = importer.run(plan);
            assertThat(ws.cases().list(CaseQuery.all())).hasSize(plan.cases().size());
            assertThat(r.evidence()).isEqualTo(plan.evidenceCount());
            if (plan.answerCount() > 0) {
                assertThat(r.created().stream().mapToInt(c -> ws.checks().answers(c.id()).size()).sum())
                        .isEqualTo(plan.answerCount());
            }
        }
    }

    @Test
    void templateHeaderReadsBackAsAnEmptyButValidLayout() throws Exception {
        StringWriter w = new StringWriter();
        ApplicantCsv.writeTemplate(w);
        String template = w.toString();
        assertThat(template).startsWith("\uFEFFapplicant,title,name,");
        ImportPlan plan = ApplicantCsv.read(template + "A-9,,Dana Example,,,,,,,,,,,\n");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.cases()).hasSize(1);
        Files.writeString(dir.resolve("t.csv"), template);
        assertThat(ApplicantCsv.columns()).contains("email", "documentNumber", "cvText");
    }

    @Test
    void aFailingBatchWritesNoCase() {
        try (Workspace ws = workspace()) {
            ImportPlan plan = importer(ws).plan(GOOD.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV);
            // A title too long for the column makes the store refuse the batch after validation passed in the plan.
            PlannedCase broken = new PlannedCase("A-3", 9, "x".repeat(600), plan.cases().get(0).subject(), List.of(),
                    java.util.Map.of());
            ImportPlan withBroken = new ImportPlan(ImportFormat.CSV, List.of(plan.cases().get(0), broken), List.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer(ws).run(withBroken));
            assertThat(ws.cases().count()).isZero();
        }
    }
}
