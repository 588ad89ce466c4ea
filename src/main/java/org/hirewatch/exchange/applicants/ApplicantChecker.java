package org.hirewatch.exchange.applicants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingDraft;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.indicators.MemoryCrossCaseView;
import org.hirewatch.indicators.RiskScorer;

/**
 * Runs the indicator checks over the applicants of a file, in memory, with the catalogue's default settings: nothing
 * is read from or written to a workspace. The cross-applicant indicators compare the applicants of the file with each
 * other. Every finding is open, as nobody has reviewed it yet.
 */
public final class ApplicantChecker {
    private final IndicatorConfig config;
    private final CheckEngine engine;

    public ApplicantChecker(Catalogue catalogue, CheckEngine engine) {
        this.config = IndicatorConfig.defaults(catalogue);
        this.engine = engine;
    }

    public IndicatorConfig config() {
        return config;
    }

    /** Where a finding's evidence came from in the file. */
    public record EvidenceRef(String applicantId, String evidenceId) {
    }

    /** One applicant's results; {@code evidence} resolves the evidence ids that findings cite. */
    public record Result(Applicant applicant, Assessment assessment, List<Finding> findings,
                         Map<UUID, EvidenceRef> evidence) {

        /** The file's id of a cited item; an item of another applicant is written "applicant/item". */
        public String evidenceLabel(UUID id) {
            EvidenceRef ref = evidence.get(id);
            if (ref == null) {
                return id.toString();
            }
            return ref.applicantId().equals(applicant.id()) ? ref.evidenceId()
                    : ref.applicantId() + "/" + ref.evidenceId();
        }
    }

    public List<Result> check(ApplicantFile file, Instant now) {
        MemoryCrossCaseView view = new MemoryCrossCaseView();
        Map<UUID, EvidenceRef> refs = new HashMap<>();
        List<CaseData> cases = new ArrayList<>();
        for (Applicant a : file.applicants()) {
            UUID caseId = UUID.randomUUID();
            String name = a.subject().primaryName();
            view.addCase(caseId, a.id(), name);
            List<Evidence> items = new ArrayList<>();
            for (Applicant.Item item : a.evidence()) {
                // Stored the way the workspace stores it (trimmed, document numbers hashed), so rules see the same values.
                EvidenceDraft d = item.draft().normalized();
                Evidence e = new Evidence(UUID.randomUUID(), caseId, d.kind(), d.observedAt(), now, "", d.source(),
                        d.fields(), List.of(), 1);
                items.add(e);
                refs.put(e.id(), new EvidenceRef(a.id(), item.id()));
                for (Identifier i : e.identifiers()) {
                    view.add(new IdentifierOccurrence(caseId, a.id(), name, e.id(), i.field(), i.kind(), i.normalized()));
                }
            }
            Map<String, ChecklistAnswer> answers = new HashMap<>();
            a.checklist().forEach((indicator, answer) -> answers.put(indicator,
                    new ChecklistAnswer(caseId, indicator, answer.answer(), answer.comment(), "", now)));
            cases.add(new CaseData(caseId, a.id(), a.subject(), items, answers, view));
        }
        Map<UUID, EvidenceRef> allRefs = Map.copyOf(refs);
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CaseData data = cases.get(i);
            CheckEngine.CaseResult r = engine.evaluate(data, config, x -> true);
            List<Finding> findings = new ArrayList<>();
            for (FindingDraft d : r.drafts(config.catalogue().version())) {
                findings.add(new Finding(UUID.randomUUID(), data.caseId(), d.indicatorId(), d.hitKey(), d.severity(),
                        d.mode(), d.messageKey(), d.args(), d.evidenceIds(), d.evidenceFingerprint(),
                        d.catalogueVersion(), FindingState.OPEN, "", "", null, false, now, 1, true));
            }
            findings.sort(Comparator.comparing(Finding::indicatorId).thenComparing(Finding::hitKey));
            Assessment assessment = RiskScorer.assess(data.caseId(), findings, r.evaluations(), config, now);
            out.add(new Result(file.applicants().get(i), assessment, List.copyOf(findings), allRefs));
        }
        return out;
    }
}
