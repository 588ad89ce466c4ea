package org.hirewatch.domain;

import java.util.List;

/** Whether an indicator could run on a case in the latest check, and if not, the evidence it lacked. */
public record IndicatorEvaluation(String indicatorId, Status status, List<EvidenceNeed> missing) {

    public IndicatorEvaluation {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public enum Status { EVALUATED, NOT_EVALUATED, DISABLED }
}
