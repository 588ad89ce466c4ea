package org.hirewatch.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;

/**
 * Builds a case for rule tests without a database: a claimed identity, evidence items with fields, answers, and
 * other cases for the cross-applicant rules.
 *
 * <pre>
 * CaseData c = CaseDataBuilder.a().claimed("Ana Ruiz", "US", "America/Chicago")
 *         .evidence(EvidenceKind.CONTACT_CHANNEL, "lineType", "voip", "phone", "+1 555 0100")
 *         .build();
 * </pre>
 */
public final class CaseDataBuilder {
    private final UUID caseId = UUID.randomUUID();
    private String reference = "HW-2026-0001";
    private Subject subject = Subject.empty();
    private final List<Evidence> evidence = new ArrayList<>();
    private final Map<String, ChecklistAnswer> answers = new HashMap<>();
    private CrossCaseView others = CrossCaseView.NONE;
    private Instant nextObserved = Instant.parse("2026-03-02T14:00:00Z");

    public static CaseDataBuilder a() {
        return new CaseDataBuilder();
    }

    public UUID caseId() {
        return caseId;
    }

    public CaseDataBuilder reference(String ref) {
        this.reference = ref;
        return this;
    }

    /** Claimed name, country and time zone (either may be empty). */
    public CaseDataBuilder claimed(String name, String country, String timeZone) {
        subject = new Subject(name.isEmpty() ? List.of() : List.of(new NameSpelling(name, "CV")), country, "", timeZone,
                "", "", "", "");
        return this;
    }

    public CaseDataBuilder subject(Subject s) {
        subject = s;
        return this;
    }

    /** Adds an evidence item observed one hour after the previous one; fields as key, value pairs. */
    public CaseDataBuilder evidence(EvidenceKind kind, String... keyValues) {
        add(kind, nextObserved, keyValues);
        nextObserved = nextObserved.plusSeconds(3600);
        return this;
    }

    /** Adds an evidence item observed at a given time (sign-ins, shipments). */
    public CaseDataBuilder evidenceAt(String isoInstant, EvidenceKind kind, String... keyValues) {
        add(kind, Instant.parse(isoInstant), keyValues);
        return this;
    }

    public Evidence add(EvidenceKind kind, Instant observed, String... keyValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        Evidence e = new Evidence(UUID.randomUUID(), caseId, kind, observed, observed, "tester", "test", fields,
                List.of(), 1);
        evidence.add(e);
        return e;
    }

    public CaseDataBuilder answer(String indicatorId, ChecklistAnswer.Answer a, String comment) {
        answers.put(indicatorId, new ChecklistAnswer(caseId, indicatorId, a, comment, "tester", Instant.now()));
        return this;
    }

    public CaseDataBuilder others(CrossCaseView view) {
        this.others = view;
        return this;
    }

    /** The evidence added so far (to assert which items a finding cites). */
    public List<Evidence> items() {
        return evidence;
    }

    public CaseData build() {
        return new CaseData(caseId, reference, subject, evidence, answers, others);
    }

    /**
     * Other cases for cross-applicant rules: builds each case and indexes its identifiers in memory, the way a run
     * over all cases does.
     */
    public static MemoryCrossCaseView index(CaseDataBuilder... cases) {
        MemoryCrossCaseView view = new MemoryCrossCaseView();
        for (CaseDataBuilder b : cases) {
            CaseData d = b.build();
            view.addCase(d.caseId(), d.reference(), d.subject().primaryName());
            for (CaseData.Located l : d.identifiers()) {
                view.add(new org.hirewatch.domain.IdentifierOccurrence(d.caseId(), d.reference(),
                        d.subject().primaryName(), l.evidence().id(), l.identifier().field(), l.identifier().kind(),
                        l.identifier().normalized()));
            }
        }
        return view;
    }

    /** The catalogue's parameter defaults for an indicator, with some overridden ("key", "value" pairs). */
    public static Params params(String indicatorId, String... overrides) {
        IndicatorDefinition d = Catalogue.builtIn().indicator(indicatorId).orElseThrow();
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            o.put(overrides[i], overrides[i + 1]);
        }
        return new Params(d, o);
    }
}
