package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.FindingDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over all cases evaluates on several threads and reads the other cases from memory; it must raise exactly
 * what evaluating case by case raises.
 */
class AllCasesEvaluationTest {
    @TempDir
    Path dir;
    RingWorkspace rings;
    CheckService checks;

    @BeforeEach
    void setUp() {
        rings = new RingWorkspace(dir.resolve("ws"));
        checks = new CheckService(rings.ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules());
    }

    @AfterEach
    void tearDown() {
        rings.close();
    }

    private static List<String> describe(List<FindingDraft> drafts) {
        return drafts.stream().map(d -> d.indicatorId() + " " + d.hitKey() + " " + d.evidenceFingerprint()).sorted()
                .toList();
    }

    @Test
    void allCoresRaiseWhatOneThreadRaises() {
        IndicatorConfig cfg = checks.config();
        Map<UUID, List<String>> parallel = new TreeMap<>();
        AllCasesEvaluation.run(rings.ws, CrossCaseNoise.NONE, data -> Map.entry(data.caseId(),
                        describe(checks.engine().evaluate(data, cfg, a -> true).drafts("v"))),
                e -> parallel.put(e.getKey(), e.getValue()));

        MemoryCrossCaseView others = AllCasesEvaluation.otherCases(rings.ws);
        Map<UUID, List<String>> sequential = new TreeMap<>();
        rings.ws.checks().forEachCase(input -> sequential.put(input.caseFile().id(), describe(checks.engine()
                .evaluate(AllCasesEvaluation.caseData(input, others, java.util.List.of()), cfg, a -> true).drafts("v"))));

        assertThat(parallel).isEqualTo(sequential).hasSize(rings.cases.size());
        assertThat(parallel.values().stream().flatMap(List::stream)).as("cross-applicant findings")
                .anyMatch(f -> f.startsWith("XAP-"));
    }

    @Test
    void withMoreSharersThanAFindingNamesBothPathsNameTheSameOnes() {
        // 230 applicants with one phone and one CV: more than the 200 occurrences a look-up returns.
        List<org.hirewatch.domain.CaseDetails> details = new java.util.ArrayList<>();
        for (int i = 0; i < 230; i++) {
            details.add(org.hirewatch.domain.CaseDetails.newCase("Applicant " + i,
                    org.hirewatch.domain.Subject.named("Person" + Integer.toString(i, 26) + " Example" + i)));
        }
        List<CaseFile> many = rings.ws.cases().createAll(details);
        // Indexed in the reverse order of the cases' references, so that neither order can stand in for the other.
        Map<UUID, List<org.hirewatch.domain.EvidenceDraft>> evidence = new java.util.LinkedHashMap<>();
        for (int i = many.size() - 1; i >= 0; i--) {
            evidence.put(many.get(i).id(), List.of(
                    RingWorkspace.draft(org.hirewatch.domain.EvidenceKind.CONTACT_CHANNEL, "phone", "+1 555 0177"),
                    RingWorkspace.draft(org.hirewatch.domain.EvidenceKind.APPLICATION, "cvText",
                            "Seasoned engineer available for remote work across every time zone with references.")));
        }
        rings.ws.evidence().addAll(evidence);
        checks.checkAll((done, total) -> { });
        Map<UUID, List<String>> batch = new TreeMap<>();
        List<CaseFile> sample = List.of(many.get(0), many.get(117), many.get(229));
        for (CaseFile c : sample) {
            batch.put(c.id(), rings.ws.checks().findings(c.id()).stream().map(RingWorkspace::row).sorted().toList());
        }
        assertThat(batch.get(many.get(0).id())).anyMatch(f -> f.startsWith("XAP-01"));

        Map<UUID, List<String>> single = new TreeMap<>();
        for (CaseFile c : sample) {
            checks.checkCase(c.id());
            single.put(c.id(), rings.ws.checks().findings(c.id()).stream().map(RingWorkspace::row).sorted().toList());
        }
        assertThat(single).isEqualTo(batch);
    }

    @Test
    void aRunOverAllCasesStoresWhatCheckingEachCaseStores() {
        checks.checkAll((done, total) -> { });
        Map<UUID, List<String>> batch = rings.storedFindings();

        for (CaseFile c : rings.cases) {
            checks.checkCase(c.id());
        }
        // Checking each case against the store's index changed no finding: same rows, same versions.
        assertThat(rings.storedFindings()).isEqualTo(batch);
        assertThat(batch.values().stream().flatMap(List::stream)).anyMatch(f -> f.startsWith("XAP-"));
    }
}
