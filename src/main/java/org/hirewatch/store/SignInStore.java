package org.hirewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.SignInLog;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.jdbi.v3.core.Handle;

/**
 * Imported sign-in logs: each import is one evidence item (chain of custody) whose rows are stored in bulk in their
 * own table, in the same transaction. Also the saved CSV column mappings.
 */
public final class SignInStore {
    /** Rows per JDBC batch: big enough to amortise round trips, small enough to keep memory flat. */
    private static final int BATCH = 2000;
    private static final String INSERT_ROW = "INSERT INTO sign_in (case_id, evidence_id, line_no, signed_in_at, account,"
            + " ip, ip_norm, country, city, latitude, longitude, asn, organisation, vpn_or_proxy, device, outcome,"
            + " session_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "id, evidence_id, signed_in_at, account, ip, country, city, latitude,"
            + " longitude, asn, organisation, vpn_or_proxy, device, outcome, session_end";
    private final Workspace ws;
    private final EvidenceStore evidence;

    SignInStore(Workspace ws, EvidenceStore evidence) {
        this.ws = ws;
        this.evidence = evidence;
    }

    /**
     * Stores a log as one evidence item plus its rows, all in one transaction: every good row or nothing. Listeners
     * then hear of a sign-in change in this case, and of a cross-case change in every case that shares an address.
     */
    public Evidence importLog(UUID caseId, SignInLog log) {
        if (log.rows().isEmpty()) {
            throw new ValidationException(List.of(new Violation("rows", "signins.error.noRows")));
        }
        Instant first = null;
        Instant last = null;
        for (SignInLog.Row r : log.rows()) {
            Instant t = r.signIn().at();
            first = first == null || t.isBefore(first) ? t : first;
            last = last == null || t.isAfter(last) ? t : last;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("logFormat", log.format());
        fields.put("fileName", log.fileName());
        fields.put("fileSha256", log.sha256());
        fields.put("rowCount", String.valueOf(log.rows().size()));
        fields.put("skippedRows", String.valueOf(log.skipped()));
        fields.put("firstSignIn", first.toString());
        fields.put("lastSignIn", last.toString());
        fields.put("mappingName", log.mappingName());
        EvidenceDraft draft = new EvidenceDraft(EvidenceKind.SIGN_IN_LOG, last, log.fileName(), fields);
        ValidationException.throwIfAny(draft.validate());
        Evidence item = ws.write(h -> {
            Evidence saved = evidence.addWithin(h, caseId, draft.normalized());
            writeRows(h, caseId, saved.id(), log.rows());
            return saved;
        });
        List<WorkspaceListener.EvidenceChange> changes = new ArrayList<>();
        changes.add(new WorkspaceListener.EvidenceChange(caseId,
                new HashSet<>(Set.of(EvidenceKind.SIGN_IN_LOG, EvidenceKind.SIGN_IN_RECORD)), new HashSet<>()));
        for (UUID other : casesSharingAddresses(caseId)) {
            // no kinds: only the other case's cross-case indicators can change
            changes.add(new WorkspaceListener.EvidenceChange(other, new HashSet<>(), new HashSet<>()));
        }
        ws.fireEvidenceChanged(changes);
        return item;
    }

    private void writeRows(Handle h, UUID caseId, UUID evidenceId, List<SignInLog.Row> rows) {
        Connection c = h.getConnection();
        Map<String, int[]> perIp = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT_ROW)) {
            int pending = 0;
            for (SignInLog.Row row : rows) {
                SignIn s = row.signIn();
                String norm = normalizedIp(s.ip());
                ps.setObject(1, caseId);
                ps.setObject(2, evidenceId);
                ps.setInt(3, row.line());
                ps.setObject(4, s.at().atOffset(ZoneOffset.UTC));
                ps.setString(5, cut(s.account(), 320));
                ps.setString(6, cut(s.ip(), 64));
                ps.setString(7, cut(norm, 64));
                ps.setString(8, cut(s.country(), 100));
                ps.setString(9, cut(s.city(), 200));
                setDouble(ps, 10, s.latitude());
                setDouble(ps, 11, s.longitude());
                ps.setString(12, cut(s.asn(), 40));
                ps.setString(13, cut(s.organisation(), 200));
                if (s.vpnOrProxy() == null) {
                    ps.setNull(14, Types.BOOLEAN);
                } else {
                    ps.setBoolean(14, s.vpnOrProxy());
                }
                ps.setString(15, cut(s.device(), 500));
                ps.setString(16, s.outcome().name());
                ps.setObject(17, s.sessionEnd() == null ? null : s.sessionEnd().atOffset(ZoneOffset.UTC));
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
                if (!norm.isEmpty()) {
                    perIp.computeIfAbsent(cut(norm, 64), k -> new int[1])[0]++;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw H2Errors.translate(e, ws.folder());
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sign_in_ip (ip_norm, case_id, evidence_id, sign_ins) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, int[]> e : perIp.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setObject(2, caseId);
                ps.setObject(3, evidenceId);
                ps.setInt(4, e.getValue()[0]);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw H2Errors.translate(e, ws.folder());
        }
    }

    /** The form the identifier index keeps an address in, so that logs and typed-in records match each other. */
    public static String normalizedIp(String ip) {
        return ip == null || ip.isBlank() ? "" : Identifier.of(IdentifierKind.IP, "ipAddress", ip).normalized();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, d);
        }
    }

    // ---- reading ----

    /** A case's imported sign-ins in time order. */
    public List<SignIn> forCase(UUID caseId) {
        return ws.read(h -> {
            List<SignIn> out = new ArrayList<>();
            Map<String, String> shared = new HashMap<>();
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT " + COLUMNS
                    + " FROM sign_in WHERE evidence_id IN"
                    + " (SELECT id FROM evidence WHERE case_id = ? AND kind = 'SIGN_IN_LOG') ORDER BY signed_in_at, id")) {
                ps.setObject(1, caseId);
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs, shared));
                    }
                }
            } catch (SQLException e) {
                throw H2Errors.translate(e, ws.folder());
            }
            return out;
        });
    }

    /** Whether the case holds any imported sign-in (cheap: the rules load rows only for cases that do). */
    public boolean hasSignIns(UUID caseId) {
        return ws.read(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_ip WHERE case_id = :c")
                .bind("c", caseId).mapTo(Long.class).one() > 0
                || h.createQuery("SELECT COUNT(*) FROM evidence WHERE case_id = :c AND kind = 'SIGN_IN_LOG'")
                .bind("c", caseId).mapTo(Long.class).one() > 0);
    }

    /** Line numbers in their files of the given rows, for showing where a sign-in came from. */
    public Map<Long, Integer> lines(List<Long> rowIds) {
        if (rowIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> out = new HashMap<>();
        ws.read(h -> {
            for (int i = 0; i < rowIds.size(); i += 1000) {
                h.createQuery("SELECT id, line_no FROM sign_in WHERE id = ANY(:ids)")
                        .bindArray("ids", Long.class, rowIds.subList(i, Math.min(rowIds.size(), i + 1000)))
                        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
            }
            return null;
        });
        return out;
    }

    /** Other cases' logs that hold this address (one occurrence per log), through the per-address index. */
    public List<IdentifierOccurrence> sharing(String normalizedIp, UUID exceptCase, int limit) {
        return ws.read(h -> h.createQuery("SELECT m.case_id, c.reference, s.primary_name, m.evidence_id, m.ip_norm"
                        + " FROM sign_in_ip m JOIN hw_case c ON c.id = m.case_id LEFT JOIN subject s ON s.case_id = m.case_id"
                        + " WHERE m.ip_norm = :ip AND m.case_id <> :c ORDER BY c.reference LIMIT :limit")
                .bind("ip", normalizedIp).bind("c", exceptCase).bind("limit", limit)
                .map((rs, ctx) -> new IdentifierOccurrence(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3) == null ? "" : rs.getString(3), rs.getObject(4, UUID.class), "ipAddress",
                        IdentifierKind.IP, rs.getString(5))).list());
    }

    /** Every address of every log, once per log, for a batch run that indexes them in memory beside the identifiers. */
    public void forEachAddress(Consumer<IdentifierOccurrence> each) {
        ws.read(h -> {
            h.createQuery("SELECT case_id, evidence_id, ip_norm FROM sign_in_ip").setFetchSize(5000)
                    .map((rs, ctx) -> new IdentifierOccurrence(rs.getObject(1, UUID.class), "", "",
                            rs.getObject(2, UUID.class), "ipAddress", IdentifierKind.IP, rs.getString(3)))
                    .forEach(each);
            return null;
        });
    }

    /** Cases that share an address with this case's logs, through other logs or typed-in evidence. */
    public Set<UUID> casesSharingAddresses(UUID caseId) {
        return ws.read(h -> new HashSet<>(h.createQuery("SELECT o.case_id FROM sign_in_ip m JOIN sign_in_ip o"
                        + " ON o.ip_norm = m.ip_norm AND o.case_id <> m.case_id WHERE m.case_id = :c"
                        + " UNION SELECT i.case_id FROM sign_in_ip m JOIN evidence_identifier i ON i.kind = 'IP'"
                        + " AND i.norm_value = m.ip_norm AND i.case_id <> m.case_id WHERE m.case_id = :c")
                .bind("c", caseId).mapTo(UUID.class).list()));
    }

    private static SignIn row(ResultSet rs, Map<String, String> shared) throws SQLException {
        double lat = rs.getDouble(8);
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble(9);
        Double longitude = rs.wasNull() ? null : lon;
        boolean vpn = rs.getBoolean(12);
        Boolean vpnOrProxy = rs.wasNull() ? null : vpn;
        // Logs repeat the same accounts, places and networks on every row: keep one copy of each.
        return new SignIn(rs.getLong(1), rs.getObject(2, UUID.class), Db.instant(rs, "signed_in_at"),
                one(shared, rs.getString(4)), one(shared, rs.getString(5)), one(shared, rs.getString(6)),
                one(shared, rs.getString(7)), latitude, longitude, one(shared, rs.getString(10)),
                one(shared, rs.getString(11)), vpnOrProxy, one(shared, rs.getString(13)),
                SignIn.Outcome.valueOf(rs.getString(14)), Db.instant(rs, "session_end"));
    }

    private static String one(Map<String, String> shared, String s) {
        if (s == null) {
            return "";
        }
        String known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    // ---- saved CSV mappings ----

    /** Saved mappings by name (their JSON, as the CSV reader writes it), in name order. */
    public Map<String, String> mappings() {
        Map<String, String> out = new LinkedHashMap<>();
        ws.read(h -> {
            h.createQuery("SELECT name, mapping_json FROM sign_in_mapping ORDER BY name")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return null;
        });
        return out;
    }

    /** Saves (or replaces) a mapping under its name. */
    public void saveMapping(String name, String json) {
        String n = name == null ? "" : name.strip();
        List<Violation> problems = new ArrayList<>();
        if (n.isEmpty()) {
            problems.add(new Violation("mappingName", "validation.required"));
        }
        org.hirewatch.domain.TextRules.checkLine("mappingName", n, problems);
        ValidationException.throwIfAny(problems);
        ws.write(h -> {
            h.createUpdate("MERGE INTO sign_in_mapping (name, mapping_json, saved_at, saved_by) KEY (name)"
                            + " VALUES (:n, :j, :at, :by)")
                    .bind("n", n.length() > 100 ? n.substring(0, 100) : n).bind("j", json).bind("at", Clock.now())
                    .bind("by", ws.actor()).execute();
            return null;
        });
    }
}
