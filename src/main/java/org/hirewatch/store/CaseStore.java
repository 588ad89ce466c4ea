package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.RiskFilter;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** Cases and their subjects. */
public final class CaseStore {
    private static final TypeReference<List<NameSpelling>> NAMES = new TypeReference<>() {
    };
    private final Workspace ws;

    CaseStore(Workspace ws) {
        this.ws = ws;
    }

    public CaseFile create(CaseDetails details) {
        CaseDetails d = clean(details);
        ValidationException.throwIfAny(d.validate());
        CaseFile made = ws.write(h -> {
            UUID id = UUID.randomUUID();
            Instant now = Clock.now();
            String reference = nextReference(h, now.atZone(ZoneOffset.UTC).getYear());
            h.createUpdate(INSERT_CASE)
                    .bind("id", id).bind("ref", reference).bindMap(columns(d)).bind("now", now).execute();
            writeTags(h, id, d.tags());
            writeSubject(h, id, d.subject(), false);
            CaseFile created = load(h, id);
            ws.appendAudit(h, "case.create", "case", id, id, null, created);
            return created;
        });
        ws.fireCaseChanged(made.id());
        return made;
    }

    /**
     * Creates many cases in one transaction (imports, generated demo or test data): all are saved or none. Each case
     * gets its own reference and its own audit entry, the same as {@link #create} gives it. Violations name the
     * item as {@code cases[i].field}. Callers choose the batch size: one transaction holds all of its cases in memory.
     */
    public List<CaseFile> createAll(List<CaseDetails> details) {
        List<CaseDetails> cleaned = cleanAll(details);
        if (cleaned.isEmpty()) {
            return List.of();
        }
        return ws.write(h -> insertAll(h, cleaned));
    }

    /** The details cleaned as {@link #create} cleans them; violations name the item as {@code cases[i].field}. */
    static List<CaseDetails> cleanAll(List<CaseDetails> details) {
        List<CaseDetails> cleaned = new ArrayList<>(details.size());
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            CaseDetails d = clean(details.get(i));
            for (Violation v : d.validate()) {
                problems.add(new Violation("cases[" + i + "]." + v.field(), v.messageKey(), v.args()));
            }
            cleaned.add(d);
        }
        ValidationException.throwIfAny(problems);
        return cleaned;
    }

    /** Inserts cleaned cases inside the caller's transaction, each with its audit entry. */
    List<CaseFile> insertAll(Handle h, List<CaseDetails> cleaned) {
        Instant now = Clock.now();
        List<String> references = nextReferences(h, now.atZone(ZoneOffset.UTC).getYear(), cleaned.size());
        PreparedBatch cases = h.prepareBatch(INSERT_CASE);
        PreparedBatch subjects = h.prepareBatch(INSERT_SUBJECT);
        PreparedBatch tags = h.prepareBatch(INSERT_TAG);
        List<UUID> ids = new ArrayList<>(cleaned.size());
        for (int i = 0; i < cleaned.size(); i++) {
            CaseDetails d = cleaned.get(i);
            UUID id = UUID.randomUUID();
            ids.add(id);
            cases.bind("id", id).bind("ref", references.get(i)).bindMap(columns(d)).bind("now", now).add();
            subjects.bindMap(subjectColumns(id, d.subject())).add();
            for (String tag : d.tags()) {
                tags.bind("id", id).bind("tag", tag).add();
            }
        }
        cases.execute();
        subjects.execute();
        if (tags.size() > 0) {
            tags.execute();
        }
        List<CaseFile> created = new ArrayList<>(ids.size());
        List<AuditLog.Pending> audit = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            CaseFile c = load(h, id);
            created.add(c);
            audit.add(new AuditLog.Pending("case.create", "case", id, id, null, c));
        }
        ws.appendAudit(h, audit);
        return created;
    }

    /**
     * Saves new details. {@code expectedVersion} is the version the user edited; if someone saved in between,
     * the save is refused rather than silently overwriting their change.
     */
    public CaseFile update(UUID id, int expectedVersion, CaseDetails details) {
        CaseDetails d = clean(details);
        List<Violation> problems = new ArrayList<>(d.validate());
        boolean[] subjectChanged = new boolean[1];
        CaseFile updated = ws.write(h -> {
            CaseFile before = load(h, id);
            if (before.version() != expectedVersion) {
                throw new WorkspaceException(Reason.CHANGED_ELSEWHERE, before.reference());
            }
            if (!before.status().canMoveTo(d.status())) {
                problems.add(new Violation("status", "validation.statusTransition", before.status().messageKey(),
                        d.status().messageKey()));
            }
            ValidationException.throwIfAny(problems);
            h.createUpdate("UPDATE hw_case SET title = :title, status = :status, decision = :decision,"
                            + " decision_rationale = :rationale, priority = :priority, assignee = :assignee,"
                            + " retention_date = :retention, legal_hold = :hold, updated_at = :now, version = version + 1"
                            + " WHERE id = :id")
                    .bindMap(columns(d)).bind("now", Clock.now()).bind("id", id).execute();
            h.createUpdate("DELETE FROM case_tag WHERE case_id = :id").bind("id", id).execute();
            writeTags(h, id, d.tags());
            writeSubject(h, id, d.subject(), true);
            CaseFile after = load(h, id);
            ws.appendAudit(h, before.status() != after.status() ? "case.status" : "case.update", "case", id, id,
                    before, after);
            subjectChanged[0] = !before.subject().equals(after.subject());
            return after;
        });
        if (subjectChanged[0]) {
            ws.fireCaseChanged(id);
        }
        return updated;
    }

    public CaseFile get(UUID id) {
        return ws.read(h -> load(h, id));
    }

    public Optional<CaseFile> findByReference(String reference) {
        return ws.read(h -> h.createQuery("SELECT id FROM hw_case WHERE reference = :r")
                .bind("r", reference.strip().toUpperCase(Locale.ROOT)).mapTo(UUID.class).findOne()
                .map(id -> load(h, id)));
    }

    public long count() {
        return ws.read(h -> h.createQuery("SELECT COUNT(*) FROM hw_case").mapTo(Long.class).one());
    }

    /**
     * Results of at least this many rows take subject names, evidence counts and tags from one pass over each table;
     * smaller ones look them up by case id. Per-row joins cost an index look-up and, in an encrypted file whose pages do
     * not fit H2's cache, a page decryption per row: with 100,000 cases that made the full list 20 times slower.
     */
    static int bulkThreshold = 500;

    /** The case list: newest change first, filtered by status, tag, assignee, risk and free text. */
    public List<CaseSummary> list(CaseQuery q) {
        StringBuilder sql = new StringBuilder("SELECT c.id, c.reference, c.title, c.status, c.priority, c.assignee,"
                + " c.updated_at, c.legal_hold FROM hw_case c WHERE 1 = 1");
        if (q.status() != null) {
            sql.append(" AND c.status = :status");
        }
        if (!q.assignee().isEmpty()) {
            sql.append(" AND c.assignee = :assignee");
        }
        if (!q.tag().isEmpty()) {
            sql.append(" AND c.id IN (SELECT t.case_id FROM case_tag t WHERE t.tag = :tag)");
        }
        if (q.risk() == RiskFilter.NOT_CHECKED) {
            sql.append(" AND c.id NOT IN (SELECT a.case_id FROM case_assessment a)");
        } else if (q.risk() != null) {
            sql.append(" AND c.id IN (SELECT a.case_id FROM case_assessment a WHERE a.band = :band)");
        }
        if (!q.text().isEmpty()) {
            // One scan of each table rather than correlated look-ups per case. The outer SELECT DISTINCT matters: with
            // "IN (... UNION ...)" directly, H2 2.5 runs the union again for each matching row.
            sql.append(" AND c.id IN (SELECT DISTINCT m.id FROM (SELECT id FROM hw_case WHERE LOWER(reference) LIKE :like"
                    + " ESCAPE '!' OR LOWER(title) LIKE :like ESCAPE '!'"
                    + " UNION SELECT case_id FROM subject WHERE LOWER(names_text) LIKE :like ESCAPE '!'"
                    + " UNION SELECT case_id FROM evidence_identifier WHERE LOWER(raw_value) LIKE :like ESCAPE '!'"
                    + " OR norm_value LIKE :like ESCAPE '!'"
                    + " UNION SELECT case_id FROM note WHERE LOWER(body) LIKE :like ESCAPE '!') m)");
        }
        sql.append(" ORDER BY c.updated_at DESC, c.reference DESC LIMIT :limit");
        return ws.read(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", q.limit());
            if (q.status() != null) {
                query.bind("status", q.status().name());
            }
            if (!q.assignee().isEmpty()) {
                query.bind("assignee", q.assignee());
            }
            if (!q.tag().isEmpty()) {
                query.bind("tag", q.tag());
            }
            if (q.risk() != null && q.risk().band() != null) {
                query.bind("band", q.risk().band().name());
            }
            if (!q.text().isEmpty()) {
                query.bind("like", "%" + escapeLike(q.text().toLowerCase(Locale.ROOT)) + "%");
            }
            List<CaseSummary> rows = query.setFetchSize(2000).map((rs, ctx) -> summary(rs)).list();
            if (rows.isEmpty()) {
                return rows;
            }
            boolean bulk = rows.size() >= bulkThreshold;
            List<UUID> ids = bulk ? List.of() : rows.stream().map(CaseSummary::id).toList();
            Map<UUID, String> names = new HashMap<>();
            perCase(h, "SELECT case_id, primary_name FROM subject", "", ids)
                    .forEach(r -> names.put(r.getKey(), (String) r.getValue()));
            Map<UUID, Integer> counts = new HashMap<>();
            perCase(h, "SELECT case_id, COUNT(*) FROM evidence", " GROUP BY case_id", ids)
                    .forEach(r -> counts.put(r.getKey(), ((Number) r.getValue()).intValue()));
            Map<UUID, List<String>> tags = new HashMap<>();
            perCase(h, "SELECT case_id, tag FROM case_tag", " ORDER BY tag", ids)
                    .forEach(r -> tags.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add((String) r.getValue()));
            Map<UUID, Risk> risks = new HashMap<>();
            perCase(h, "SELECT case_id, band, open_findings, coverage_pct FROM case_assessment", "", ids,
                    rs -> new Risk(RiskBand.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4)))
                    .forEach(r -> risks.put(r.getKey(), r.getValue()));
            List<CaseSummary> out = new ArrayList<>(rows.size());
            for (CaseSummary r : rows) {
                Risk risk = risks.getOrDefault(r.id(), Risk.NOT_CHECKED);
                out.add(new CaseSummary(r.id(), r.reference(), r.title(), names.getOrDefault(r.id(), ""), r.status(),
                        r.priority(), r.assignee(), tags.getOrDefault(r.id(), List.of()), counts.getOrDefault(r.id(), 0),
                        r.updatedAt(), r.legalHold(), risk.band(), risk.open(), risk.coverage()));
            }
            return out;
        });
    }

    /** A case's latest assessment as the list shows it; a case never checked has no band. */
    private record Risk(RiskBand band, int open, int coverage) {
        static final Risk NOT_CHECKED = new Risk(null, 0, 0);
    }

    /** A value read from the columns after the case id of a per-case query's row. */
    @FunctionalInterface
    private interface RowValue<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** (case id, value) pairs of a two-column query, for all cases ({@code ids} empty) or for the given ones. */
    private static List<Map.Entry<UUID, Object>> perCase(Handle h, String select, String tail, List<UUID> ids) {
        return perCase(h, select, tail, ids, rs -> rs.getObject(2));
    }

    /** As above, with the value built from the row's other columns (one look-up instead of one per column). */
    private static <T> List<Map.Entry<UUID, T>> perCase(Handle h, String select, String tail, List<UUID> ids,
                                                        RowValue<T> value) {
        Query query = h.createQuery(select + (ids.isEmpty() ? "" : " WHERE case_id = ANY(:ids)") + tail);
        if (!ids.isEmpty()) {
            query.bindArray("ids", UUID.class, ids);
        }
        return query.setFetchSize(2000).map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), value.read(rs))).list();
    }

    public List<String> tags() {
        return ws.read(h -> h.createQuery("SELECT DISTINCT tag FROM case_tag ORDER BY tag").mapTo(String.class).list());
    }

    public List<String> assignees() {
        return ws.read(h -> h.createQuery("SELECT DISTINCT assignee FROM hw_case WHERE assignee <> '' ORDER BY assignee")
                .mapTo(String.class).list());
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static CaseDetails clean(CaseDetails d) {
        List<String> tags = d.tags().stream().map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        List<NameSpelling> names = d.subject().names().stream()
                .map(n -> new NameSpelling(n.name().strip(), n.source().strip()))
                .filter(n -> !n.name().isEmpty()).toList();
        Subject s = d.subject();
        Subject subject = new Subject(names, s.claimedCountry().strip(), s.claimedCity().strip(),
                s.claimedTimeZone().strip(), s.claimedNationality().strip(), s.role().strip(), s.hiringChannel().strip(),
                s.staffingFirm().strip());
        return new CaseDetails(d.title(), d.status(), d.decision(), d.decisionRationale(), d.priority(), d.assignee(),
                tags, d.retentionDate(), d.legalHold(), subject);
    }

    private static Map<String, Object> columns(CaseDetails d) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", d.title());
        m.put("status", d.status().name());
        m.put("decision", d.decision().name());
        m.put("rationale", d.decisionRationale());
        m.put("priority", d.priority().name());
        m.put("assignee", d.assignee());
        m.put("retention", d.retentionDate());
        m.put("hold", d.legalHold());
        return m;
    }

    private static final String INSERT_CASE = "INSERT INTO hw_case (id, reference, title, status, decision,"
            + " decision_rationale, priority, assignee, retention_date, legal_hold, created_at, updated_at, version) VALUES"
            + " (:id, :ref, :title, :status, :decision, :rationale, :priority, :assignee, :retention, :hold, :now, :now, 1)";
    private static final String INSERT_TAG = "INSERT INTO case_tag (case_id, tag) VALUES (:id, :tag)";
    private static final String INSERT_SUBJECT = "INSERT INTO subject (case_id, primary_name, names_json, names_text,"
            + " claimed_country, claimed_city, claimed_time_zone, claimed_nationality, job_role, hiring_channel, staffing_firm)"
            + " VALUES (:id, :primary, :json, :text, :country, :city, :tz, :nationality, :role, :channel, :firm)";

    private static String nextReference(Handle h, int year) {
        return nextReferences(h, year, 1).get(0);
    }

    /** Reserves {@code count} consecutive reference numbers of the year. */
    private static List<String> nextReferences(Handle h, int year, int count) {
        Optional<Integer> last = h.createQuery("SELECT last_number FROM case_reference_counter WHERE ref_year = :y")
                .bind("y", year).mapTo(Integer.class).findOne();
        int first = last.orElse(0) + 1;
        int end = last.orElse(0) + count;
        if (last.isPresent()) {
            h.createUpdate("UPDATE case_reference_counter SET last_number = :n WHERE ref_year = :y")
                    .bind("n", end).bind("y", year).execute();
        } else {
            h.createUpdate("INSERT INTO case_reference_counter (ref_year, last_number) VALUES (:y, :n)")
                    .bind("n", end).bind("y", year).execute();
        }
        List<String> out = new ArrayList<>(count);
        for (int n = first; n <= end; n++) {
            out.add(String.format(Locale.ROOT, "HW-%d-%04d", year, n));
        }
        return out;
    }

    private static void writeTags(Handle h, UUID id, List<String> tags) {
        for (String tag : tags) {
            h.createUpdate(INSERT_TAG).bind("id", id).bind("tag", tag).execute();
        }
    }

    private static void writeSubject(Handle h, UUID caseId, Subject s, boolean replace) {
        if (replace) {
            h.createUpdate("DELETE FROM subject WHERE case_id = :id").bind("id", caseId).execute();
        }
        h.createUpdate(INSERT_SUBJECT).bindMap(subjectColumns(caseId, s)).execute();
    }

    private static Map<String, Object> subjectColumns(UUID caseId, Subject s) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", caseId);
        m.put("primary", s.primaryName());
        m.put("json", Json.write(s.names()));
        m.put("text", s.names().stream().map(NameSpelling::name).collect(Collectors.joining("\n")));
        m.put("country", s.claimedCountry());
        m.put("city", s.claimedCity());
        m.put("tz", s.claimedTimeZone());
        m.put("nationality", s.claimedNationality());
        m.put("role", s.role());
        m.put("channel", s.hiringChannel());
        m.put("firm", s.staffingFirm());
        return m;
    }

    static CaseFile load(Handle h, UUID id) {
        List<String> tags = h.createQuery("SELECT tag FROM case_tag WHERE case_id = :id ORDER BY tag").bind("id", id)
                .mapTo(String.class).list();
        return h.createQuery("SELECT c.*, s.names_json, s.claimed_country, s.claimed_city, s.claimed_time_zone,"
                        + " s.claimed_nationality, s.job_role, s.hiring_channel, s.staffing_firm"
                        + " FROM hw_case c LEFT JOIN subject s ON s.case_id = c.id WHERE c.id = :id")
                .bind("id", id).map((rs, ctx) -> caseFile(rs, tags)).findOne()
                .orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, id));
    }

    /** Every case with its subject (tags left out), in one query: for runs over the whole workspace. */
    static List<CaseFile> loadAll(Handle h) {
        return h.createQuery("SELECT c.*, s.names_json, s.claimed_country, s.claimed_city, s.claimed_time_zone,"
                        + " s.claimed_nationality, s.job_role, s.hiring_channel, s.staffing_firm"
                        + " FROM hw_case c LEFT JOIN subject s ON s.case_id = c.id ORDER BY c.id")
                .setFetchSize(2000).map((rs, ctx) -> caseFile(rs, List.of())).list();
    }

    /** These cases with their subjects (tags left out), in one query: for re-checking the cases a change affects. */
    static List<CaseFile> loadAll(Handle h, Collection<UUID> ids) {
        return h.createQuery("SELECT c.*, s.names_json, s.claimed_country, s.claimed_city, s.claimed_time_zone,"
                        + " s.claimed_nationality, s.job_role, s.hiring_channel, s.staffing_firm"
                        + " FROM hw_case c LEFT JOIN subject s ON s.case_id = c.id WHERE c.id = ANY(:ids) ORDER BY c.id")
                .bindArray("ids", UUID.class, List.copyOf(ids)).map((rs, ctx) -> caseFile(rs, List.of())).list();
    }

    private static CaseFile caseFile(ResultSet rs, List<String> tags) throws SQLException {
        String namesJson = rs.getString("names_json");
        Subject subject = namesJson == null ? Subject.empty() : new Subject(Json.read(namesJson, NAMES),
                rs.getString("claimed_country"), rs.getString("claimed_city"), rs.getString("claimed_time_zone"),
                rs.getString("claimed_nationality"), rs.getString("job_role"), rs.getString("hiring_channel"),
                rs.getString("staffing_firm"));
        return new CaseFile(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                CaseStatus.valueOf(rs.getString("status")), Decision.valueOf(rs.getString("decision")),
                rs.getString("decision_rationale"), Priority.valueOf(rs.getString("priority")), rs.getString("assignee"),
                tags, rs.getObject("retention_date", LocalDate.class), rs.getBoolean("legal_hold"), subject,
                Db.instant(rs, "created_at"), Db.instant(rs, "updated_at"), rs.getInt("version"));
    }

    /** A list row without subject name, tags, evidence count and risk, which {@link #list} adds. */
    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"), "",
                CaseStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getString("assignee"), List.of(), 0, Db.instant(rs, "updated_at"), rs.getBoolean("legal_hold"),
                null, 0, 0);
    }
}
