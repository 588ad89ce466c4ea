package org.hirewatch.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.Subject;

/**
 * Everything the rules may read about one case: the claimed identity, the evidence grouped by kind, the checklist
 * answers and a view of the other cases.
 */
public final class CaseData {
    private final UUID caseId;
    private final String reference;
    private final Subject subject;
    private final List<Evidence> evidence;
    private final Map<EvidenceKind, List<Evidence>> byKind = new EnumMap<>(EvidenceKind.class);
    private final Map<String, ChecklistAnswer> answers;
    private final CrossCaseView others;

    public CaseData(UUID caseId, String reference, Subject subject, List<Evidence> evidence,
                    Map<String, ChecklistAnswer> answers, CrossCaseView others) {
        this.caseId = caseId;
        this.reference = reference;
        this.subject = subject == null ? Subject.empty() : subject;
        this.evidence = List.copyOf(evidence);
        this.answers = answers == null ? Map.of() : Map.copyOf(answers);
        this.others = others == null ? CrossCaseView.NONE : others;
        for (Evidence e : this.evidence) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
    }

    public UUID caseId() {
        return caseId;
    }

    public String reference() {
        return reference;
    }

    public Subject subject() {
        return subject;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public List<Evidence> of(EvidenceKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Items of a kind whose field is filled in: a rule over that field can only run on these. */
    public List<Evidence> with(EvidenceKind kind, String field) {
        return of(kind).stream().filter(e -> !e.value(field).isBlank()).toList();
    }

    public Optional<ChecklistAnswer> answer(String indicatorId) {
        return Optional.ofNullable(answers.get(indicatorId));
    }

    public CrossCaseView others() {
        return others;
    }

    /** The identifiers in this case's evidence, with the item each came from. */
    public List<Located> identifiers() {
        List<Located> out = new ArrayList<>();
        for (Evidence e : evidence) {
            e.identifiers().forEach(i -> out.add(new Located(e, i)));
        }
        return out;
    }

    public record Located(Evidence evidence, Identifier identifier) {
    }
}
