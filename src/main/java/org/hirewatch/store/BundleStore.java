package org.hirewatch.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.type.TypeReference;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.CaseLink;
import org.hirewatch.domain.LinkType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Reads whole cases for a bundle and writes a bundle's cases into this workspace. An import is one transaction: all
 * of its cases or none. The foreign audit history is kept beside this workspace's chain (table imported_audit), and
 * each imported case gets one "bundle.import" entry in the chain itself.
 */
public final class BundleStore {
    private static final Pattern REFERENCE = Pattern.compile("HW-(\\d{4})-(\\d{4,})");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LINES = new TypeReference<>() {
    };
    private final Workspace ws;

    private BundleStore(Workspace ws) {
        this.ws = ws;
    }

    public static BundleStore of(Workspace ws) {
        return new BundleStore(ws);
    }

    /** What to do with a bundle's case when this workspace already has a case with its id or reference. */
    public enum Mode { KEEP, REPLACE, COPY }

    /** One case to import; a COPY arrives with fresh ids already (see the bundle's remapping) and gets a new reference. */
    public record CaseImport(CaseSnapshot snapshot, Mode mode, UUID originalId) {
    }

    /** What happened to each case of an import: {@code caseId} is null when the existing case was kept. */
    public record Imported(String bundleReference, UUID caseId, String reference, Mode mode, boolean conflicted) {
    }

    /**
     * A bundle's case clashes with rows of another case here (same evidence, note or finding ids). A validation
     * failure, so that the write rolls back and the exception reaches the caller as it is.
     */
    public static final class IdClash extends org.hirewatch.domain.ValidationException {
        private final String reference;

        IdClash(String reference) {
            super(List.of(new org.hirewatch.domain.Violation("bundle", "caseBundle.error.idClash", reference)));
            this.reference = reference;
        }

        public String reference() {
            return reference;
        }
    }

    // ---- export ----

    public CaseSnapshot snapshot(UUID caseId) {
        return ws.read(h -> {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (CaseTables.Table t : CaseTables.ALL) {
                tables.put(t.name(), h.createQuery(t.select()).bind("c", caseId).map((rs, ctx) -> row(t, rs)).list());
            }
            if (tables.get("hw_case").isEmpty()) {
                throw new WorkspaceException(WorkspaceException.Reason.NOT_FOUND, caseId);
            }
            Map<UUID, byte[]> files = new LinkedHashMap<>();
            h.createQuery("SELECT id, content FROM attachment WHERE case_id = :c ORDER BY id").bind("c", caseId)
                    .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), rs.getBytes("content")))
                    .forEach(e -> files.put(e.getKey(), e.getValue()));
            String reference = (String) tables.get("hw_case").get(0).get("reference");
            return new CaseSnapshot(caseId, reference, tables, ws.audit().forCase(caseId), files, links(h, caseId));
        });
    }

    /** The confirmed links with the case at either end, as they travel. */
    private static List<Map<String, Object>> links(Handle h, UUID caseId) {
        CaseTables.Table t = CaseTables.CASE_LINK;
        return h.createQuery(t.select()).bind("c", caseId).map((rs, ctx) -> row(t, rs)).list();
    }

    private static Map<String, Object> row(CaseTables.Table t, ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (CaseTables.Column c : t.columns()) {
            Object v = switch (c.type()) {
                case UUID -> rs.getObject(c.name(), UUID.class);
                case TEXT -> rs.getString(c.name());
                case INSTANT -> Db.instant(rs, c.name());
                case DATE -> rs.getObject(c.name(), LocalDate.class);
                case BOOLEAN -> rs.getBoolean(c.name());
                case INT -> rs.getInt(c.name());
                case LONG -> rs.getLong(c.name());
                case DOUBLE -> rs.getDouble(c.name());
            };
            row.put(c.name(), rs.wasNull() ? null : CaseTables.toTravel(v));
        }
        return row;
    }

    /** Audits that these cases left the workspace in the bundle with this hash. */
    public void recordExport(List<UUID> caseIds, String bundleSha256) {
        ws.write(h -> {
            List<AuditLog.Pending> entries = new ArrayList<>();
            for (UUID id : caseIds) {
                entries.add(new AuditLog.Pending("bundle.export", "case", id, id, null,
                        Map.of("bundleSha256", bundleSha256, "cases", caseIds.size())));
            }
            ws.appendAudit(h, entries);
            return null;
        });
    }

    // ---- import ----

    /** The case here that a bundle's case would collide with: the same id, or else the same reference. */
    public Optional<ExistingCase> existing(UUID id, String reference) {
        return ws.read(h -> existing(h, id, reference).stream().findFirst());
    }

    public record ExistingCase(UUID id, String reference, String title) {
    }

    /** Whether a case with this id is here (the other end of a bundle's link, for the preview). */
    public boolean caseExists(UUID id) {
        return ws.read(h -> reference(h, id).isPresent());
    }

    private static Optional<String> reference(Handle h, UUID id) {
        return h.createQuery("SELECT reference FROM hw_case WHERE id = :id").bind("id", id).mapTo(String.class).findOne();
    }

    private static List<ExistingCase> existing(Handle h, UUID id, String reference) {
        return h.createQuery("SELECT id, reference, title FROM hw_case WHERE id = :id OR reference = :ref"
                        + " ORDER BY CASE WHEN id = :id THEN 0 ELSE 1 END")
                .bind("id", id).bind("ref", reference)
                .map((rs, ctx) -> new ExistingCase(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("title"))).list();
    }

    /**
     * What an import did: each case, the confirmed links it added, and the links it left out because the case at
     * the other end is neither in the bundle nor here.
     */
    public record Outcome(List<Imported> cases, int linksAdded, int linksWithoutOtherCase) {
    }

    /**
     * Writes the cases in one transaction, then lets the checks re-run for each imported case. The confirmed links of
     * the imported cases go in last, once every case of the bundle is in place.
     */
    public Outcome importCases(List<CaseImport> imports, String bundleSha256) {
        Outcome done = ws.write(h -> {
            List<Imported> out = new ArrayList<>();
            List<Map<String, Object>> replacedLinks = new ArrayList<>();
            List<Map<String, Object>> carried = new ArrayList<>();
            for (CaseImport ci : imports) {
                Imported i = importOne(h, ci, bundleSha256, replacedLinks);
                out.add(i);
                if (i.caseId() != null) {
                    carried.addAll(ci.snapshot().links());
                }
            }
            int[] links = insertLinks(h, carried, replacedLinks, bundleSha256);
            return new Outcome(out, links[0], links[1]);
        });
        done.cases().stream().filter(i -> i.caseId() != null).forEach(i -> ws.fireCaseChanged(i.caseId()));
        return done;
    }

    private Imported importOne(Handle h, CaseImport ci, String bundleSha256, List<Map<String, Object>> replacedLinks) {
        CaseSnapshot s = ci.snapshot();
        List<ExistingCase> clash = existing(h, s.caseId(), s.reference());
        String reference = s.reference();
        if (!clash.isEmpty()) {
            switch (ci.mode()) {
                case KEEP -> {
                    return new Imported(s.reference(), null, clash.get(0).reference(), Mode.KEEP, true);
                }
                case REPLACE -> clash.forEach(c -> {
                    // Links people confirmed here are not the bundle's to drop: they are put back afterwards.
                    replacedLinks.addAll(links(h, c.id()));
                    h.createUpdate("DELETE FROM hw_case WHERE id = :id").bind("id", c.id()).execute();
                });
                case COPY -> reference = freeCopyReference(h, s.reference());
            }
        }
        checkChildIds(h, s);
        for (CaseTables.Table t : CaseTables.ALL) {
            insert(h, t, s, reference);
        }
        keepReferenceCounterAhead(h, reference);
        List<AuditEntry> history = s.audit();
        insertHistory(h, s.caseId(), bundleSha256, history);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("bundleSha256", bundleSha256);
        after.put("reference", reference);
        after.put("bundleReference", s.reference());
        after.put("bundleCaseId", ci.originalId().toString());
        after.put("mode", clash.isEmpty() ? "NEW" : ci.mode().name());
        after.put("importedAuditEntries", history.size());
        after.put("importedAuditDigest", digest(history.stream().map(AuditEntry::hash).toList()));
        ws.appendAudit(h, "bundle.import", "case", s.caseId(), s.caseId(), null, after);
        return new Imported(s.reference(), s.caseId(), reference, clash.isEmpty() ? null : ci.mode(), !clash.isEmpty());
    }

    private static void insert(Handle h, CaseTables.Table t, CaseSnapshot s, String reference) {
        List<Map<String, Object>> rows = s.rows(t.name());
        if (rows.isEmpty()) {
            return;
        }
        boolean attachment = t.name().equals("attachment");
        List<String> cols = new ArrayList<>(t.columns().stream().map(CaseTables.Column::name).toList());
        if (attachment) {
            cols.add("content");
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO " + t.name() + " (" + String.join(", ", cols) + ") VALUES ("
                + cols.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")");
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = CaseTables.typed(t, row);
            if (t.name().equals("hw_case")) {
                values.put("reference", reference);
            }
            if (attachment) {
                values.put("content", s.attachments().get((UUID) values.get("id")));
            }
            values.forEach(batch::bind);
            batch.add();
        }
        batch.execute();
    }

    /**
     * Inserts the bundle's links whose two cases are both here now, once each (a link between two bundled cases comes
     * in both), leaving out those already here; each added link is audited in both cases as a confirmation, as
     * LinkStore.confirm does, with the bundle's hash, so either trail shows who brought it in. Then puts back the
     * links of replaced cases; one whose case did not come back (replaced by a case with another id) is audited as
     * removed. Returns {links added, links left out for want of the other case}.
     */
    private int[] insertLinks(Handle h, List<Map<String, Object>> carried, List<Map<String, Object>> replacedLinks,
                              String bundleSha256) {
        int added = 0;
        int absent = 0;
        Set<Object> seen = new java.util.HashSet<>();
        Set<Object> wasHere = new java.util.HashSet<>();
        replacedLinks.forEach(r -> wasHere.add(UUID.fromString((String) r.get("id"))));
        List<AuditLog.Pending> audit = new ArrayList<>();
        for (Map<String, Object> row : carried) {
            Map<String, Object> v = CaseTables.typed(CaseTables.CASE_LINK, row);
            if (!seen.add(v.get("id"))) {
                continue;
            }
            Optional<CaseLink> link = describe(h, v);
            if (link.isEmpty()) {
                absent++;
            } else if (!alreadyLinked(h, v)) {
                insertLink(h, v);
                if (wasHere.contains(v.get("id"))) {
                    // the replaced case had this very link: it is back, not new
                    continue;
                }
                added++;
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("link", link.get());
                after.put("bundleSha256", bundleSha256);
                audit.add(new AuditLog.Pending("link.confirm", "link", link.get().id(), link.get().caseA(), null, after));
                audit.add(new AuditLog.Pending("link.confirm", "link", link.get().id(), link.get().caseB(), null, after));
            }
        }
        for (Map<String, Object> row : replacedLinks) {
            Map<String, Object> v = CaseTables.typed(CaseTables.CASE_LINK, row);
            if (!seen.add(v.get("id"))) {
                continue;
            }
            if (describe(h, v).isPresent()) {
                if (!alreadyLinked(h, v)) {
                    insertLink(h, v);
                }
            } else {
                Map<String, Object> before = new LinkedHashMap<>(row);
                before.put("bundleSha256", bundleSha256);
                audit.add(new AuditLog.Pending("link.remove", "link", (UUID) v.get("id"), (UUID) v.get("case_a"), before,
                        null));
                audit.add(new AuditLog.Pending("link.remove", "link", (UUID) v.get("id"), (UUID) v.get("case_b"), before,
                        null));
            }
        }
        if (!audit.isEmpty()) {
            ws.appendAudit(h, audit);
        }
        return new int[] {added, absent};
    }

    /** The link with both cases' references, or empty when either case is not here. */
    private static Optional<CaseLink> describe(Handle h, Map<String, Object> v) {
        UUID a = (UUID) v.get("case_a");
        UUID b = (UUID) v.get("case_b");
        Optional<String> refA = reference(h, a);
        Optional<String> refB = reference(h, b);
        if (refA.isEmpty() || refB.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseLink((UUID) v.get("id"), a, refA.get(), b, refB.get(),
                LinkType.valueOf((String) v.get("link_type")), (String) v.get("reason"),
                Json.read((String) v.get("identifiers_json"), LINES), (String) v.get("created_by"),
                (Instant) v.get("created_at")));
    }

    /** The same link id, or the same pair of cases with the same type (LinkStore.confirm refuses that twice). */
    private static boolean alreadyLinked(Handle h, Map<String, Object> v) {
        return h.createQuery("SELECT COUNT(*) FROM case_link WHERE id = :id OR (link_type = :t AND ((case_a = :a AND"
                        + " case_b = :b) OR (case_a = :b AND case_b = :a)))")
                .bind("id", (UUID) v.get("id")).bind("t", (String) v.get("link_type")).bind("a", (UUID) v.get("case_a"))
                .bind("b", (UUID) v.get("case_b")).mapTo(Integer.class).one() > 0;
    }

    private static void insertLink(Handle h, Map<String, Object> v) {
        var insert = h.createUpdate("INSERT INTO case_link (id, case_a, case_b, link_type, reason, identifiers_json,"
                + " created_by, created_at) VALUES (:id, :case_a, :case_b, :link_type, :reason, :identifiers_json,"
                + " :created_by, :created_at)");
        v.forEach(insert::bind);
        insert.execute();
    }

    /** Evidence, notes, findings and files keep their ids unless copied; another case here must not hold them. */
    private static void checkChildIds(Handle h, CaseSnapshot s) {
        for (String table : List.of("evidence", "attachment", "note", "finding")) {
            List<UUID> ids = s.rows(table).stream().map(r -> UUID.fromString((String) r.get("id"))).toList();
            if (!ids.isEmpty() && h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = ANY(:ids)")
                    .bindArray("ids", UUID.class, ids).mapTo(Long.class).one() > 0) {
                throw new IdClash(s.reference());
            }
        }
    }

    /** "HW-2026-0007-C1", "-C2"... : the first free one. */
    private static String freeCopyReference(Handle h, String reference) {
        Set<String> taken = new java.util.HashSet<>(h.createQuery("SELECT reference FROM hw_case WHERE reference LIKE :p ESCAPE '!'")
                .bind("p", CaseStore.escapeLike(reference) + "-C%").mapTo(String.class).list());
        int n = 1;
        while (taken.contains(reference + "-C" + n)) {
            n++;
        }
        return reference + "-C" + n;
    }

    /** An imported HW-2026-0042 must not be handed out again by this workspace's own numbering. */
    private static void keepReferenceCounterAhead(Handle h, String reference) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return;
        }
        int year = Integer.parseInt(m.group(1));
        int number;
        try {
            number = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return;
        }
        Optional<Integer> last = h.createQuery("SELECT last_number FROM case_reference_counter WHERE ref_year = :y")
                .bind("y", year).mapTo(Integer.class).findOne();
        if (last.isEmpty()) {
            h.createUpdate("INSERT INTO case_reference_counter (ref_year, last_number) VALUES (:y, :n)")
                    .bind("y", year).bind("n", number).execute();
        } else if (last.get() < number) {
            h.createUpdate("UPDATE case_reference_counter SET last_number = :n WHERE ref_year = :y")
                    .bind("y", year).bind("n", number).execute();
        }
    }

    private static void insertHistory(Handle h, UUID caseId, String bundleSha256, List<AuditEntry> history) {
        if (history.isEmpty()) {
            return;
        }
        Instant now = Clock.now();
        PreparedBatch batch = h.prepareBatch("INSERT INTO imported_audit (case_id, bundle_sha256, position, seq, at, actor,"
                + " action, entity_type, entity_id, source_case_id, before_state, after_state, prev_hash, hash, imported_at)"
                + " VALUES (:case, :bundle, :pos, :seq, :at, :actor, :action, :type, :eid, :cid, :before, :after, :prev,"
                + " :hash, :now)");
        int pos = 0;
        for (AuditEntry e : history) {
            batch.bind("case", caseId).bind("bundle", bundleSha256).bind("pos", pos++).bind("seq", e.seq())
                    .bind("at", e.at()).bind("actor", e.actor()).bind("action", e.action()).bind("type", e.entityType())
                    .bind("eid", e.entityId()).bind("cid", e.caseId()).bind("before", e.before())
                    .bind("after", e.after()).bind("prev", e.prevHash()).bind("hash", e.hash()).bind("now", now).add();
        }
        batch.execute();
    }

    // ---- imported history ----

    /** One bundle's worth of a case's imported history, and whether it is still as it was exported. */
    public record ImportedHistory(String bundleSha256, List<AuditEntry> entries, boolean asExported) {
    }

    /**
     * The history that came with each bundle imported into this case. It is "as exported" when every entry's hash
     * still matches its content and the entries still give the digest that this workspace's chain recorded at import.
     */
    public List<ImportedHistory> importedHistory(UUID caseId) {
        return ws.read(h -> {
            Map<String, List<AuditEntry>> byBundle = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM imported_audit WHERE case_id = :c ORDER BY imported_at, bundle_sha256, position")
                    .bind("c", caseId).map((rs, ctx) -> Map.entry(rs.getString("bundle_sha256"), new AuditEntry(
                            rs.getLong("seq"), Db.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                            rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                            rs.getObject("source_case_id", UUID.class), rs.getString("before_state"),
                            rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"))))
                    .forEach(e -> byBundle.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<String, String> recorded = new HashMap<>();
            for (AuditEntry e : ws.audit().forCase(caseId)) {
                if (e.action().equals("bundle.import") && e.after() != null) {
                    Map<String, Object> after = Json.read(e.after(), MAP);
                    recorded.put(String.valueOf(after.get("bundleSha256")), String.valueOf(after.get("importedAuditDigest")));
                }
            }
            List<ImportedHistory> out = new ArrayList<>();
            byBundle.forEach((bundle, entries) -> out.add(new ImportedHistory(bundle, List.copyOf(entries),
                    entries.stream().allMatch(BundleStore::hashMatches)
                            && digest(entries.stream().map(AuditEntry::hash).toList()).equals(recorded.get(bundle)))));
            return out;
        });
    }

    /** Whether an audit entry's hash still covers its content (the chain's own hash function). */
    public static boolean hashMatches(AuditEntry e) {
        return e.hash().equals(AuditLog.hash(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.caseId(), e.before(), e.after(), e.prevHash()));
    }

    static String digest(List<String> hashes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(String.join("\n", hashes).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
