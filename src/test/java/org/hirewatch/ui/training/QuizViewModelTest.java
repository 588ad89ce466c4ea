package org.hirewatch.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hirewatch.exchange.applicants.ApplicantChecker;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.training.DemoPack;
import org.hirewatch.training.QuizScore;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz and walkthrough view models over the real demo pack and engine results. */
class QuizViewModelTest {
    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private static DemoPack pack;
    private static Map<String, ApplicantChecker.Result> results;
    private final I18n i18n = new I18n(Locale.ENGLISH);

    @TempDir
    Path dir;

    @BeforeAll
    static void check() {
        pack = DemoPack.builtIn(CATALOGUE);
        results = new LinkedHashMap<>();
        new ApplicantChecker(CATALOGUE, CheckEngine.withBuiltInRules()).check(pack.file(), Instant.now())
                .forEach(r -> results.put(r.applicant().id(), r));
    }

    private QuizViewModel quiz() {
        QuizViewModel vm = new QuizViewModel(new CaseTexts(i18n, CATALOGUE), new ImmediateTaskRunner(),
                () -> Instant.parse("2026-06-01T10:00:00Z"), CATALOGUE.version());
        vm.loaded(pack.cases(), results);
        return vm;
    }

    @Test
    void scoresTheMarksAndExplainsEachIndicator() {
        QuizViewModel vm = quiz();
        vm.selectedProperty().set(pack.find("DEMO-02").orElseThrow());
        assertThat(vm.dossierProperty().get()).contains("Avery Sample", "NordVPN");
        for (QuizViewModel.Question q : vm.questions()) {
            q.markProperty().set(q.indicatorId().equals("LOG-06") || q.indicatorId().equals("LOG-01")
                    ? QuizViewModel.Mark.APPLIES : QuizViewModel.Mark.DOES_NOT_APPLY);
        }
        QuizScore score = vm.submit();
        assertThat(score.hits()).isEqualTo(1);
        assertThat(score.falseAlarms()).isEqualTo(1);
        assertThat(score.correctRejections()).isEqualTo(3);
        assertThat(vm.resultProperty().get()).isEqualTo("1 hit, 0 misses, 1 false alarm, 3 correct rejections: 80% right.");
        assertThat(vm.feedbackProperty().get()).contains("False alarm: LOG-01", "Hit: LOG-06")
                .contains(pack.find("DEMO-02").orElseThrow().expected().lesson());
        assertThat(vm.summaryProperty().get()).startsWith("Session (1 case)");
    }

    @Test
    void theSessionSpansCasesAndExportsForTheTrainer() throws Exception {
        QuizViewModel vm = quiz();
        vm.traineeProperty().set("Trainee Example");
        vm.selectedProperty().set(pack.find("DEMO-03").orElseThrow());
        vm.submit();
        vm.selectedProperty().set(pack.find("DEMO-11").orElseThrow());
        vm.questions().forEach(q -> q.markProperty().set(QuizViewModel.Mark.APPLIES));
        vm.submit();
        assertThat(vm.summaryProperty().get()).startsWith("Session (2 cases)");
        Path out = dir.resolve("results.json");
        vm.export(out);
        String json = Files.readString(out);
        assertThat(json).contains("Contains trainee results", "Trainee Example", "DEMO-03", "DEMO-11");
        assertThat(vm.messageProperty().get()).contains("results.json", "trainee results");
    }

    @Test
    void theWalkthroughRevealsEvidenceThenItsFlagsOneStepAtATime() {
        WalkthroughViewModel vm = new WalkthroughViewModel(new CaseTexts(i18n, CATALOGUE));
        vm.loaded(pack.cases(), results);
        vm.selectedProperty().set(pack.find("DEMO-03").orElseThrow());
        assertThat(vm.canBackProperty().get()).isFalse();
        assertThat(vm.bodyProperty().get()).contains("Robin Sample");
        boolean sawFlag = false;
        while (vm.canNextProperty().get()) {
            vm.next();
            if (vm.kindProperty().get().equals("Red flag raised")) {
                sawFlag = true;
                assertThat(vm.titleProperty().get()).startsWith("COM-04");
                assertThat(vm.verifyProperty().get()).isNotBlank();
                assertThat(vm.innocentProperty().get()).isNotBlank();
                assertThat(vm.sourcesProperty().get()).isNotBlank();
                assertThat(vm.revealed()).hasSize(1);
            }
        }
        assertThat(sawFlag).isTrue();
        assertThat(vm.kindProperty().get()).isEqualTo("Trainer's summary");
        assertThat(vm.bodyProperty().get()).contains("Low");
        vm.back();
        assertThat(vm.canNextProperty().get()).isTrue();
    }
}
