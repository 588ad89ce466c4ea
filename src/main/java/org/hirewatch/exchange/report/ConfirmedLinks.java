package org.hirewatch.exchange.report;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hirewatch.domain.CaseLink;
import org.hirewatch.links.LinkService;
import org.hirewatch.store.Workspace;

/**
 * The report's linked cases: the links a person confirmed, with their type and reason and the values that led to
 * them. Suggested (unconfirmed) matches are not listed: the report states what an investigator concluded.
 */
public final class ConfirmedLinks implements LinkedCasesSource {
    private final Workspace ws;
    private final LinkService links;
    private final UnaryOperator<String> label;

    /** @param label turns a link type's label key into text in the report's language */
    public ConfirmedLinks(Workspace ws, LinkService links, UnaryOperator<String> label) {
        this.ws = ws;
        this.links = links;
        this.label = label;
    }

    @Override
    public List<LinkedCase> linkedCases(UUID caseId) {
        return links.forCase(caseId).confirmed().stream().map(l -> describe(caseId, l)).toList();
    }

    private LinkedCase describe(UUID caseId, CaseLink l) {
        UUID other = l.other(caseId);
        String reference = other.equals(l.caseA()) ? l.referenceA() : l.referenceB();
        String name = ws.cases().get(other).subject().primaryName();
        String why = l.identifiers().isEmpty() ? l.reason() : l.reason() + " (" + String.join("; ", l.identifiers()) + ")";
        return new LinkedCase(reference, name, label.apply(l.type().labelKey()), why);
    }
}
