package org.hirewatch.ui.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.IndicatorDefinition;
import org.hirewatch.indicators.Source;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.common.I18n;

/** How the indicator screens word catalogue data: titles, categories, weights, needed evidence, sources, conditions. */
final class IndicatorTexts {
    /** The claimed identity's fields as the catalogue names them in its "needs". */
    private static final Map<String, String> SUBJECT_FIELDS = Map.of(
            "names", "indicators.subject.names",
            "claimedCountry", "indicators.subject.claimedCountry",
            "claimedCity", "indicators.subject.claimedCity",
            "claimedTimeZone", "indicators.subject.claimedTimeZone",
            "claimedNationality", "indicators.subject.claimedNationality");

    private IndicatorTexts() {
    }

    static String title(I18n i18n, IndicatorDefinition d) {
        return d.isCustom() ? d.customTitle() : i18n.text(d.titleKey());
    }

    static String category(I18n i18n, String code) {
        return code == null || code.isEmpty() ? "" : i18n.text("indicator.category." + code);
    }

    /** Weights as typed: 3, 2.5 (never 3.0), so a value can be copied back into the field. */
    static String weight(double w) {
        return BigDecimal.valueOf(w).stripTrailingZeros().toPlainString();
    }

    /** One line per evidence kind the indicator reads: "Identity document: Name as printed, Issuing country". */
    static List<String> needs(I18n i18n, IndicatorDefinition d) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (EvidenceNeed n : d.needs()) {
            List<String> fields = byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>());
            if (!n.field().isEmpty()) {
                fields.add(needField(i18n, n));
            }
        }
        List<String> out = new ArrayList<>();
        byKind.forEach((kind, fields) -> {
            String kindLabel = kindLabel(i18n, kind);
            out.add(fields.isEmpty() ? kindLabel : i18n.text("indicators.details.needLine", kindLabel, String.join(", ", fields)));
        });
        return out;
    }

    private static String kindLabel(I18n i18n, String kind) {
        if (EvidenceNeed.SUBJECT.equals(kind)) {
            return i18n.text("indicators.subject");
        }
        try {
            return i18n.text(EvidenceKind.valueOf(kind).messageKey());
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static String needField(I18n i18n, EvidenceNeed n) {
        if (n.isSubject()) {
            String key = SUBJECT_FIELDS.get(n.field());
            return key == null ? n.field() : i18n.text(key);
        }
        return i18n.text("evidence.field." + n.field());
    }

    /** "KEY – title (date)" for each source the indicator cites, in the catalogue's order. */
    static List<String> sources(I18n i18n, Catalogue catalogue, IndicatorDefinition d) {
        List<String> out = new ArrayList<>();
        for (String key : d.sourceKeys()) {
            out.add(catalogue.source(key).map(s -> source(i18n, s)).orElse(key));
        }
        return out;
    }

    private static String source(I18n i18n, Source s) {
        return i18n.text("indicators.details.sourceLine", s.key(), s.title(), s.date());
    }

    static String field(I18n i18n, EvidenceField f) {
        return f == null ? "" : i18n.text(f.labelKey());
    }

    static String operator(I18n i18n, CustomIndicator.Operator op) {
        return op == null ? "" : i18n.text(op.messageKey());
    }

    /** A custom indicator's conditions in words: "Line type is VoIP and Carrier country is filled in". */
    static String conditions(I18n i18n, CustomIndicator c) {
        return c.conditions().stream().map(cond -> {
            EvidenceField f = c.kind() == null ? null : c.kind().field(cond.field()).orElse(null);
            String label = f == null ? cond.field() : field(i18n, f);
            String value = f != null && !f.choices().isEmpty() ? CaseFormats.choice(i18n, cond.value()) : cond.value();
            return cond.operator().needsValue()
                    ? i18n.text("indicators.custom.conditionWithValue", label, operator(i18n, cond.operator()), value)
                    : i18n.text("indicators.custom.conditionNoValue", label, operator(i18n, cond.operator()));
        }).reduce((a, b) -> i18n.text("indicators.custom.joined", a, b)).orElse("");
    }
}
