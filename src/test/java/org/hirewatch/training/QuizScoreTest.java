package org.hirewatch.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hirewatch.indicators.Catalogue;
import org.junit.jupiter.api.Test;

/** Scoring: hits, misses, false alarms and correct rejections against the pack's expected findings. */
class QuizScoreTest {
    private static final DemoPack PACK = DemoPack.builtIn(Catalogue.builtIn());

    private static DemoCase demo(String id) {
        return PACK.find(id).orElseThrow();
    }

    @Test
    void asksAboutWhatFiresAndTheTrainersTraps() {
        // the VPN traveller: LOG-06 fires; LOG-01, LOG-07, COM-02, IDN-01 are the traps
        assertThat(QuizScore.questions(demo("DEMO-02"))).containsExactly("COM-02", "IDN-01", "LOG-01", "LOG-06", "LOG-07");
    }

    @Test
    void countsEachKindOfAnswer() {
        DemoCase traveller = demo("DEMO-02");
        QuizScore s = QuizScore.score(traveller, QuizScore.questions(traveller), Set.of("LOG-06", "LOG-01"),
                Set.of("LOG-07", "IDN-01"));
        assertThat(s.hits()).isEqualTo(1);
        assertThat(s.falseAlarms()).isEqualTo(1);
        assertThat(s.correctRejections()).isEqualTo(2);
        assertThat(s.misses()).isZero();
        assertThat(s.count(QuizScore.Outcome.UNANSWERED)).isEqualTo(1);
        assertThat(s.percent()).isEqualTo(60);
    }

    @Test
    void aFiringIndicatorLeftOpenOrRejectedIsAMiss() {
        DemoCase voip = demo("DEMO-03");
        List<String> asked = QuizScore.questions(voip);
        assertThat(QuizScore.score(voip, asked, Set.of(), Set.of()).misses()).isEqualTo(1);
        assertThat(QuizScore.score(voip, asked, Set.of(), Set.of("COM-04")).misses()).isEqualTo(1);
        QuizScore perfect = QuizScore.score(voip, asked, Set.of("COM-04"),
                Set.of("IDN-12", "IDN-13", "WRK-05", "IDN-01"));
        assertThat(perfect.percent()).isEqualTo(100);
    }

    @Test
    void theSessionAddsUpCasesKeepsTheLatestAnswerAndExportsWithANotice() {
        QuizSession session = new QuizSession("Trainee Example");
        DemoCase voip = demo("DEMO-03");
        session.add(QuizScore.score(voip, QuizScore.questions(voip), Set.of("IDN-12"), Set.of()));
        session.add(QuizScore.score(voip, QuizScore.questions(voip), Set.of("COM-04"), Set.of()));
        DemoCase farm = demo("DEMO-05");
        session.add(QuizScore.score(farm, QuizScore.questions(farm), Set.copyOf(farm.expected().fires()), Set.of()));
        assertThat(session.scores()).hasSize(2);
        assertThat(session.total(QuizScore.Outcome.FALSE_ALARM)).isZero();
        assertThat(session.total(QuizScore.Outcome.HIT)).isEqualTo(1 + farm.expected().fires().size());
        String json = session.toJson(Instant.parse("2026-06-01T10:00:00Z"), "2026.11.1");
        assertThat(json).contains("\"format\" : \"hirewatch-quiz-results\"", "Contains trainee results",
                "\"trainee\" : \"Trainee Example\"", "\"case\" : \"DEMO-05\"");
    }
}
