package org.hirewatch.indicators;

import java.util.List;
import java.util.Optional;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.Severity;

/**
 * One indicator as the catalogue ships it. Titles, descriptions and guidance are bundle texts under
 * {@code indicator.<id>.*}; custom indicators carry their own title instead.
 */
public record IndicatorDefinition(
        String id,
        String category,
        Severity severity,
        double weight,
        CheckMode mode,
        boolean crossCase,
        List<EvidenceNeed> needs,
        List<ParameterSpec> parameters,
        List<String> sourceKeys,
        String customTitle) {

    public IndicatorDefinition {
        needs = needs == null ? List.of() : List.copyOf(needs);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        sourceKeys = sourceKeys == null ? List.of() : List.copyOf(sourceKeys);
    }

    public boolean isCustom() {
        return customTitle != null;
    }

    public Optional<ParameterSpec> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public String titleKey() {
        return "indicator." + id + ".title";
    }

    /** Evidence kinds whose change can change this indicator's result (subject changes affect every indicator). */
    public boolean reads(String evidenceKind) {
        return needs.stream().anyMatch(n -> n.kind().equals(evidenceKind));
    }
}
