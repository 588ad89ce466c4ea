package org.hirewatch.exchange.report;

import java.util.Optional;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.indicators.IndicatorDefinition;

/**
 * How the report words indicators, findings and missing evidence: the same words as the Findings tab, so a reader
 * of the report and a user of the app see one vocabulary.
 */
final class ReportWording {
    private final ReportTexts t;
    private final IndicatorConfig config;

    ReportWording(ReportTexts texts, IndicatorConfig config) {
        this.t = texts;
        this.config = config;
    }

    private Optional<IndicatorDefinition> definition(String id) {
        return config.get(id).map(IndicatorConfig.Active::definition).or(() -> config.catalogue().indicator(id));
    }

    String title(String id) {
        return definition(id).map(d -> d.isCustom() ? d.customTitle() : t.text(d.titleKey())).orElse(id);
    }

    String label(String id) {
        return t.text("findings.indicatorLabel", id, title(id));
    }

    String question(String id) {
        String key = "indicator." + id + ".question";
        return t.has(key) ? t.text(key) : title(id);
    }

    String explanation(Finding f) {
        if (!t.has(f.messageKey())) {
            return String.join(" · ", f.args());
        }
        return t.text(f.messageKey(), f.args());
    }

    String mode(Finding f) {
        if (f.mode() == CheckMode.ASSISTED && f.state() == FindingState.OPEN) {
            return t.text("findings.mode.candidate");
        }
        return t.text(f.mode().messageKey());
    }

    String state(Finding f) {
        String state = t.text(f.state().messageKey());
        return f.reopened() ? t.text("findings.state.reopened", state) : state;
    }

    String kind(EvidenceKind kind) {
        return t.text(kind.messageKey());
    }

    String field(EvidenceKind kind, String key) {
        return kind.field(key).map(EvidenceField::labelKey).filter(t::has).map(t::text).orElse(key);
    }

    String need(EvidenceNeed n, boolean manual) {
        if (CheckEngine.CHECKLIST.equals(n.kind())) {
            return t.text(manual ? "findings.need.checklist" : "findings.need.noRule");
        }
        if (n.isSubject()) {
            return t.text("findings.need.subject", subjectField(n.field()));
        }
        EvidenceKind kind;
        try {
            kind = EvidenceKind.valueOf(n.kind());
        } catch (IllegalArgumentException e) {
            return n.field().isEmpty() ? n.kind() : n.kind() + " · " + n.field();
        }
        if (n.field().isEmpty()) {
            return t.text("findings.need.kind", kind(kind));
        }
        return t.text("findings.need.field", kind(kind), field(kind, n.field()));
    }

    private String subjectField(String field) {
        return switch (field) {
            case "names" -> t.text("findings.subject.names");
            case "claimedCountry" -> t.text("findings.subject.country");
            case "claimedCity" -> t.text("findings.subject.city");
            case "claimedTimeZone" -> t.text("findings.subject.timeZone");
            case "claimedNationality" -> t.text("findings.subject.nationality");
            case "role" -> t.text("findings.subject.role");
            case "hiringChannel" -> t.text("findings.subject.channel");
            case "staffingFirm" -> t.text("findings.subject.firm");
            default -> field.isEmpty() ? t.text("findings.subject.any") : field;
        };
    }
}
