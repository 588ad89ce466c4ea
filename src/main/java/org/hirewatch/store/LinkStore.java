package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hirewatch.domain.CaseLink;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.LinkSettings;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;

/**
 * What links cases: look-ups in the identifier index (exact values and near keys), the workspace's link settings and
 * warning lists, and the case-to-case links people confirmed. Every change is audited; a confirmed link and its
 * removal appear in both cases' audit trails.
 */
public final class LinkStore {
    private static final TypeReference<List<String>> LINES = new TypeReference<>() {
    };
    private final Workspace ws;

    LinkStore(Workspace ws) {
        this.ws = ws;
    }

    /** One identifier in the index, with its case and evidence item. */
    public record Held(UUID caseId, String reference, String subjectName, UUID evidenceId, EvidenceKind evidenceKind,
                       String field, IdentifierKind kind, String value, String normalized, String nearKey) {
    }

    // ---- the identifier index ----

    private static final String HELD = "SELECT i.case_id, c.reference, s.primary_name, i.evidence_id, e.kind AS ekind,"
            + " i.field, i.kind, i.raw_value, i.norm_value, i.near_key FROM evidence_identifier i"
            + " JOIN hw_case c ON c.id = i.case_id LEFT JOIN subject s ON s.case_id = i.case_id"
            + " JOIN evidence e ON e.id = i.evidence_id";

    /** The identifiers of one case (served by index evidence_identifier_case). */
    public List<Held> identifiersOf(UUID caseId) {
        return ws.read(h -> h.createQuery(HELD + " WHERE i.case_id = :c ORDER BY i.kind, i.norm_value")
                .bind("c", caseId).map((rs, ctx) -> held(rs)).list());
    }

    /**
     * Other cases' identifiers with one of these kinds and this normalised value, at most {@code limit} rows (served
     * by index evidence_identifier_value on (kind, norm_value)).
     */
    public List<Held> holders(Collection<IdentifierKind> kinds, String normalized, UUID exceptCase, int limit) {
        return ws.read(h -> h.createQuery(HELD + " WHERE i.kind IN (<kinds>) AND i.norm_value = :n AND i.case_id <> :c"
                        + " LIMIT :limit")
                .bindList("kinds", kinds.stream().map(Enum::name).toList()).bind("n", normalized).bind("c", exceptCase)
                .bind("limit", limit).map((rs, ctx) -> held(rs)).list());
    }

    /** Other cases' identifiers of this kind with this near key (index evidence_identifier_near), at most {@code limit}. */
    public List<Held> nearHolders(IdentifierKind kind, String nearKey, UUID exceptCase, int limit) {
        return ws.read(h -> h.createQuery(HELD + " WHERE i.kind = :k AND i.near_key = :n AND i.case_id <> :c LIMIT :limit")
                .bind("k", kind.name()).bind("n", nearKey).bind("c", exceptCase).bind("limit", limit)
                .map((rs, ctx) -> held(rs)).list());
    }

    /** A value shared by at least two cases, with how many cases hold it. */
    public record SharedValue(IdentifierKind kind, String normalized, int cases) {
    }

    /** Every value held by two or more cases: the edges of the workspace's link graph come from these. */
    public void forEachSharedValue(Consumer<SharedValue> each) {
        ws.read(h -> {
            h.createQuery("SELECT kind, norm_value, COUNT(DISTINCT case_id) FROM evidence_identifier"
                            + " WHERE kind <> 'TEXT_FINGERPRINT' GROUP BY kind, norm_value HAVING COUNT(DISTINCT case_id) > 1")
                    .setFetchSize(5000)
                    .map((rs, ctx) -> new SharedValue(IdentifierKind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3)))
                    .forEach(each);
            return null;
        });
    }

    /** All holders of a set of values, read in one pass per kind. */
    public List<Held> holdersOfAll(IdentifierKind kind, Collection<String> normalized) {
        if (normalized.isEmpty()) {
            return List.of();
        }
        return ws.read(h -> h.createQuery(HELD + " WHERE i.kind = :k AND i.norm_value = ANY(:ns)")
                .bind("k", kind.name()).bindArray("ns", String.class, List.copyOf(normalized))
                .map((rs, ctx) -> held(rs)).list());
    }

    private static Held held(ResultSet rs) throws SQLException {
        String name = rs.getString(3);
        return new Held(rs.getObject(1, UUID.class), rs.getString(2), name == null ? "" : name, rs.getObject(4, UUID.class),
                EvidenceKind.valueOf(rs.getString(5)), rs.getString(6), IdentifierKind.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), rs.getString(10));
    }

    // ---- settings ----

    public LinkSettings settings() {
        return ws.read(LinkStore::settings);
    }

    static LinkSettings settings(Handle h) {
        Map<String, String> s = new LinkedHashMap<>();
        h.createQuery("SELECT setting_key, setting_value FROM link_setting")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> s.put(e.getKey(), e.getValue()));
        LinkSettings d = LinkSettings.defaults();
        try {
            return new LinkSettings(s.getOrDefault("defaultRegion", d.defaultRegion()),
                    Boolean.parseBoolean(s.getOrDefault("networkMatches", String.valueOf(d.networkMatches()))),
                    Integer.parseInt(s.getOrDefault("frequencyCap", String.valueOf(d.frequencyCap()))),
                    Double.parseDouble(s.getOrDefault("nameSimilarity", String.valueOf(d.nameSimilarity()))),
                    Integer.parseInt(s.getOrDefault("textDistance", String.valueOf(d.textDistance()))));
        } catch (NumberFormatException e) {
            return d;
        }
    }

    /**
     * Saves the settings (the caller has checked them); audited with before and after. A new phone region
     * re-normalises the index at once.
     */
    public LinkSettings saveSettings(LinkSettings settings) {
        LinkSettings saved = ws.write(h -> {
            LinkSettings before = settings(h);
            Map<String, String> values = Map.of("defaultRegion", settings.defaultRegion(),
                    "networkMatches", String.valueOf(settings.networkMatches()),
                    "frequencyCap", String.valueOf(settings.frequencyCap()),
                    "nameSimilarity", String.valueOf(settings.nameSimilarity()),
                    "textDistance", String.valueOf(settings.textDistance()));
            values.forEach((k, v) -> h.createUpdate("MERGE INTO link_setting (setting_key, setting_value) KEY (setting_key)"
                    + " VALUES (:k, :v)").bind("k", k).bind("v", v).execute());
            ws.appendAudit(h, "link.settings", "workspace", null, null, before, settings);
            return settings;
        });
        IdentifierIndex.bringUpToDate(ws);
        return saved;
    }

    // ---- warning lists ----

    public List<WarningEntry> warnings() {
        return ws.read(h -> h.createQuery("SELECT * FROM warning_entry ORDER BY list_name, match_kind, norm_value")
                .map((rs, ctx) -> warning(rs)).list());
    }

    /** Adds a value (already normalised by the caller); a value already listed is refused. */
    public WarningEntry addWarning(WarningEntry.WarningList list, String matchKind, String value, String normalized,
                                   String note) {
        return ws.write(h -> {
            boolean listed = h.createQuery("SELECT COUNT(*) FROM warning_entry WHERE match_kind = :k AND norm_value = :n")
                    .bind("k", matchKind).bind("n", normalized).mapTo(Integer.class).one() > 0;
            if (listed) {
                throw new ValidationException(List.of(new Violation("value", "links.warning.duplicate")));
            }
            WarningEntry e = new WarningEntry(UUID.randomUUID(), list, matchKind, value, normalized, note, ws.actor(),
                    Clock.now());
            h.createUpdate("INSERT INTO warning_entry (id, list_name, match_kind, raw_value, norm_value, note, added_by,"
                            + " added_at) VALUES (:id, :l, :k, :r, :n, :note, :by, :at)")
                    .bind("id", e.id()).bind("l", list.name()).bind("k", matchKind).bind("r", value).bind("n", normalized)
                    .bind("note", note).bind("by", e.addedBy()).bind("at", e.addedAt()).execute();
            ws.appendAudit(h, "link.warning.add", "warning", e.id(), null, null, e);
            return e;
        });
    }

    public void removeWarning(UUID id) {
        ws.write(h -> {
            WarningEntry before = h.createQuery("SELECT * FROM warning_entry WHERE id = :id").bind("id", id)
                    .map((rs, ctx) -> warning(rs)).findOne().orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, id));
            h.createUpdate("DELETE FROM warning_entry WHERE id = :id").bind("id", id).execute();
            ws.appendAudit(h, "link.warning.remove", "warning", id, null, before, null);
            return null;
        });
    }

    private static WarningEntry warning(ResultSet rs) throws SQLException {
        return new WarningEntry(rs.getObject("id", UUID.class), WarningEntry.WarningList.valueOf(rs.getString("list_name")),
                rs.getString("match_kind"), rs.getString("raw_value"), rs.getString("norm_value"), rs.getString("note"),
                rs.getString("added_by"), Db.instant(rs, "added_at"));
    }

    // ---- confirmed links ----

    private static final String LINK = "SELECT l.*, ca.reference AS ref_a, cb.reference AS ref_b FROM case_link l"
            + " JOIN hw_case ca ON ca.id = l.case_a JOIN hw_case cb ON cb.id = l.case_b";

    public List<CaseLink> linksOf(UUID caseId) {
        return ws.read(h -> h.createQuery(LINK + " WHERE l.case_a = :c UNION ALL " + LINK + " WHERE l.case_b = :c")
                .bind("c", caseId).map((rs, ctx) -> link(rs)).list());
    }

    public List<CaseLink> allLinks() {
        return ws.read(h -> h.createQuery(LINK + " ORDER BY l.created_at").map((rs, ctx) -> link(rs)).list());
    }

    /**
     * Confirms a link between two cases. Refused when the reason is blank, the cases are the same, or the pair is
     * already linked with this type.
     */
    public CaseLink confirm(UUID caseA, UUID caseB, LinkType type, String reason, List<String> identifiers) {
        List<Violation> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new Violation("type", "validation.required"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "validation.required"));
        }
        if (caseA.equals(caseB)) {
            problems.add(new Violation("case", "links.confirm.sameCase"));
        }
        ValidationException.throwIfAny(problems);
        return ws.write(h -> {
            String refA = CaseStore.load(h, caseA).reference();
            String refB = CaseStore.load(h, caseB).reference();
            boolean exists = h.createQuery("SELECT COUNT(*) FROM case_link WHERE link_type = :t AND ((case_a = :a AND"
                            + " case_b = :b) OR (case_a = :b AND case_b = :a))")
                    .bind("t", type.name()).bind("a", caseA).bind("b", caseB).mapTo(Integer.class).one() > 0;
            if (exists) {
                throw new ValidationException(List.of(new Violation("type", "links.confirm.exists")));
            }
            CaseLink link = new CaseLink(UUID.randomUUID(), caseA, refA, caseB, refB, type, reason.strip(), identifiers,
                    ws.actor(), Clock.now());
            h.createUpdate("INSERT INTO case_link (id, case_a, case_b, link_type, reason, identifiers_json, created_by,"
                            + " created_at) VALUES (:id, :a, :b, :t, :r, :ids, :by, :at)")
                    .bind("id", link.id()).bind("a", caseA).bind("b", caseB).bind("t", type.name()).bind("r", link.reason())
                    .bind("ids", Json.write(link.identifiers())).bind("by", link.createdBy()).bind("at", link.createdAt())
                    .execute();
            ws.appendAudit(h, List.of(new AuditLog.Pending("link.confirm", "link", link.id(), caseA, null, link),
                    new AuditLog.Pending("link.confirm", "link", link.id(), caseB, null, link)));
            return link;
        });
    }

    /** Removes a confirmed link; audited in both cases with the link as it was. */
    public CaseLink remove(UUID linkId) {
        return ws.write(h -> {
            CaseLink before = h.createQuery(LINK + " WHERE l.id = :id").bind("id", linkId).map((rs, ctx) -> link(rs))
                    .findOne().orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, linkId));
            h.createUpdate("DELETE FROM case_link WHERE id = :id").bind("id", linkId).execute();
            ws.appendAudit(h, List.of(new AuditLog.Pending("link.remove", "link", linkId, before.caseA(), before, null),
                    new AuditLog.Pending("link.remove", "link", linkId, before.caseB(), before, null)));
            return before;
        });
    }

    public Optional<CaseLink> link(UUID linkId) {
        return ws.read(h -> h.createQuery(LINK + " WHERE l.id = :id").bind("id", linkId).map((rs, ctx) -> link(rs)).findOne());
    }

    private static CaseLink link(ResultSet rs) throws SQLException {
        return new CaseLink(rs.getObject("id", UUID.class), rs.getObject("case_a", UUID.class), rs.getString("ref_a"),
                rs.getObject("case_b", UUID.class), rs.getString("ref_b"), LinkType.valueOf(rs.getString("link_type")),
                rs.getString("reason"), Json.read(rs.getString("identifiers_json"), LINES), rs.getString("created_by"),
                Db.instant(rs, "created_at"));
    }
}
