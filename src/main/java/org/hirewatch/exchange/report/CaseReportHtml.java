package org.hirewatch.exchange.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.AuditActions;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.IndicatorConfig;

/**
 * Writes one case report as XHTML, the same document for the HTML file and for the PDF. Sections follow what a reader
 * needs to judge the case: who and what, risk with its reasoning and its gaps, each finding with its evidence, then
 * the record behind it (checklist, evidence custody, notes, links, audit, catalogue).
 */
final class CaseReportHtml {
    private final CaseReportData d;
    private final ReportTexts t;
    private final Redaction red;
    private final boolean paged;
    private final ReportWording words;
    private final EvidenceSection evidence;
    private final Html h = new Html();

    CaseReportHtml(CaseReportData data, ReportTexts texts, Redaction redaction, boolean paged) {
        this.d = data;
        this.t = texts;
        this.red = redaction;
        this.paged = paged;
        this.words = new ReportWording(texts, data.config());
        this.evidence = new EvidenceSection(h, texts, redaction, words, data);
    }

    String render() {
        CaseFile c = d.caseFile();
        h.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">");
        h.open("head").markup("<meta charset=\"UTF-8\"/>");
        h.el("title", t.text("report.title.document", c.reference()));
        h.open("style").markup(ReportStyle.css(paged)).close("style");
        h.close("head").open("body");
        runningHeaderAndFooter(c);
        cover(c);
        risk();
        findings();
        checksNotRun();
        checklist();
        evidence.write();
        notes();
        links();
        audit();
        catalogue();
        if (!paged) {
            h.open("div", "doc-footer").text(confidentiality()).text(" · ")
                    .text(t.text("report.footer.generated", t.time(d.generatedAt()))).close("div");
        }
        h.close("body").close("html");
        return h.toString();
    }

    private String confidentiality() {
        return t.text(red.active() ? "report.confidential.redacted" : "report.confidential.full");
    }

    /** In the PDF these repeat on every page (running elements); the HTML shows them once at the top. */
    private void runningHeaderAndFooter(CaseFile c) {
        h.open("div", paged ? "running-header" : "doc-header");
        h.el("span", "header-ref", c.reference()).text(" · ").el("span", "header-conf", confidentiality());
        h.close("div");
        if (!paged) {
            return;
        }
        h.open("div", "running-footer");
        h.el("span", "footer-generated", t.text("report.footer.generated", t.time(d.generatedAt())));
        // "Page {0} of {1}" with the numbers filled by the PDF layout, in whatever order the language puts them.
        String pattern = t.text("report.footer.page", "\u0001", "\u0002");
        h.open("span", "footer-page");
        StringBuilder run = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '\u0001' || ch == '\u0002') {
                h.text(run.toString());
                run.setLength(0);
                h.markup(ch == '\u0001' ? "<span class=\"pageno\"></span>" : "<span class=\"pagecount\"></span>");
            } else {
                run.append(ch);
            }
        }
        h.text(run.toString()).close("span").close("div");
    }

    // ---- cover ----

    private void cover(CaseFile c) {
        h.open("div", "cover");
        h.el("p", "kicker", t.text("report.title.kicker"));
        h.el("h1", t.text("report.title.case", c.reference()));
        h.el("p", "case-title", red.mask(c.title()));
        h.open("div", red.active() ? "notice redacted" : "notice full");
        h.el("p", "notice-head", confidentiality());
        if (red.active()) {
            List<String> masked = new ArrayList<>();
            for (Redaction.Category cat : Redaction.Category.values()) {
                masked.add(red.label(cat));
            }
            h.el("p", t.text("report.redacted.what", String.join(", ", masked)));
            h.el("p", t.text("report.redacted.kept"));
        } else {
            h.el("p", t.text("report.full.notice"));
        }
        h.close("div");

        h.el("h2", t.text("report.cover.case"));
        table2();
        row(t.text("report.cover.reference"), c.reference());
        row(t.text("report.cover.status"), t.text(c.status().messageKey()));
        row(t.text("report.cover.decision"), t.text(c.decision().messageKey()));
        if (!c.decisionRationale().isBlank()) {
            rowLines(t.text("report.cover.rationale"), red.mask(c.decisionRationale()));
        }
        row(t.text("report.cover.priority"), t.text(c.priority().messageKey()));
        row(t.text("report.cover.assignee"), c.assignee().isBlank() ? t.text("report.none") : c.assignee());
        if (!c.tags().isEmpty()) {
            row(t.text("report.cover.tags"), String.join(", ", c.tags()));
        }
        row(t.text("report.cover.retention"), c.retentionDate() == null ? t.text("report.none") : c.retentionDate().toString());
        row(t.text("report.cover.legalHold"), t.text(c.legalHold() ? "report.yes" : "report.no"));
        row(t.text("report.cover.created"), t.time(c.createdAt()));
        row(t.text("report.cover.generated"), t.text("report.cover.generatedBy", t.time(d.generatedAt()), d.generatedBy()));
        row(t.text("report.cover.catalogue"), d.config().catalogue().version());
        h.close("tbody").close("table");

        Subject s = c.subject();
        h.el("h2", t.text("report.cover.subject"));
        h.el("p", "hint", t.text("report.cover.subjectHint"));
        table2();
        List<String> names = new ArrayList<>();
        for (NameSpelling n : s.names()) {
            names.add(n.source().isBlank() ? n.name() : t.text("report.cover.nameWithSource", n.name(), n.source()));
        }
        rowLines(t.text("report.cover.names"), names.isEmpty() ? t.text("report.none") : String.join("\n", names));
        optionalRow(t.text("report.cover.country"), s.claimedCountry());
        optionalRow(t.text("report.cover.city"), s.claimedCity());
        optionalRow(t.text("report.cover.timeZone"), s.claimedTimeZone());
        optionalRow(t.text("report.cover.nationality"), s.claimedNationality());
        optionalRow(t.text("report.cover.role"), s.role());
        optionalRow(t.text("report.cover.channel"), s.hiringChannel());
        optionalRow(t.text("report.cover.firm"), s.staffingFirm());
        h.close("tbody").close("table");
        h.close("div");
    }

    // ---- risk and coverage ----

    private void risk() {
        h.open("div", "section");
        h.el("h2", t.text("report.risk.title"));
        h.el("p", "fairness", t.text("findings.fairness"));
        Assessment a = d.assessment();
        if (a == null) {
            h.el("p", "banner", t.text("report.risk.neverChecked"));
            h.close("div");
            return;
        }
        if (a.band() == RiskBand.INCONCLUSIVE) {
            h.el("p", "banner", t.text("findings.inconclusive"));
        }
        table2();
        row(t.text("report.risk.score"), t.text("report.risk.scoreValue", a.score(), t.text(a.band().messageKey())));
        row(t.text("report.risk.findings"), t.text("report.risk.findingsValue", a.openFindings(), a.confirmedFindings()));
        row(t.text("report.risk.coverage"), t.text("findings.coverage", a.evaluated(), a.applicable(), a.coveragePercent()));
        row(t.text("report.risk.notRun"), Integer.toString(a.notEvaluated().size()));
        row(t.text("report.risk.assessed"), t.time(a.assessedAt()));
        h.close("tbody").close("table");
        h.el("h3", t.text("report.risk.why"));
        h.el("p", "hint", t.text("report.risk.method"));
        if (a.contributions().isEmpty()) {
            h.el("p", t.text("report.risk.noContributions"));
        } else {
            h.open("table", "grid").open("colgroup");
            for (String w : List.of("40%", "14%", "16%", "10%", "10%", "10%")) {
                h.empty("col", "width", w);
            }
            h.close("colgroup").open("thead").open("tr");
            for (String k : List.of("report.column.indicator", "report.column.state", "report.column.mode",
                    "report.column.weight", "report.column.factor", "report.column.points")) {
                h.el("th", t.text(k));
            }
            h.close("tr").close("thead").open("tbody");
            for (Assessment.Contribution ct : a.contributions()) {
                h.open("tr");
                h.el("td", words.label(ct.indicatorId()));
                h.el("td", t.text(ct.state().messageKey()));
                h.el("td", ct.mode() == CheckMode.ASSISTED && ct.state() == FindingState.OPEN
                        ? t.text("findings.mode.candidate") : t.text(ct.mode().messageKey()));
                h.el("td", "num", t.text("report.number", ct.weight()));
                h.el("td", "num", t.text("report.number", ct.factor()));
                h.el("td", "num", t.text("report.number", ct.points()));
                h.close("tr");
            }
            h.open("tr", "total").el("td", t.text("report.risk.total")).el("td", "").el("td", "").el("td", "").el("td", "")
                    .el("td", "num", t.text("report.number", a.score())).close("tr");
            h.close("tbody").close("table");
        }
        h.close("div");
    }

    // ---- findings ----

    private void findings() {
        h.open("div", "section");
        h.el("h2", t.text("report.findings.title", d.findings().size()));
        if (d.findings().isEmpty()) {
            h.el("p", t.text("report.findings.none"));
        }
        for (Finding f : d.findings()) {
            h.open("div", "finding").open("div", "finding-head");
            h.el("h3", words.label(f.indicatorId()));
            h.el("p", "explanation", red.mask(words.explanation(f)));
            table2();
            row(t.text("report.finding.severity"), t.text(f.severity().messageKey()));
            row(t.text("report.finding.mode"), words.mode(f));
            row(t.text("report.finding.state"), words.state(f));
            if (f.state() != FindingState.OPEN || !f.reviewReason().isBlank()) {
                rowLines(t.text("report.finding.reason"), f.reviewReason().isBlank() ? t.text("report.none") : red.mask(f.reviewReason()));
                row(t.text("report.finding.reviewed"), t.text("report.byAt", f.reviewedBy(), t.time(f.reviewedAt())));
            }
            row(t.text("report.finding.raised"), t.text("report.finding.raisedValue", t.time(f.raisedAt()), f.catalogueVersion()));
            h.close("tbody").close("table").close("div");
            h.el("p", "subhead", t.text("report.finding.evidence", f.evidenceIds().size()));
            evidence.cited(f.evidenceIds());
            h.close("div");
        }
        h.close("div");
    }

    private void checksNotRun() {
        h.open("div", "section");
        h.el("h2", t.text("report.notRun.title"));
        Assessment a = d.assessment();
        if (a == null) {
            h.el("p", t.text("report.risk.neverChecked"));
            h.close("div");
            return;
        }
        if (a.notEvaluated().isEmpty()) {
            h.el("p", t.text("findings.coverage.complete"));
            h.close("div");
            return;
        }
        h.el("p", t.text("report.notRun.intro", a.notEvaluated().size()));
        h.open("table", "grid").open("colgroup").empty("col", "width", "45%").empty("col", "width", "55%").close("colgroup");
        h.open("thead").open("tr").el("th", t.text("report.column.indicator")).el("th", t.text("report.column.needs"))
                .close("tr").close("thead").open("tbody");
        for (Assessment.MissingCheck m : a.notEvaluated()) {
            h.open("tr").el("td", words.label(m.indicatorId())).open("td");
            List<String> needs = new ArrayList<>();
            boolean manual = d.config().catalogue().isManual(m.indicatorId());
            m.missing().forEach(n -> needs.add(words.need(n, manual)));
            h.lines(needs.isEmpty() ? t.text("findings.need.unknown") : String.join("\n", needs));
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.close("div");
    }

    private void checklist() {
        h.open("div", "section");
        h.el("h2", t.text("report.checklist.title"));
        List<IndicatorConfig.Active> manual = d.config().enabled().stream()
                .filter(a -> a.definition().mode() == CheckMode.MANUAL).toList();
        if (manual.isEmpty()) {
            h.el("p", t.text("report.checklist.none"));
            h.close("div");
            return;
        }
        h.open("table", "grid").open("colgroup").empty("col", "width", "36%").empty("col", "width", "12%")
                .empty("col", "width", "30%").empty("col", "width", "22%").close("colgroup");
        h.open("thead").open("tr");
        for (String k : List.of("report.column.question", "report.column.answer", "report.column.comment", "report.column.answeredBy")) {
            h.el("th", t.text(k));
        }
        h.close("tr").close("thead").open("tbody");
        for (IndicatorConfig.Active m : manual) {
            ChecklistAnswer answer = d.answers().get(m.id());
            h.open("tr").open("td").el("span", "id", m.id()).text(" ").text(words.question(m.id())).close("td");
            h.el("td", answer == null ? t.text("report.checklist.notAnswered") : t.text(answer.answer().messageKey()));
            h.open("td").lines(answer == null ? "" : red.mask(answer.comment())).close("td");
            h.el("td", answer == null ? "" : t.text("report.byAt", answer.answeredBy(), t.time(answer.answeredAt())));
            h.close("tr");
        }
        h.close("tbody").close("table");
        h.close("div");
    }

    private void notes() {
        h.open("div", "section");
        h.el("h2", t.text("report.notes.title", d.notes().size()));
        if (d.notes().isEmpty()) {
            h.el("p", t.text("report.notes.none"));
        }
        for (Note n : d.notes()) {
            h.open("div", "note");
            String about = t.text(n.target().messageKey());
            String meta = n.edited()
                    ? t.text("report.notes.metaEdited", t.time(n.createdAt()), n.createdBy(), about, t.time(n.updatedAt()), n.updatedBy())
                    : t.text("report.notes.meta", t.time(n.createdAt()), n.createdBy(), about);
            h.el("p", "meta", meta);
            h.open("p", "body").lines(red.mask(n.body())).close("p");
            h.close("div");
        }
        h.close("div");
    }

    private void links() {
        h.open("div", "section");
        h.el("h2", t.text("report.links.title"));
        if (d.links().isEmpty()) {
            h.el("p", t.text("report.links.none"));
            h.close("div");
            return;
        }
        h.open("table", "grid").open("colgroup").empty("col", "width", "18%").empty("col", "width", "24%")
                .empty("col", "width", "18%").empty("col", "width", "40%").close("colgroup");
        h.open("thead").open("tr");
        for (String k : List.of("report.column.reference", "report.column.subject", "report.column.link", "report.column.why")) {
            h.el("th", t.text(k));
        }
        h.close("tr").close("thead").open("tbody");
        for (LinkedCase l : d.links()) {
            h.open("tr").el("td", l.reference()).el("td", l.subjectName()).el("td", l.linkType());
            h.open("td").lines(red.mask(l.reason())).close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.close("div");
    }

    private void audit() {
        h.open("div", "section");
        h.el("h2", t.text("report.audit.title"));
        AuditVerification v = d.verification();
        h.el("p", v.intact() ? "verified" : "banner", v.intact()
                ? t.text("report.audit.intact", v.entriesChecked())
                : t.text("report.audit.broken", v.entriesChecked(), v.firstBrokenSeq(), t.text(v.problem())));
        List<AuditEntry> entries = d.audit();
        if (entries.isEmpty()) {
            h.el("p", t.text("report.audit.none"));
            h.close("div");
            return;
        }
        AuditEntry first = entries.get(0);
        AuditEntry last = entries.get(entries.size() - 1);
        h.el("p", t.text("report.audit.span", entries.size(), t.time(first.at()), t.time(last.at())));
        h.open("p").text(t.text("report.audit.lastHash", last.seq())).text(" ").el("span", "hash", last.hash()).close("p");
        Map<String, Integer> byAction = new TreeMap<>();
        Map<String, java.util.Set<String>> actors = new TreeMap<>();
        for (AuditEntry e : entries) {
            byAction.merge(e.action(), 1, Integer::sum);
            actors.computeIfAbsent(e.action(), k -> new java.util.TreeSet<>()).add(e.actor());
        }
        h.open("table", "grid").open("colgroup").empty("col", "width", "45%").empty("col", "width", "15%")
                .empty("col", "width", "40%").close("colgroup");
        h.open("thead").open("tr").el("th", t.text("report.column.action")).el("th", t.text("report.column.entries"))
                .el("th", t.text("report.column.actors")).close("tr").close("thead").open("tbody");
        for (Map.Entry<String, Integer> e : byAction.entrySet()) {
            String key = AuditActions.labelKey(e.getKey());
            h.open("tr").el("td", t.has(key) ? t.text(key) : e.getKey()).el("td", "num", Integer.toString(e.getValue()))
                    .el("td", String.join(", ", actors.get(e.getKey()))).close("tr");
        }
        h.close("tbody").close("table");
        h.close("div");
    }

    private void catalogue() {
        h.open("div", "section");
        h.el("h2", t.text("report.catalogue.title"));
        String version = d.config().catalogue().version();
        h.el("p", t.text("report.catalogue.version", version, d.config().catalogue().published()));
        java.util.Set<String> others = new java.util.TreeSet<>();
        d.findings().stream().map(Finding::catalogueVersion).filter(v -> v != null && !v.equals(version)).forEach(others::add);
        if (d.assessment() != null && !version.equals(d.assessment().catalogueVersion())) {
            others.add(d.assessment().catalogueVersion());
        }
        if (!others.isEmpty()) {
            h.el("p", "banner", t.text("report.catalogue.others", String.join(", ", others)));
        }
        long custom = d.config().enabled().stream().filter(a -> a.definition().isCustom()).count();
        h.el("p", t.text("report.catalogue.enabled", d.config().enabled().size(), custom));
        h.close("div");
    }

    // ---- small table helpers ----

    private void table2() {
        h.open("table", "facts").open("colgroup").empty("col", "width", "30%").empty("col", "width", "70%")
                .close("colgroup").open("tbody");
    }

    private void row(String label, String value) {
        h.open("tr").el("th", label).el("td", value).close("tr");
    }

    private void rowLines(String label, String value) {
        h.open("tr").el("th", label).open("td").lines(value).close("td").close("tr");
    }

    private void optionalRow(String label, String value) {
        row(label, value == null || value.isBlank() ? t.text("report.notClaimed") : value);
    }

    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
