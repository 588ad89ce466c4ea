package org.hirewatch.exchange.batch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;

/** What a dry run found: the cases an import would create and every problem; an import runs only without problems. */
public record ImportPlan(ImportFormat format, List<PlannedCase> cases, List<ImportProblem> problems) {
    public ImportPlan {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    public boolean canImport() {
        return problems.isEmpty() && !cases.isEmpty();
    }

    public int evidenceCount() {
        return cases.stream().mapToInt(c -> c.evidence().size()).sum();
    }

    public int answerCount() {
        return cases.stream().mapToInt(c -> c.answers().size()).sum();
    }

    /** Evidence items per kind, in the kinds' order. */
    public Map<EvidenceKind, Integer> evidenceByKind() {
        Map<EvidenceKind, Integer> out = new EnumMap<>(EvidenceKind.class);
        for (PlannedCase c : cases) {
            for (EvidenceDraft d : c.evidence()) {
                out.merge(d.kind(), 1, Integer::sum);
            }
        }
        return out;
    }
}
