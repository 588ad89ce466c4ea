package org.hirewatch.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.Subject;
import org.hirewatch.exchange.applicants.Applicant;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.IndicatorDefinition;
import org.hirewatch.indicators.Source;
import org.hirewatch.training.DemoCase;
import org.hirewatch.ui.common.I18n;

/** How the training screens word a demo case: its claims, its evidence items and the indicators' guidance. */
final class CaseTexts {
    private final I18n i18n;
    private final Catalogue catalogue;

    CaseTexts(I18n i18n, Catalogue catalogue) {
        this.i18n = i18n;
        this.catalogue = catalogue;
    }

    String text(String key, Object... args) {
        return i18n.text(key, args);
    }

    String caseLabel(DemoCase c) {
        return i18n.text("training.caseLabel", c.id(), c.name(), c.expected().title());
    }

    String claims(DemoCase c) {
        Subject s = c.applicant().subject();
        List<String> names = s.names().stream().map(n -> i18n.text("training.claims.name", n.name(), n.source())).toList();
        return i18n.text("training.claims", String.join(", ", names), s.claimedCity(), s.claimedCountry(),
                s.claimedTimeZone(), s.role(), s.hiringChannel());
    }

    String evidenceTitle(Applicant.Item item) {
        EvidenceDraft d = item.draft();
        return i18n.text("training.evidence.title", i18n.text(d.kind().messageKey()), d.source(), item.id());
    }

    String evidenceBody(Applicant.Item item) {
        EvidenceDraft d = item.draft();
        List<String> lines = new ArrayList<>();
        for (EvidenceField f : d.kind().fields()) {
            String value = d.fields().getOrDefault(f.key(), "");
            if (value.isBlank()) {
                continue;
            }
            String shown = f.choices().contains(value) ? i18n.text("evidence.choice." + value) : value;
            // continuation lines of multi-line values (CV text, skills) are indented under their label
            lines.add(i18n.text("training.evidence.line", i18n.text(f.labelKey()), shown.replace("\n", "\n    ")));
        }
        return String.join("\n", lines);
    }

    String title(String indicatorId) {
        return catalogue.indicator(indicatorId).map(d -> i18n.text(d.titleKey())).orElse(indicatorId);
    }

    String indicatorLabel(String indicatorId) {
        return i18n.text("training.indicatorLabel", indicatorId, title(indicatorId));
    }

    String explanation(Finding f) {
        return f.args().isEmpty() ? i18n.text(f.messageKey()) : i18n.text(f.messageKey(), f.args().toArray());
    }

    String verify(String indicatorId) {
        return i18n.text("indicator." + indicatorId + ".verify");
    }

    String innocent(String indicatorId) {
        return i18n.text("indicator." + indicatorId + ".innocent");
    }

    String sources(String indicatorId) {
        IndicatorDefinition d = catalogue.indicator(indicatorId).orElse(null);
        if (d == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String key : d.sourceKeys()) {
            Source s = catalogue.source(key).orElse(null);
            lines.add(s == null ? key : i18n.text("training.source", s.key(), s.title(), s.date()));
        }
        return String.join("\n", lines);
    }

    /** Everything a trainee may look at before answering: the claims, then every evidence item. */
    String dossier(DemoCase c) {
        StringBuilder sb = new StringBuilder(claims(c));
        for (Applicant.Item item : c.applicant().evidence()) {
            sb.append("\n\n").append(evidenceTitle(item)).append('\n').append(evidenceBody(item));
        }
        Map<String, Applicant.Answer> answers = c.applicant().checklist();
        answers.forEach((id, a) -> {
            if (!a.comment().isBlank()) {
                sb.append("\n\n").append(i18n.text("training.dossier.note", a.comment()));
            }
        });
        return sb.toString();
    }
}
