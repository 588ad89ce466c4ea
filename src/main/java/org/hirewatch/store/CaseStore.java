package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;
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
        return ws.write(h -> {
            UUID id = UUID.randomUUID();
            Instant now = Clock.now();
            String reference = nextReference(h, now.atZone(ZoneOffset.UTC).getYear());
            h.createUpdate("INSERT INTO hw_case (id, reference, title, status, decision, decision_rationale, priority,"
                            + " assignee, retention_date, legal_hold, created_at, updated_at, version) VALUES (:id, :ref,"
                            + " :title, :status, :decision, :rationale, :priority, :assignee, :retention, :hold, :now, :now, 1)")
                    .bind("id", id).bind("ref", reference).bindMap(columns(d)).bind("now", now).execute();
            writeTags(h, id, d.tags());
            writeSubject(h, id, d.subject(), false);
            CaseFile created = load(h, id);
            ws.appendAudit(h, "case.create", "case", id, id, null, created);
            return created;
        });
    }

    /**
     * Saves new details. {@code expectedVersion} is the version the user edited; if someone saved in between,
     * the save is refused rather than silently overwriting their change.
     */
    public CaseFile update(UUID id, int expectedVersion, CaseDetails details) {
        CaseDetails d = clean(details);
        List<Violation> problems = new ArrayList<>(d.validate());
        return ws.write(h -> {
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
            return after;
        });
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

    /** The case list: newest change first, filtered by status, tag, assignee and free text. */
    public List<CaseSummary> list(CaseQuery q) {
        StringBuilder sql = new StringBuilder(
                "SELECT c.id, c.reference, c.title, s.primary_name, c.status, c.priority, c.assignee, c.updated_at,"
                        + " c.legal_hold, (SELECT COUNT(*) FROM evidence e WHERE e.case_id = c.id) AS evidence_count"
                        + " FROM hw_case c LEFT JOIN subject s ON s.case_id = c.id WHERE 1 = 1");
        if (q.status() != null) {
            sql.append(" AND c.status = :status");
        }
        if (!q.assignee().isEmpty()) {
            sql.append(" AND c.assignee = :assignee");
        }
        if (!q.tag().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM case_tag t WHERE t.case_id = c.id AND t.tag = :tag)");
        }
        if (!q.text().isEmpty()) {
            sql.append(" AND (LOWER(c.reference) LIKE :like ESCAPE '!' OR LOWER(c.title) LIKE :like ESCAPE '!'"
                    + " OR LOWER(s.names_text) LIKE :like ESCAPE '!'"
                    + " OR EXISTS (SELECT 1 FROM evidence_identifier i WHERE i.case_id = c.id"
                    + "   AND (LOWER(i.raw_value) LIKE :like ESCAPE '!' OR i.norm_value LIKE :like ESCAPE '!'))"
                    + " OR EXISTS (SELECT 1 FROM note n WHERE n.case_id = c.id AND LOWER(n.body) LIKE :like ESCAPE '!'))");
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
            if (!q.text().isEmpty()) {
                query.bind("like", "%" + escapeLike(q.text().toLowerCase(Locale.ROOT)) + "%");
            }
            Map<UUID, List<String>> tags = allTags(h);
            return query.setFetchSize(2000).map((rs, ctx) -> summary(rs, tags)).list();
        });
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

    private static String nextReference(Handle h, int year) {
        Optional<Integer> last = h.createQuery("SELECT last_number FROM case_reference_counter WHERE ref_year = :y")
                .bind("y", year).mapTo(Integer.class).findOne();
        int next = last.orElse(0) + 1;
        if (last.isPresent()) {
            h.createUpdate("UPDATE case_reference_counter SET last_number = :n WHERE ref_year = :y")
                    .bind("n", next).bind("y", year).execute();
        } else {
            h.createUpdate("INSERT INTO case_reference_counter (ref_year, last_number) VALUES (:y, :n)")
                    .bind("n", next).bind("y", year).execute();
        }
        return String.format(Locale.ROOT, "HW-%d-%04d", year, next);
    }

    private static void writeTags(Handle h, UUID id, List<String> tags) {
        for (String tag : tags) {
            h.createUpdate("INSERT INTO case_tag (case_id, tag) VALUES (:id, :tag)").bind("id", id).bind("tag", tag).execute();
        }
    }

    private static void writeSubject(Handle h, UUID caseId, Subject s, boolean replace) {
        if (replace) {
            h.createUpdate("DELETE FROM subject WHERE case_id = :id").bind("id", caseId).execute();
        }
        h.createUpdate("INSERT INTO subject (case_id, primary_name, names_json, names_text, claimed_country, claimed_city,"
                        + " claimed_time_zone, claimed_nationality, job_role, hiring_channel, staffing_firm) VALUES (:id,"
                        + " :primary, :json, :text, :country, :city, :tz, :nationality, :role, :channel, :firm)")
                .bind("id", caseId).bind("primary", s.primaryName()).bind("json", Json.write(s.names()))
                .bind("text", s.names().stream().map(NameSpelling::name).collect(Collectors.joining("\n")))
                .bind("country", s.claimedCountry()).bind("city", s.claimedCity()).bind("tz", s.claimedTimeZone())
                .bind("nationality", s.claimedNationality()).bind("role", s.role()).bind("channel", s.hiringChannel())
                .bind("firm", s.staffingFirm()).execute();
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

    private static CaseSummary summary(ResultSet rs, Map<UUID, List<String>> tags) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String name = rs.getString("primary_name");
        return new CaseSummary(id, rs.getString("reference"), rs.getString("title"), name == null ? "" : name,
                CaseStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getString("assignee"), tags.getOrDefault(id, List.of()), rs.getInt("evidence_count"),
                Db.instant(rs, "updated_at"), rs.getBoolean("legal_hold"));
    }

    private static Map<UUID, List<String>> allTags(Handle h) {
        Map<UUID, List<String>> out = new HashMap<>();
        h.createQuery("SELECT case_id, tag FROM case_tag ORDER BY tag").map((rs, ctx) -> {
            out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        }).forEach(x -> { });
        return out;
    }
}
