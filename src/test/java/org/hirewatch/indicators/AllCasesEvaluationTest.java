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
        AllCasesEvaluation.run(rings.ws, data -> Map.entry(data.caseId(),
                        describe(checks.engine().evaluate(data, cfg, a -> true).drafts("v"))),
                e -> parallel.put(e.getKey(), e.getValue()));

        MemoryCrossCaseView others = AllCasesEvaluation.otherCases(rings.ws);
        Map<UUID, List<String>> sequential = new TreeMap<>();
        rings.ws.checks().forEachCase(input -> sequential.put(input.caseFile().id(), describe(checks.engine()
                .evaluate(AllCasesEvaluation.caseData(input, others), cfg, a -> true).drafts("v"))));

        assertThat(parallel).isEqualTo(sequential).hasSize(rings.cases.size());
        assertThat(parallel.values().stream().flatMap(List::stream)).as("cross-applicant findings")
                .anyMatch(f -> f.startsWith("XAP-"));
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
