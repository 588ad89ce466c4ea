package org.hirewatch.indicators;

import java.util.List;
import org.hirewatch.domain.EvidenceNeed;

/**
 * The result of one indicator on one case: not evaluated (and the evidence that would let it run), evaluated with no
 * hit, or evaluated with hits. "Not evaluated" is never the same as "clear".
 */
public record Outcome(boolean evaluated, List<Hit> hits, List<EvidenceNeed> missing) {

    public Outcome {
        hits = List.copyOf(hits);
        missing = List.copyOf(missing);
    }

    public static Outcome notEvaluated(EvidenceNeed... missing) {
        return new Outcome(false, List.of(), List.of(missing));
    }

    public static Outcome notEvaluated(List<EvidenceNeed> missing) {
        return new Outcome(false, List.of(), missing);
    }

    public static Outcome clear() {
        return new Outcome(true, List.of(), List.of());
    }

    public static Outcome hits(List<Hit> hits) {
        return new Outcome(true, hits, List.of());
    }

    public static Outcome hit(Hit hit) {
        return new Outcome(true, List.of(hit), List.of());
    }
}
