package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /**
     * Settings and warning lists are read on every link look-up and check run but change rarely, and only through this
     * store: kept here and dropped on every save.
     */
    private volatile LinkSettings cachedSettings;
    private volatile List<WarningEntry> cachedWarnings;

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

    /**
     * One of a case's values with the other cases' evidence holding it: exactly (URLs and handles together), and by
     * near key, with how many other cases were seen holding it each way (within the row limit given to
     * {@link #matchesOf}). A value seen in more other cases than the cap lists only the first cap + 1 of them.
     */
    public record ValueMatches(IdentifierKind kind, String normalized, String nearKey, List<Held> exact, int exactCases,
                               List<Held> near, int nearCases) {
    }

    /** A case's own identifiers and, per distinct value, what other cases share. */
    public record CaseMatches(List<Held> mine, List<ValueMatches> values) {
    }

    // One self-join per look-up: the case's distinct values, each with at most :rows other holders per match kind.
    // H2 has no LATERAL, so the per-value limit lives in correlated ARRAY subqueries; each is an equality look-up in
    // evidence_identifier_value (kind, norm_value) or evidence_identifier_near (kind, near_key) and returns the
    // holder's identifier columns, so they need not be read again. An IN over kinds would not use the index, hence a
    // separate subquery for the URL/handle partner kind.
    private static final String HOLDER = "ARRAY[CAST(t.case_id AS VARCHAR), CAST(t.evidence_id AS VARCHAR), t.field,"
            + " t.kind, t.raw_value, t.norm_value, t.near_key] FROM evidence_identifier t";

    /** Public so the link benchmark can print its plan. */
    public static final String MATCH_KEYS = "SELECT m.kind, m.norm_value, m.near_key,"
            + " ARRAY(SELECT " + HOLDER + " WHERE t.kind = m.kind AND t.norm_value = m.norm_value AND t.case_id <> :c"
            + "  LIMIT :rows) AS ex,"
            + " CASE WHEN m.kind IN ('URL', 'HANDLE') THEN ARRAY(SELECT " + HOLDER
            + "  WHERE t.kind = CASE m.kind WHEN 'URL' THEN 'HANDLE' ELSE 'URL' END"
            + "  AND t.norm_value = m.norm_value AND t.case_id <> :c LIMIT :rows) END AS alt,"
            + " CASE WHEN m.near_key IS NULL OR (m.kind = 'IP' AND NOT :net) THEN NULL ELSE ARRAY(SELECT " + HOLDER
            + "  WHERE t.kind = m.kind AND t.near_key = m.near_key AND t.case_id <> :c LIMIT :rows) END AS nr"
            + " FROM (SELECT DISTINCT kind, norm_value, near_key FROM evidence_identifier WHERE case_id = :c) m"
            + " ORDER BY m.kind, m.norm_value";

    /** An identifier row of another case as the self-join returns it, before its case and evidence details. */
    private record Row(UUID caseId, UUID evidenceId, String field, IdentifierKind kind, String value, String normalized,
                       String nearKey) {
        Held with(Details d) {
            return new Held(caseId, d.reference(), d.subjectName(), evidenceId, d.evidenceKind(), field, kind, value,
                    normalized, nearKey);
        }
    }

    private record Details(String reference, String subjectName, EvidenceKind evidenceKind) {
    }

    private record Side(List<Row> rows, int cases) {
        /** The rows of the first {@code cap + 1} cases: enough to show a common value as common. */
        static Side of(List<Row> all, int cap) {
            Set<UUID> cases = new LinkedHashSet<>();
            all.forEach(r -> cases.add(r.caseId()));
            if (cases.size() <= cap + 1) {
                return new Side(all, cases.size());
            }
            Set<UUID> kept = new java.util.HashSet<>(List.copyOf(cases).subList(0, cap + 1));
            return new Side(all.stream().filter(r -> kept.contains(r.caseId())).toList(), cases.size());
        }
    }

    private record Keys(IdentifierKind kind, String normalized, String nearKey, Side exact, Side near) {
    }

    /**
     * Everything {@code caseId} shares with other cases, in two reads: the matches (one self-join), then the case,
     * subject and evidence details of the case's own identifiers and of the matches kept. Near keys of IPs are matched
     * only when {@code networkMatches}.
     */
    public CaseMatches matchesOf(UUID caseId, int rows, int cap, boolean networkMatches) {
        return ws.read(h -> {
            List<Keys> keys = h.createQuery(MATCH_KEYS).bind("c", caseId).bind("rows", rows).bind("net", networkMatches)
                    .map((rs, ctx) -> {
                        List<Row> exact = new ArrayList<>(rows(rs.getArray("ex")));
                        exact.addAll(rows(rs.getArray("alt")));
                        return new Keys(IdentifierKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                                Side.of(exact, cap), Side.of(rows(rs.getArray("nr")), cap));
                    }).list();
            Set<UUID> evidence = new LinkedHashSet<>();
            keys.forEach(k -> {
                k.exact().rows().forEach(r -> evidence.add(r.evidenceId()));
                k.near().rows().forEach(r -> evidence.add(r.evidenceId()));
            });
            List<Held> mine = h.createQuery(HELD + " WHERE i.case_id = :c ORDER BY i.kind, i.norm_value")
                    .bind("c", caseId).map((rs, ctx) -> held(rs)).list();
            Map<UUID, Details> details = new HashMap<>();
            if (!evidence.isEmpty()) {
                h.createQuery("SELECT e.id, c.reference, s.primary_name, e.kind FROM evidence e"
                                + " JOIN hw_case c ON c.id = e.case_id LEFT JOIN subject s ON s.case_id = e.case_id"
                                + " WHERE e.id = ANY(:ev)")
                        .bindArray("ev", UUID.class, List.copyOf(evidence))
                        .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new Details(rs.getString(2),
                                rs.getString(3) == null ? "" : rs.getString(3), EvidenceKind.valueOf(rs.getString(4)))))
                        .forEach(e -> details.put(e.getKey(), e.getValue()));
            }
            List<ValueMatches> values = keys.stream().map(k -> new ValueMatches(k.kind(), k.normalized(), k.nearKey(),
                    resolve(k.exact().rows(), details), k.exact().cases(), resolve(k.near().rows(), details),
                    k.near().cases())).toList();
            return new CaseMatches(mine, values);
        });
    }

    private static List<Row> rows(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Row> out = new ArrayList<>(values.length);
        for (Object v : values) {
            Object[] r = (Object[]) (v instanceof java.sql.Array inner ? inner.getArray() : v);
            out.add(new Row(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), (String) r[2],
                    IdentifierKind.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6]));
        }
        return out;
    }

    private static List<Held> resolve(List<Row> rows, Map<UUID, Details> details) {
        return rows.stream().filter(r -> details.containsKey(r.evidenceId())).map(r -> r.with(details.get(r.evidenceId())))
                .toList();
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
        LinkSettings s = cachedSettings;
        if (s == null) {
            s = ws.read(LinkStore::settings);
            cachedSettings = s;
        }
        return s;
    }

    private void forgetCached() {
        cachedSettings = null;
        cachedWarnings = null;
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
        forgetCached();
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
        forgetCached();
        IdentifierIndex.bringUpToDate(ws);
        return saved;
    }

    // ---- warning lists ----

    public List<WarningEntry> warnings() {
        List<WarningEntry> w = cachedWarnings;
        if (w == null) {
            w = List.copyOf(ws.read(h -> h.createQuery("SELECT * FROM warning_entry ORDER BY list_name, match_kind, norm_value")
                    .map((rs, ctx) -> warning(rs)).list()));
            cachedWarnings = w;
        }
        return w;
    }

    /** Adds a value (already normalised by the caller); a value already listed is refused. */
    public WarningEntry addWarning(WarningEntry.WarningList list, String matchKind, String value, String normalized,
                                   String note) {
        forgetCached();
        try {
            return addWarningNow(list, matchKind, value, normalized, note);
        } finally {
            forgetCached();
        }
    }

    private WarningEntry addWarningNow(WarningEntry.WarningList list, String matchKind, String value, String normalized,
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
        forgetCached();
        try {
            removeWarningNow(id);
        } finally {
            forgetCached();
        }
    }

    private void removeWarningNow(UUID id) {
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
