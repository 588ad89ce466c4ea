package org.hirewatch.training;

import java.util.List;
import org.hirewatch.domain.RiskBand;

/**
 * What the trainer's notes promise for one demo applicant: the indicators that raise a finding (exactly these), the
 * ones a naive tool would raise but the engine must not, the risk band, and the explanation and lesson shown in the
 * walkthrough and after a quiz.
 */
public record DemoExpectation(String applicantId, String title, List<String> fires, List<String> mustNotFire,
                              RiskBand band, String explanation, String lesson) {

    public DemoExpectation {
        fires = List.copyOf(fires);
        mustNotFire = List.copyOf(mustNotFire);
    }
}
