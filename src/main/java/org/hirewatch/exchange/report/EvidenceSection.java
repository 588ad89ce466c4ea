package org.hirewatch.exchange.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.AuditActions;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.FieldType;

/**
 * The evidence part of the report: the short form a finding cites, and each item's chain of custody (who recorded it,
 * when, from which source, its values, its files with their SHA-256, and every change the audit log holds for it).
 */
final class EvidenceSection {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Html h;
    private final ReportTexts t;
    private final Redaction red;
    private final ReportWording words;
    private final CaseReportData d;
    private final Map<UUID, Evidence> own = new HashMap<>();
    private final Map<UUID, Integer> numbers = new HashMap<>();
    private final Map<UUID, List<AuditEntry>> changes = new HashMap<>();

    EvidenceSection(Html h, ReportTexts texts, Redaction redaction, ReportWording words, CaseReportData data) {
        this.h = h;
        this.t = texts;
        this.red = redaction;
        this.words = words;
        this.d = data;
        int n = 1;
        for (Evidence e : data.evidence()) {
            own.put(e.id(), e);
            numbers.put(e.id(), n++);
        }
        Map<UUID, UUID> attachmentOwner = new HashMap<>();
        data.evidence().forEach(e -> e.attachments().forEach(a -> attachmentOwner.put(a.id(), e.id())));
        for (AuditEntry a : data.audit()) {
            UUID evidenceId = "attachment".equals(a.entityType()) ? attachmentOwner.get(a.entityId()) : a.entityId();
            if (evidenceId != null && ("evidence".equals(a.entityType()) || "attachment".equals(a.entityType()))) {
                changes.computeIfAbsent(evidenceId, k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** The items behind one finding: this case's by number and summary, other cases' by reference, kind and date only. */
    void cited(List<UUID> ids) {
        if (ids.isEmpty()) {
            h.el("p", "hint", t.text("report.finding.noEvidence"));
            return;
        }
        h.open("ul", "cited");
        for (UUID id : ids) {
            Evidence e = own.get(id);
            if (e != null) {
                h.open("li").el("span", "item-no", t.text("report.evidence.number", numbers.get(id))).text(" ")
                        .text(t.text("report.evidence.citedOwn", words.kind(e.kind()), t.time(e.observedAt()), red.mask(e.source())));
                String summary = summary(e);
                if (!summary.isEmpty()) {
                    h.br().el("span", "summary", summary);
                }
                for (AttachmentInfo a : e.attachments()) {
                    h.br().text(t.text("report.evidence.fileHash", red.mask(a.fileName()))).text(" ")
                            .el("span", "hash", a.sha256());
                }
                h.close("li");
                continue;
            }
            Evidence other = d.citedElsewhere().get(id);
            if (other != null) {
                h.el("li", t.text("report.evidence.citedOther", d.otherCases().get(other.caseId()), words.kind(other.kind()),
                        t.time(other.observedAt())));
            } else {
                h.el("li", t.text("report.evidence.citedGone", CaseReportHtml.shortId(id)));
            }
        }
        h.close("ul");
    }

    /** A few of the item's values, as the finding's reader needs them to recognise it. */
    private String summary(Evidence e) {
        List<String> parts = new ArrayList<>();
        for (EvidenceField f : e.kind().fields()) {
            if (f.type() == FieldType.MULTILINE || e.value(f.key()).isBlank()) {
                continue;
            }
            parts.add(t.text("report.evidence.fieldValue", words.field(e.kind(), f.key()), value(e, f)));
            if (parts.size() == 3) {
                break;
            }
        }
        return String.join("; ", parts);
    }

    private String value(Evidence e, EvidenceField f) {
        String v = e.value(f.key());
        if (f.type() == FieldType.HASHED) {
            return red.active() ? red.field(e.kind(), f.key(), v)
                    : t.text("casefile.evidence.hashedValue", e.value(f.key() + EvidenceDraft.LAST_CHARS_SUFFIX));
        }
        if (!f.choices().isEmpty()) {
            String key = "evidence.choice." + v;
            return t.has(key) ? t.text(key) : v;
        }
        return red.field(e.kind(), f.key(), v);
    }

    void write() {
        h.open("div", "section");
        h.el("h2", t.text("report.evidence.title", d.evidence().size()));
        h.el("p", "hint", t.text("report.evidence.intro"));
        if (d.evidence().isEmpty()) {
            h.el("p", t.text("report.evidence.none"));
        }
        for (Evidence e : d.evidence()) {
            item(e);
        }
        h.close("div");
    }

    private void item(Evidence e) {
        h.open("div", "evidence");
        h.el("h3", t.text("report.evidence.heading", numbers.get(e.id()), words.kind(e.kind()), t.time(e.observedAt())));
        h.open("table", "facts").open("colgroup").empty("col", "width", "30%").empty("col", "width", "70%")
                .close("colgroup").open("tbody");
        fact(t.text("report.evidence.recorded"), t.text("report.byAt", e.recordedBy(), t.time(e.recordedAt())));
        fact(t.text("report.evidence.observed"), t.time(e.observedAt()));
        fact(t.text("report.evidence.source"), red.mask(e.source()));
        h.open("tr").el("th", t.text("report.evidence.id")).open("td").el("span", "hash", e.id().toString()).close("td").close("tr");
        for (EvidenceField f : e.kind().fields()) {
            if (!e.value(f.key()).isBlank()) {
                h.open("tr").el("th", words.field(e.kind(), f.key())).open("td").lines(value(e, f)).close("td").close("tr");
            }
        }
        h.close("tbody").close("table");
        if (!e.attachments().isEmpty()) {
            h.el("p", "subhead", t.text("report.evidence.files", e.attachments().size()));
            h.open("table", "grid").open("colgroup").empty("col", "width", "30%").empty("col", "width", "14%")
                    .empty("col", "width", "56%").close("colgroup");
            h.open("thead").open("tr").el("th", t.text("report.column.file")).el("th", t.text("report.column.size"))
                    .el("th", t.text("report.column.sha256")).close("tr").close("thead").open("tbody");
            for (AttachmentInfo a : e.attachments()) {
                h.open("tr").open("td").text(red.mask(a.fileName())).open("br").close("br")
                        .el("span", "hint", t.text("report.evidence.fileMeta", a.mediaType(), t.time(a.addedAt()), a.addedBy()))
                        .close("td");
                h.el("td", "num", size(a.sizeBytes())).open("td").el("span", "hash", a.sha256()).close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        List<AuditEntry> history = changes.getOrDefault(e.id(), List.of());
        h.el("p", "subhead", t.text("report.evidence.history", history.size()));
        h.open("ul", "history");
        for (AuditEntry a : history) {
            String key = AuditActions.labelKey(a.action());
            h.open("li").text(t.text("report.evidence.historyEntry", t.time(a.at()), a.actor(), t.has(key) ? t.text(key) : a.action(),
                    a.seq()));
            String diff = diff(e, a);
            if (!diff.isEmpty()) {
                h.br().open("span", "summary").lines(diff).close("span");
            }
            h.close("li");
        }
        h.close("ul");
        h.close("div");
    }

    private void fact(String label, String value) {
        h.open("tr").el("th", label).el("td", value).close("tr");
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return t.text("casefile.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return t.text("casefile.size.kb", bytes / 1024.0);
        }
        return t.text("casefile.size.mb", bytes / (1024.0 * 1024.0));
    }

    /** What an update changed, field by field, from the before and after snapshots the audit entry holds. */
    private String diff(Evidence e, AuditEntry a) {
        if (a.before() == null || a.after() == null) {
            return "";
        }
        try {
            JsonNode before = JSON.readTree(a.before());
            JsonNode after = JSON.readTree(a.after());
            List<String> lines = new ArrayList<>();
            JsonNode bf = before.path("fields");
            JsonNode af = after.path("fields");
            TreeSet<String> keys = new TreeSet<>();
            bf.fieldNames().forEachRemaining(keys::add);
            af.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                String old = bf.path(k).asText("");
                String now = af.path(k).asText("");
                if (!old.equals(now) && !k.endsWith(EvidenceDraft.LAST_CHARS_SUFFIX)) {
                    lines.add(t.text("report.evidence.changedField", words.field(e.kind(), k),
                            shown(e, k, old), shown(e, k, now)));
                }
            }
            for (String k : List.of("source", "observedAt")) {
                String old = before.path(k).asText("");
                String now = after.path(k).asText("");
                if (!old.equals(now)) {
                    String label = t.text("source".equals(k) ? "report.evidence.source" : "report.evidence.observed");
                    lines.add(t.text("report.evidence.changedField", label, red.mask(old), now));
                }
            }
            return String.join("\n", lines);
        } catch (java.io.IOException | RuntimeException unreadable) {
            return t.text("report.evidence.changeUnreadable");
        }
    }

    private String shown(Evidence e, String key, String v) {
        if (v.isEmpty()) {
            return t.text("report.empty");
        }
        return e.kind().field(key).map(f -> f.type() == FieldType.HASHED && !red.active()
                ? v : red.field(e.kind(), key, v)).orElse(red.mask(v));
    }
}
