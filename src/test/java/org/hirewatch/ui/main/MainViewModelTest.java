package org.hirewatch.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.RiskFilter;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.casefile.RecordingDialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    @Test
    void openingTheWorkspaceChecksTheCasesNeverCheckedAndTheListShowsTheirRisk() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "pass phrase 1".toCharArray(), KdfParams.fresh(1000),
                "tester")) {
            // created before any check service listened, as in a workspace from an older version
            ws.cases().create(CaseDetails.newCase("Backend contractor", new Subject(List.of(new NameSpelling("Dana Example",
                    "CV")), "", "", "", "", "", "", "")));
            MainViewModel vm = new MainViewModel(ws, CheckService.attach(ws), new ImmediateTaskRunner(),
                    new I18n(Locale.ENGLISH), new RecordingDialogs(), () -> { });
            vm.caseList().reload();
            assertThat(vm.caseList().cases()).singleElement().extracting(CaseSummary::band).isNull();

            vm.opened();

            assertThat(vm.caseList().cases()).singleElement().satisfies(c -> {
                assertThat(c.band()).isEqualTo(RiskBand.INCONCLUSIVE);
                assertThat(c.checked()).isTrue();
            });
            assertThat(vm.caseList().errorProperty().get()).isEmpty();
        }
    }

    @Test
    void theRiskFilterGoesIntoTheQueryAndClearingFiltersResetsIt() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "pass phrase 1".toCharArray(), KdfParams.fresh(1000),
                "tester")) {
            CaseListViewModel list = new CaseListViewModel(ws, new ImmediateTaskRunner(), new I18n(Locale.ENGLISH));
            assertThat(list.riskOptions()).extracting(FilterOption::label).containsExactly("All risks",
                    "Not checked yet", "Inconclusive", "Low", "Elevated", "High", "Critical");
            assertThat(list.query().risk()).isNull();

            list.riskProperty().set(list.riskOptions().get(1));
            assertThat(list.query().risk()).isEqualTo(RiskFilter.NOT_CHECKED);
            list.riskProperty().set(list.riskOptions().get(6));
            assertThat(list.query().risk()).isEqualTo(RiskFilter.CRITICAL);

            list.clearFilters();
            assertThat(list.query().risk()).isNull();
        }
    }

    @Test
    void riskSortsBySeverityWithCasesNeverCheckedLowest() {
        List<RiskBand> bands = new java.util.ArrayList<>(java.util.Arrays.asList(RiskBand.HIGH, null, RiskBand.LOW,
                RiskBand.CRITICAL, RiskBand.INCONCLUSIVE, RiskBand.ELEVATED));
        bands.sort(CaseListViewModel.RISK_ORDER);
        assertThat(bands).containsExactly(null, RiskBand.INCONCLUSIVE, RiskBand.LOW, RiskBand.ELEVATED, RiskBand.HIGH,
                RiskBand.CRITICAL);
    }
}
