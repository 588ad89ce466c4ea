package org.hirewatch.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.rules.SignIns;

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
    private final List<SignIn> imported;
    private List<SignIn> signIns;

    public CaseData(UUID caseId, String reference, Subject subject, List<Evidence> evidence,
                    Map<String, ChecklistAnswer> answers, CrossCaseView others) {
        this(caseId, reference, subject, evidence, answers, others, List.of());
    }

    /** With the rows of the case's imported sign-in logs ({@code imported}), which are not evidence items each. */
    public CaseData(UUID caseId, String reference, Subject subject, List<Evidence> evidence,
                    Map<String, ChecklistAnswer> answers, CrossCaseView others, List<SignIn> imported) {
        this.imported = imported == null ? List.of() : imported;
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

    /**
     * Every sign-in of the case, typed in as a record or imported in a log, in time order (those without a time last).
     */
    public List<SignIn> signIns() {
        if (signIns == null) {
            List<SignIn> all = new ArrayList<>(imported.size() + of(EvidenceKind.SIGN_IN_RECORD).size());
            all.addAll(imported);
            of(EvidenceKind.SIGN_IN_RECORD).forEach(e -> all.add(SignIns.fromRecord(e)));
            all.sort(Comparator.comparing(SignIn::at, Comparator.nullsLast(Comparator.naturalOrder())));
            signIns = List.copyOf(all);
        }
        return signIns;
    }

    /** The distinct addresses of the imported rows, each located at the log it came from (for cross-case rules). */
    public List<Located> importedAddresses() {
        Map<UUID, Evidence> logs = new java.util.HashMap<>();
        of(EvidenceKind.SIGN_IN_LOG).forEach(e -> logs.put(e.id(), e));
        Map<String, Located> out = new java.util.LinkedHashMap<>();
        for (SignIn s : imported) {
            Evidence log = logs.get(s.evidenceId());
            if (log != null && !s.ip().isEmpty()) {
                out.computeIfAbsent(s.evidenceId() + "\u001f" + s.ip(),
                        k -> new Located(log, Identifier.of(IdentifierKind.IP, "ipAddress", s.ip())));
            }
        }
        return new ArrayList<>(out.values());
    }

    public record Located(Evidence evidence, Identifier identifier) {
    }
}
