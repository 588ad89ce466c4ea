package org.hirewatch.ui.casefile.findings;

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
import org.hirewatch.ui.common.I18n;

/**
 * How the findings tab words indicators, findings and missing evidence. Catalogue indicators take their texts from
 * the bundle ({@code indicator.<id>.*}); custom ones carry their own title and have no guidance.
 */
final class FindingTexts {
    private final I18n i18n;

    FindingTexts(I18n i18n) {
        this.i18n = i18n;
    }

    String text(String key, Object... args) {
        return i18n.text(key, args);
    }

    Optional<IndicatorDefinition> definition(IndicatorConfig config, String id) {
        return config.get(id).map(IndicatorConfig.Active::definition)
                .or(() -> config.catalogue().indicator(id));
    }

    /** The indicator's title; an indicator no longer configured (a deleted custom one) is named by its id. */
    String title(IndicatorConfig config, String id) {
        return definition(config, id).map(d -> d.isCustom() ? d.customTitle() : i18n.text(d.titleKey())).orElse(id);
    }

    /** Id and title together, for lists where the id alone says little. */
    String label(IndicatorConfig config, String id) {
        return i18n.text("findings.indicatorLabel", id, title(config, id));
    }

    /** Guidance of a catalogue indicator: "verify" or "innocent"; empty for custom ones. */
    String guidance(IndicatorConfig config, String id, String part) {
        return definition(config, id).filter(d -> !d.isCustom())
                .map(d -> i18n.text("indicator." + id + "." + part)).orElse("");
    }

    /** The explanation with the actual values. */
    String explanation(Finding f) {
        return f.args().isEmpty() ? i18n.text(f.messageKey()) : i18n.text(f.messageKey(), f.args().toArray());
    }

    /** An assisted finding nobody has reviewed yet is a candidate, not a conclusion. */
    String mode(Finding f) {
        if (f.mode() == CheckMode.ASSISTED && f.state() == FindingState.OPEN) {
            return i18n.text("findings.mode.candidate");
        }
        return i18n.text(f.mode().messageKey());
    }

    String state(Finding f) {
        String state = i18n.text(f.state().messageKey());
        return f.reopened() ? i18n.text("findings.state.reopened", state) : state;
    }

    /** What an indicator lacks, as a person would go and fetch it. */
    String need(EvidenceNeed n, boolean manual) {
        if (CheckEngine.CHECKLIST.equals(n.kind())) {
            return i18n.text(manual ? "findings.need.checklist" : "findings.need.noRule");
        }
        if (n.isSubject()) {
            return i18n.text("findings.need.subject", subjectField(n.field()));
        }
        EvidenceKind kind;
        try {
            kind = EvidenceKind.valueOf(n.kind());
        } catch (IllegalArgumentException e) {
            return n.field().isEmpty() ? n.kind() : n.kind() + " · " + n.field();
        }
        String kindLabel = i18n.text(kind.messageKey());
        if (n.field().isEmpty()) {
            return i18n.text("findings.need.kind", kindLabel);
        }
        String field = kind.field(n.field()).map(EvidenceField::labelKey).map(i18n::text).orElse(n.field());
        return i18n.text("findings.need.field", kindLabel, field);
    }

    private String subjectField(String field) {
        return switch (field) {
            case "names" -> i18n.text("findings.subject.names");
            case "claimedCountry" -> i18n.text("findings.subject.country");
            case "claimedCity" -> i18n.text("findings.subject.city");
            case "claimedTimeZone" -> i18n.text("findings.subject.timeZone");
            case "claimedNationality" -> i18n.text("findings.subject.nationality");
            case "role" -> i18n.text("findings.subject.role");
            case "hiringChannel" -> i18n.text("findings.subject.channel");
            case "staffingFirm" -> i18n.text("findings.subject.firm");
            default -> field.isEmpty() ? i18n.text("findings.subject.any") : field;
        };
    }
}
