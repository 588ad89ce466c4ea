package org.hirewatch.ui.indicators;

import java.util.List;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.indicators.IndicatorDefinition;
import org.hirewatch.ui.common.I18n;

/**
 * What the details pane says about one indicator, already translated. Texts a kind of indicator lacks (guidance for
 * custom ones, the question for automatic ones) are empty, and the pane hides them.
 */
public record IndicatorDetails(String id, String title, String summary, String description, String verify,
                               String innocent, String question, List<String> needs, List<String> sources,
                               boolean custom) {

    static IndicatorDetails of(IndicatorConfig.Active a, Catalogue catalogue, I18n i18n) {
        IndicatorDefinition d = a.definition();
        String summary = i18n.text("indicators.details.summary", d.id(), IndicatorTexts.category(i18n, d.category()),
                i18n.text(d.severity().messageKey()), i18n.text(d.mode().messageKey()), IndicatorTexts.weight(a.weight()));
        if (d.crossCase()) {
            summary = summary + " " + i18n.text("indicators.details.crossCase");
        }
        if (a.custom() != null) {
            String kind = a.custom().kind() == null ? "" : i18n.text(a.custom().kind().messageKey());
            return new IndicatorDetails(d.id(), IndicatorTexts.title(i18n, d), summary,
                    i18n.text("indicators.custom.describe", kind, IndicatorTexts.conditions(i18n, a.custom())), "", "", "",
                    IndicatorTexts.needs(i18n, d), List.of(), true);
        }
        String base = "indicator." + d.id();
        return new IndicatorDetails(d.id(), IndicatorTexts.title(i18n, d), summary, i18n.text(base + ".description"),
                i18n.text(base + ".verify"), i18n.text(base + ".innocent"),
                d.mode() == CheckMode.MANUAL ? i18n.text(base + ".question") : "", IndicatorTexts.needs(i18n, d),
                IndicatorTexts.sources(i18n, catalogue, d), false);
    }
}
