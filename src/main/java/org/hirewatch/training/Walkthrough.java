package org.hirewatch.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Finding;
import org.hirewatch.exchange.applicants.Applicant;
import org.hirewatch.exchange.applicants.ApplicantChecker;

/**
 * The order in which a trainer reveals a demo case: the claimed identity, then each evidence item followed by the red
 * flags that item completes (a flag appears once everything it cites from this case has been shown), flags that cite
 * nothing of this case (checklist answers), and the trainer's summary.
 */
public final class Walkthrough {
    public enum StepType { INTRO, EVIDENCE, FLAG, SUMMARY }

    /** One step: {@code evidence} is set for EVIDENCE steps, {@code finding} for FLAG steps. */
    public record Step(StepType type, Applicant.Item evidence, Finding finding) {
    }

    private Walkthrough() {
    }

    public static List<Step> steps(DemoCase demo, ApplicantChecker.Result result) {
        List<Applicant.Item> items = demo.applicant().evidence();
        List<List<Finding>> after = new ArrayList<>();
        items.forEach(i -> after.add(new ArrayList<>()));
        List<Finding> atEnd = new ArrayList<>();
        for (Finding f : result.findings()) {
            int last = lastOwnItem(f, items, result.evidence(), demo.id());
            (last < 0 ? atEnd : after.get(last)).add(f);
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(StepType.INTRO, null, null));
        for (int i = 0; i < items.size(); i++) {
            steps.add(new Step(StepType.EVIDENCE, items.get(i), null));
            after.get(i).forEach(f -> steps.add(new Step(StepType.FLAG, null, f)));
        }
        atEnd.forEach(f -> steps.add(new Step(StepType.FLAG, null, f)));
        steps.add(new Step(StepType.SUMMARY, null, null));
        return List.copyOf(steps);
    }

    private static int lastOwnItem(Finding f, List<Applicant.Item> items, Map<UUID, ApplicantChecker.EvidenceRef> refs,
                                   String applicantId) {
        int last = -1;
        for (UUID id : f.evidenceIds()) {
            ApplicantChecker.EvidenceRef ref = refs.get(id);
            if (ref == null || !ref.applicantId().equals(applicantId)) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id().equals(ref.evidenceId())) {
                    last = Math.max(last, i);
                }
            }
        }
        return last;
    }
}
