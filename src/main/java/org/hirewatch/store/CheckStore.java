package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingDraft;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.IndicatorEvaluation;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.Severity;
import org.hirewatch.domain.TextRules;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * What indicator checks read and write: case data for the rules, the identifier index across cases, findings with
 * their reviews, checklist answers and each case's assessment.
 * <p>
 * Saving a run merges it with the stored findings: a finding raised again on the same evidence keeps its review; one
 * whose evidence changed is reopened; one no longer raised is kept inactive so its review can come back with it.
 */
public final class CheckStore {
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<UUID>> UUIDS = new TypeReference<>() {
    };
    private static final TypeReference<List<IndicatorEvaluation>> EVALUATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Assessment.Contribution>> CONTRIBUTIONS = new TypeReference<>() {
    };
    private final Workspace ws;

    CheckStore(Workspace ws) {
        this.ws = ws;
    }

    /** Computes a case's assessment from its active findings and the latest evaluation of each indicator. */
    @FunctionalInterface
    public interface Assessor {
        Assessment assess(UUID caseId, List<Finding> activeFindings, Collection<IndicatorEvaluation> evaluations);
    }

    /** A case as the rules see it. */
    public record CaseInput(CaseFile caseFile, List<Evidence> evidence, Map<String, ChecklistAnswer> answers) {
    }

    /**
     * One case's check result: the findings raised by the indicators in {@code scope} (all when null).
     * {@code resultHash} identifies the results of a run of all indicators (null otherwise, or when unknown): a run
     * over all cases leaves a case alone when its stored results carry the same hash.
     */
    public record CaseResult(UUID caseId, Set<String> scope, List<FindingDraft> raised,
                             List<IndicatorEvaluation> evaluations, String resultHash) {

        public CaseResult(UUID caseId, Set<String> scope, List<FindingDraft> raised,
                          List<IndicatorEvaluation> evaluations) {
            this(caseId, scope, raised, evaluations, null);
        }

        /** The hash to store: only a run of every indicator describes all of a case's results. */
        String storedHash() {
            return scope == null && resultHash != null ? resultHash : "";
        }
    }

    // ---- reading for the rules ----

    public CaseInput loadCase(UUID caseId) {
        return ws.read(h -> new CaseInput(CaseStore.load(h, caseId), evidenceOf(h, caseId), answers(h, caseId)));
    }

    /**
     * Several cases as the rules see them, in three queries whatever their number: re-checking the cases one change
     * affects (up to dozens sharing an address) loads them together. Cases that do not exist are left out.
     */
    public Map<UUID, CaseInput> loadCases(Collection<UUID> caseIds) {
        Map<UUID, CaseInput> out = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(caseIds));
        return ws.read(h -> {
            Map<UUID, List<Evidence>> evidence = new HashMap<>();
            h.createQuery("SELECT * FROM evidence WHERE case_id = ANY(:ids) ORDER BY case_id, observed_at, recorded_at")
                    .bindArray("ids", UUID.class, ids).map((rs, ctx) -> evidence(rs, rs.getObject("case_id", UUID.class)))
                    .forEach(e -> evidence.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e));
            Map<UUID, Map<String, ChecklistAnswer>> answers = new HashMap<>();
            h.createQuery("SELECT * FROM checklist_answer WHERE case_id = ANY(:ids)").bindArray("ids", UUID.class, ids)
                    .map((rs, ctx) -> answer(rs))
                    .forEach(a -> answers.computeIfAbsent(a.caseId(), k -> new HashMap<>()).put(a.indicatorId(), a));
            Map<UUID, CaseFile> cases = new HashMap<>();
            CaseStore.loadAll(h, ids).forEach(c -> cases.put(c.id(), c));
            for (UUID id : ids) {
                CaseFile c = cases.get(id);
                if (c != null) {
                    out.put(id, new CaseInput(c, evidence.getOrDefault(id, List.of()), answers.getOrDefault(id, Map.of())));
                }
            }
            return out;
        });
    }

    /**
     * Streams every case with its evidence, in one pass over each table (no per-case queries): the batch run over
     * all cases reads the evidence rows once, as a plain JDBC read would.
     */
    public void forEachCase(Consumer<CaseInput> each) {
        ws.read(h -> {
            Map<UUID, CaseFile> cases = new LinkedHashMap<>();
            for (CaseFile c : CaseStore.loadAll(h)) {
                cases.put(c.id(), c);
            }
            Map<UUID, Map<String, ChecklistAnswer>> answers = new HashMap<>();
            h.createQuery("SELECT * FROM checklist_answer").map((rs, ctx) -> answer(rs))
                    .forEach(a -> answers.computeIfAbsent(a.caseId(), k -> new HashMap<>()).put(a.indicatorId(), a));
            // Streamed: the consumer saves through other connections, never through this one.
            Db.streaming(h, () -> {
                try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT id, case_id, kind, observed_at,"
                        + " recorded_at, recorded_by, source, payload, version FROM evidence ORDER BY case_id")) {
                    ps.setFetchSize(5000);
                    try (ResultSet rs = ps.executeQuery()) {
                        UUID current = null;
                        List<Evidence> items = new ArrayList<>();
                        while (rs.next()) {
                            UUID caseId = rs.getObject(2, UUID.class);
                            if (current != null && !caseId.equals(current)) {
                                emit(cases.remove(current), items, answers, each);
                                items = new ArrayList<>();
                            }
                            current = caseId;
                            items.add(new Evidence(rs.getObject(1, UUID.class), caseId,
                                    EvidenceKind.valueOf(rs.getString(3)), Db.instant(rs, "observed_at"),
                                    Db.instant(rs, "recorded_at"), rs.getString(6), rs.getString(7),
                                    Json.readTexts(rs.getString(8), FIELDS), List.of(), rs.getInt(9)));
                        }
                        if (current != null) {
                            emit(cases.remove(current), items, answers, each);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            for (CaseFile c : cases.values()) { // cases without evidence
                emit(c, List.of(), answers, each);
            }
            return null;
        });
    }

    private static void emit(CaseFile c, List<Evidence> items, Map<UUID, Map<String, ChecklistAnswer>> answers,
                             Consumer<CaseInput> each) {
        if (c != null) {
            each.accept(new CaseInput(c, items, answers.getOrDefault(c.id(), Map.of())));
        }
    }

    private static List<Evidence> evidenceOf(Handle h, UUID caseId) {
        return h.createQuery("SELECT * FROM evidence WHERE case_id = :c ORDER BY observed_at, recorded_at")
                .bind("c", caseId).map((rs, ctx) -> evidence(rs, caseId)).list();
    }

    private static Evidence evidence(ResultSet rs, UUID caseId) throws SQLException {
        return new Evidence(rs.getObject("id", UUID.class), caseId, EvidenceKind.valueOf(rs.getString("kind")),
                Db.instant(rs, "observed_at"), Db.instant(rs, "recorded_at"), rs.getString("recorded_by"),
                rs.getString("source"), Json.read(rs.getString("payload"), FIELDS), List.of(), rs.getInt("version"));
    }

    // ---- the identifier index across cases ----

    private static final String OCCURRENCE = "SELECT i.case_id, c.reference, s.primary_name, i.evidence_id, i.field,"
            + " i.kind, i.norm_value FROM evidence_identifier i JOIN hw_case c ON c.id = i.case_id"
            + " LEFT JOIN subject s ON s.case_id = i.case_id";

    /**
     * Every occurrence of these identifier values, in any case, in the order they were indexed; empty when more than
     * {@code max} rows hold them (ask value by value then, with a limit). One query for all values: the index is
     * searched value by value through a join, which H2 does not do for an IN list on the second column of an index.
     * <p>
     * The order is the one a run over all cases reads the index in ({@link #forEachIdentifier}, a table scan): when
     * more cases share a value than a finding names, a re-check and a run over all cases then name the same ones,
     * and the finding does not look changed (and reopen) from one to the other.
     */
    public Optional<List<IdentifierOccurrence>> holding(Collection<Map.Entry<IdentifierKind, String>> values, int max) {
        if (values.isEmpty()) {
            return Optional.of(List.of());
        }
        List<String> kinds = new ArrayList<>();
        List<String> norms = new ArrayList<>();
        for (Map.Entry<IdentifierKind, String> v : new java.util.LinkedHashSet<>(values)) {
            kinds.add(v.getKey().name());
            norms.add(v.getValue());
        }
        List<IdentifierOccurrence> found = ws.read(h -> h.createQuery("SELECT i.case_id, c.reference, s.primary_name,"
                        + " i.evidence_id, i.field, i.kind, i.norm_value FROM UNNEST(CAST(:k AS VARCHAR ARRAY),"
                        + " CAST(:n AS VARCHAR ARRAY)) AS t(k, n) JOIN evidence_identifier i ON i.kind = t.k"
                        + " AND i.norm_value = t.n JOIN hw_case c ON c.id = i.case_id LEFT JOIN subject s"
                        + " ON s.case_id = i.case_id ORDER BY i._ROWID_ LIMIT :max")
                .bindArray("k", String.class, kinds).bindArray("n", String.class, norms).bind("max", max + 1)
                .map((rs, ctx) -> occurrence(rs)).list());
        return found.size() > max ? Optional.empty() : Optional.of(found);
    }

    /**
     * Every text fingerprint in the workspace (repeated when several items hold it), read from the index alone: no
     * row is fetched. About 7 ms for the benchmark's 20,000, where DISTINCT took 30 and reading the rows a hundred.
     */
    public List<String> fingerprintValues() {
        return ws.read(h -> h.createQuery("SELECT norm_value FROM evidence_identifier WHERE kind = :k")
                .bind("k", IdentifierKind.TEXT_FINGERPRINT.name()).setFetchSize(5000).mapTo(String.class).list());
    }

    /**
     * Other cases' evidence holding the same normalised identifier (at most {@code limit}), in the order they were
     * indexed (see {@link #holding}).
     */
    public List<IdentifierOccurrence> sharing(IdentifierKind kind, String normalized, UUID exceptCase, int limit) {
        return ws.read(h -> h.createQuery(OCCURRENCE + " WHERE i.kind = :k AND i.norm_value = :n AND i.case_id <> :c"
                        + " ORDER BY i._ROWID_ LIMIT :limit")
                .bind("k", kind.name()).bind("n", normalized).bind("c", exceptCase).bind("limit", limit)
                .map((rs, ctx) -> occurrence(rs)).list());
    }

    /**
     * Every identifier of one kind in the workspace, without case reference and name (text fingerprints are compared
     * by distance, so all are read; the few that match are named with {@link #withCaseNames}).
     */
    public List<IdentifierOccurrence> allOfKind(IdentifierKind kind) {
        return ws.read(h -> h.createQuery("SELECT case_id, evidence_id, field, norm_value FROM evidence_identifier"
                        + " WHERE kind = :k").bind("k", kind.name()).setFetchSize(5000)
                .map((rs, ctx) -> new IdentifierOccurrence(rs.getObject(1, UUID.class), "", "", rs.getObject(2, UUID.class),
                        rs.getString(3), kind, rs.getString(4))).list());
    }

    /** The same occurrences with their cases' references and subject names filled in. */
    public List<IdentifierOccurrence> withCaseNames(List<IdentifierOccurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return occurrences;
        }
        Map<UUID, String[]> names = new HashMap<>();
        ws.read(h -> {
            h.createQuery("SELECT c.id, c.reference, s.primary_name FROM hw_case c LEFT JOIN subject s"
                            + " ON s.case_id = c.id WHERE c.id = ANY(:ids)")
                    .bindArray("ids", UUID.class, occurrences.stream().map(IdentifierOccurrence::caseId).distinct().toList())
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new String[] {rs.getString(2), nz(rs.getString(3))}))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
            return null;
        });
        return occurrences.stream().map(o -> {
            String[] n = names.getOrDefault(o.caseId(), new String[] {"", ""});
            return new IdentifierOccurrence(o.caseId(), n[0], n[1], o.evidenceId(), o.field(), o.kind(), o.normalized());
        }).toList();
    }

    /** Every identifier in the workspace, for a batch run that indexes them in memory. */
    public void forEachIdentifier(Consumer<IdentifierOccurrence> each) {
        // No join: with half a million identifiers, naming each row's case costs more than the read itself. Callers
        // that need names know the cases already (see caseNames).
        ws.read(h -> Db.streaming(h, () -> {
            h.createQuery("SELECT case_id, evidence_id, field, kind, norm_value FROM evidence_identifier")
                    .setFetchSize(5000).map((rs, ctx) -> new IdentifierOccurrence(rs.getObject(1, UUID.class), "", "",
                            rs.getObject(2, UUID.class), rs.getString(3), IdentifierKind.valueOf(rs.getString(4)),
                            rs.getString(5))).forEach(each);
            return null;
        }));
    }

    /** Every case's id, reference and subject name (as occurrences without evidence), for in-memory look-ups. */
    public List<IdentifierOccurrence> caseNames() {
        return ws.read(h -> h.createQuery("SELECT c.id, c.reference, s.primary_name FROM hw_case c"
                        + " LEFT JOIN subject s ON s.case_id = c.id").setFetchSize(5000)
                .map((rs, ctx) -> new IdentifierOccurrence(rs.getObject(1, UUID.class), rs.getString(2),
                        nz(rs.getString(3)), null, "", null, "")).list());
    }

    /**
     * The case with this reference, in any letter case. References are stored in capitals (as
     * {@link CaseStore#findByReference} relies on too), so the reference's index finds it; UPPER() on the column
     * scanned every case, for every referral a re-check reads.
     */
    public Optional<IdentifierOccurrence> caseByReference(String reference) {
        return ws.read(h -> h.createQuery("SELECT c.id, c.reference, s.primary_name FROM hw_case c"
                        + " LEFT JOIN subject s ON s.case_id = c.id WHERE c.reference = :r")
                .bind("r", reference.strip().toUpperCase(java.util.Locale.ROOT))
                .map((rs, ctx) -> new IdentifierOccurrence(rs.getObject(1, UUID.class), rs.getString(2),
                        nz(rs.getString(3)), null, "", null, "")).findOne());
    }

    /**
     * Cases holding any of these identifiers, other than {@code exceptCase}: whom a change in one case can affect. At
     * most a thousand cases per value are named, as many as anyone would review.
     */
    public Set<UUID> casesSharingAny(Collection<Map.Entry<IdentifierKind, String>> identifiers, UUID exceptCase) {
        Set<UUID> out = new java.util.HashSet<>();
        if (identifiers.isEmpty()) {
            return out;
        }
        List<String> kinds = new ArrayList<>();
        List<String> norms = new ArrayList<>();
        for (Map.Entry<IdentifierKind, String> v : new java.util.LinkedHashSet<>(identifiers)) {
            kinds.add(v.getKey().name());
            norms.add(v.getValue());
        }
        // One query, the index searched value by value (see holding); counted per value in memory.
        ws.read(h -> {
            Map<String, Integer> perValue = new HashMap<>();
            h.createQuery("SELECT DISTINCT i.kind, i.norm_value, i.case_id FROM UNNEST(CAST(:k AS VARCHAR ARRAY),"
                            + " CAST(:n AS VARCHAR ARRAY)) AS t(k, n) JOIN evidence_identifier i ON i.kind = t.k"
                            + " AND i.norm_value = t.n WHERE i.case_id <> :c LIMIT :max")
                    .bindArray("k", String.class, kinds).bindArray("n", String.class, norms).bind("c", exceptCase)
                    .bind("max", 1000 * kinds.size())
                    .map((rs, ctx) -> Map.entry(rs.getString(1) + "\u001f" + rs.getString(2), rs.getObject(3, UUID.class)))
                    .forEach(e -> {
                        if (perValue.merge(e.getKey(), 1, Integer::sum) <= 1000) {
                            out.add(e.getValue());
                        }
                    });
            return null;
        });
        return out;
    }

    private static IdentifierOccurrence occurrence(ResultSet rs) throws SQLException {
        return new IdentifierOccurrence(rs.getObject(1, UUID.class), rs.getString(2), nz(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getString(5), IdentifierKind.valueOf(rs.getString(6)), rs.getString(7));
    }

    // ---- saving check results ----

    /** Saves one case's run and its assessment in one transaction (always written: someone asked for this run). */
    public Assessment save(CaseResult result, Assessor assessor) {
        return ws.write(h -> saveOne(h, result, findings(h, result.caseId(), false), assessor));
    }

    /**
     * Saves the runs of many cases in one transaction, as a run over all cases does chunk by chunk. A case whose
     * {@link CaseResult#resultHash} equals the stored one is left as it is: its findings would merge to what is
     * stored and its assessment would be computed again from the same findings, so rewriting it only costs time
     * (and a growing file). Changes are audited per case, as a single-case run is.
     *
     * @return how many cases were written
     */
    public int saveAll(List<CaseResult> results, Assessor assessor) {
        // Usually nothing changed: then no write transaction is opened at all.
        if (changed(ws.read(h -> storedHashes(h, ids(results))), results).isEmpty()) {
            return 0;
        }
        return ws.write(h -> {
            List<CaseResult> changed = changed(storedHashes(h, ids(results)), results);
            // One query for the whole chunk instead of one per case.
            Map<UUID, List<Finding>> existing = findingsOf(h, changed.stream().map(CaseResult::caseId).toList());
            for (CaseResult r : changed) {
                saveOne(h, r, existing.getOrDefault(r.caseId(), List.of()), assessor);
            }
            return changed.size();
        });
    }

    /** Notes the end of a run over all cases: the time every case was last checked, written or not. */
    public void recordFullRun(Instant at) {
        ws.write(h -> h.createUpdate("MERGE INTO workspace_info (info_key, info_value) KEY (info_key) VALUES (:k, :at)")
                .bind("k", LAST_FULL_RUN).bind("at", at.toString()).execute());
    }

    private static final String LAST_FULL_RUN = "checks.lastFullRun";

    private static List<UUID> ids(List<CaseResult> results) {
        return results.stream().map(CaseResult::caseId).toList();
    }

    private static List<CaseResult> changed(Map<UUID, String> stored, List<CaseResult> results) {
        return results.stream().filter(r -> r.resultHash() == null || !r.resultHash().equals(stored.get(r.caseId())))
                .toList();
    }

    private static Map<UUID, String> storedHashes(Handle h, List<UUID> caseIds) {
        Map<UUID, String> out = new HashMap<>();
        if (!caseIds.isEmpty()) {
            h.createQuery("SELECT case_id, result_hash FROM case_result_hash WHERE case_id = ANY(:ids)")
                    .bindArray("ids", UUID.class, caseIds)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    private Map<UUID, List<Finding>> findingsOf(Handle h, List<UUID> caseIds) {
        Map<UUID, List<Finding>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT * FROM finding WHERE case_id = ANY(:ids) ORDER BY indicator_id, raised_at, hit_key")
                .bindArray("ids", UUID.class, caseIds).setFetchSize(5000).map((rs, ctx) -> finding(rs))
                .forEach(f -> out.computeIfAbsent(f.caseId(), k -> new ArrayList<>()).add(f));
        return out;
    }

    private Assessment saveOne(Handle h, CaseResult r, List<Finding> existing, Assessor assessor) {
        Merged merged = merge(h, r, existing);
        Map<String, IndicatorEvaluation> evaluations = new LinkedHashMap<>();
        if (r.scope() != null) {
            storedEvaluations(h, r.caseId()).forEach(e -> evaluations.put(e.indicatorId(), e));
        }
        r.evaluations().forEach(e -> evaluations.put(e.indicatorId(), e));
        Assessment a = assessor.assess(r.caseId(), merged.active(), evaluations.values());
        writeAssessment(h, a, evaluations.values());
        writeHash(h, r.caseId(), r.storedHash());
        auditRun(h, r.caseId(), a, merged);
        return a;
    }

    private void auditRun(Handle h, UUID caseId, Assessment a, Merged m) {
        if (!m.raised().isEmpty() || !m.reopened().isEmpty() || !m.withdrawn().isEmpty()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("catalogueVersion", a.catalogueVersion());
            after.put("raised", m.raised());
            after.put("reopened", m.reopened());
            after.put("withdrawn", m.withdrawn());
            after.put("score", a.score());
            after.put("band", a.band());
            after.put("coveragePercent", a.coveragePercent());
            ws.appendAudit(h, "checks.run", "case", caseId, caseId, null, after);
        }
    }

    /** What a merge did: the ids raised, reopened and withdrawn, and the case's active findings afterwards. */
    private record Merged(List<UUID> raised, List<UUID> reopened, List<UUID> withdrawn, List<Finding> active) {
    }

    /** The order the findings table is read in, so that the scorer sees the findings as a query would list them. */
    private static final java.util.Comparator<Finding> STORED_ORDER = java.util.Comparator.comparing(Finding::indicatorId)
            .thenComparing(Finding::raisedAt).thenComparing(Finding::hitKey);

    /** Merges a run's findings with the stored ones ({@code existing}: all of the case's, active or not). */
    private Merged merge(Handle h, CaseResult r, List<Finding> existing) {
        Instant now = Clock.now();
        Map<String, Finding> byKey = new HashMap<>();
        existing.forEach(f -> byKey.put(f.indicatorId() + "\u001f" + f.hitKey(), f));
        List<UUID> raised = new ArrayList<>();
        List<UUID> reopened = new ArrayList<>();
        List<UUID> withdrawn = new ArrayList<>();
        // The case's findings after the merge, by id: the assessment is computed from these without reading them back.
        Map<UUID, Finding> after = new LinkedHashMap<>();
        existing.forEach(f -> after.put(f.id(), f));
        Set<String> seen = new java.util.HashSet<>();
        PreparedBatch insert = h.prepareBatch("INSERT INTO finding (id, case_id, indicator_id, hit_key, severity,"
                + " check_mode, message_key, args_json, evidence_json, evidence_fingerprint, catalogue_version, state,"
                + " review_reason, reviewed_by, reviewed_at, reopened, active, raised_at, version) VALUES (:id, :case,"
                + " :ind, :hit, :sev, :mode, :msg, :args, :ev, :fp, :cat, 'OPEN', '', '', NULL, FALSE, TRUE, :now, 1)");
        PreparedBatch update = h.prepareBatch("UPDATE finding SET severity = :sev, check_mode = :mode, message_key = :msg,"
                + " args_json = :args, evidence_json = :ev, evidence_fingerprint = :fp, catalogue_version = :cat,"
                + " state = :state, reopened = :reopened, active = TRUE, version = version + 1 WHERE id = :id");
        for (FindingDraft d : r.raised()) {
            String key = d.indicatorId() + "\u001f" + d.hitKey();
            if (!seen.add(key)) {
                continue;
            }
            Finding old = byKey.get(key);
            if (old == null) {
                UUID id = UUID.randomUUID();
                raised.add(id);
                insert.bind("id", id).bind("case", r.caseId()).bind("ind", d.indicatorId()).bind("hit", d.hitKey())
                        .bind("sev", d.severity().name()).bind("mode", d.mode().name()).bind("msg", d.messageKey())
                        .bind("args", Json.write(d.args())).bind("ev", Json.write(d.evidenceIds()))
                        .bind("fp", d.evidenceFingerprint()).bind("cat", d.catalogueVersion()).bind("now", now).add();
                after.put(id, new Finding(id, r.caseId(), d.indicatorId(), d.hitKey(), d.severity(), d.mode(),
                        d.messageKey(), d.args(), d.evidenceIds(), d.evidenceFingerprint(), d.catalogueVersion(),
                        FindingState.OPEN, "", "", null, false, now, 1, true));
            } else if (!old.evidenceFingerprint().equals(d.evidenceFingerprint()) || !old.active()) {
                boolean changed = !old.evidenceFingerprint().equals(d.evidenceFingerprint());
                boolean reopen = changed && old.state() != FindingState.OPEN;
                if (reopen) {
                    reopened.add(old.id());
                } else if (!old.active()) {
                    raised.add(old.id());
                }
                String catalogue = changed ? d.catalogueVersion() : old.catalogueVersion();
                FindingState state = reopen ? FindingState.OPEN : old.state();
                boolean reopenedFlag = reopen || old.reopened() && !changed;
                update.bind("sev", d.severity().name()).bind("mode", d.mode().name()).bind("msg", d.messageKey())
                        .bind("args", Json.write(d.args())).bind("ev", Json.write(d.evidenceIds()))
                        .bind("fp", d.evidenceFingerprint()).bind("cat", catalogue).bind("state", state.name())
                        .bind("reopened", reopenedFlag).bind("id", old.id()).add();
                after.put(old.id(), new Finding(old.id(), old.caseId(), old.indicatorId(), old.hitKey(), d.severity(),
                        d.mode(), d.messageKey(), d.args(), d.evidenceIds(), d.evidenceFingerprint(), catalogue, state,
                        old.reviewReason(), old.reviewedBy(), old.reviewedAt(), reopenedFlag, old.raisedAt(),
                        old.version() + 1, true));
            }
        }
        for (Finding f : existing) {
            boolean inScope = r.scope() == null || r.scope().contains(f.indicatorId());
            if (inScope && f.active() && !seen.contains(f.indicatorId() + "\u001f" + f.hitKey())) {
                withdrawn.add(f.id());
                after.remove(f.id());
            }
        }
        if (insert.size() > 0) {
            insert.execute();
        }
        if (update.size() > 0) {
            update.execute();
        }
        if (!withdrawn.isEmpty()) {
            h.createUpdate("UPDATE finding SET active = FALSE WHERE id = ANY(:ids)")
                    .bindArray("ids", UUID.class, withdrawn).execute();
        }
        List<Finding> active = new ArrayList<>();
        for (Finding f : after.values()) {
            if (f.active()) {
                active.add(f);
            }
        }
        active.sort(STORED_ORDER);
        return new Merged(raised, reopened, withdrawn, active);
    }

    private void writeAssessment(Handle h, Assessment a, Collection<IndicatorEvaluation> evaluations) {
        h.createUpdate("MERGE INTO case_assessment (case_id, score, band, open_findings, confirmed_findings, evaluated,"
                        + " applicable, coverage_pct, evaluations_json, contributions_json, catalogue_version, assessed_at)"
                        + " KEY (case_id) VALUES (:c, :score, :band, :open, :confirmed, :evaluated, :applicable, :pct,"
                        + " :evals, :contrib, :cat, :at)")
                .bind("c", a.caseId()).bind("score", a.score()).bind("band", a.band().name())
                .bind("open", a.openFindings()).bind("confirmed", a.confirmedFindings()).bind("evaluated", a.evaluated())
                .bind("applicable", a.applicable()).bind("pct", a.coveragePercent())
                .bind("evals", Json.write(new ArrayList<>(evaluations)))
                .bind("contrib", Json.write(a.contributions())).bind("cat", a.catalogueVersion())
                .bind("at", a.assessedAt()).execute();
    }

    /**
     * Stores the hash of a run of all indicators, or forgets it ("") when only some ran: the stored results are then
     * no longer those of one full run. A review does not call this: it changes no result.
     */
    private static void writeHash(Handle h, UUID caseId, String resultHash) {
        if (resultHash.isEmpty()) {
            h.createUpdate("DELETE FROM case_result_hash WHERE case_id = :c").bind("c", caseId).execute();
        } else {
            h.createUpdate("MERGE INTO case_result_hash (case_id, result_hash) KEY (case_id) VALUES (:c, :hash)")
                    .bind("c", caseId).bind("hash", resultHash).execute();
        }
    }

    // ---- reviews and checklist answers ----

    /**
     * Confirms, dismisses or reopens a finding. Confirming and dismissing need a reason; the review is audited and the
     * case's score is recomputed in the same transaction.
     */
    public Finding review(UUID findingId, int expectedVersion, FindingState state, String reason, Assessor assessor) {
        String why = reason == null ? "" : reason.strip();
        List<Violation> problems = new ArrayList<>();
        if (state != FindingState.OPEN && why.isEmpty()) {
            problems.add(new Violation("reason", "validation.reviewReasonRequired"));
        }
        TextRules.checkMultiline("reason", why, TextRules.LONG_TEXT_LIMIT, problems);
        ValidationException.throwIfAny(problems);
        return ws.write(h -> {
            Finding before = finding(h, findingId);
            if (before.version() != expectedVersion) {
                throw new WorkspaceException(Reason.CHANGED_ELSEWHERE, before.indicatorId());
            }
            h.createUpdate("UPDATE finding SET state = :state, review_reason = :reason, reviewed_by = :by,"
                            + " reviewed_at = :at, reopened = FALSE, version = version + 1 WHERE id = :id")
                    .bind("state", state.name()).bind("reason", why)
                    .bind("by", state == FindingState.OPEN ? "" : ws.actor())
                    .bind("at", state == FindingState.OPEN ? null : Clock.now()).bind("id", findingId).execute();
            Finding after = finding(h, findingId);
            ws.appendAudit(h, "finding.review", "finding", findingId, before.caseId(), before, after);
            List<IndicatorEvaluation> evaluations = storedEvaluations(h, before.caseId());
            Assessment a = assessor.assess(before.caseId(), findings(h, before.caseId(), true), evaluations);
            writeAssessment(h, a, evaluations);
            return after;
        });
    }

    /** Records the answer to a manual indicator's question (audited). The caller re-runs that indicator. */
    public ChecklistAnswer answer(UUID caseId, String indicatorId, ChecklistAnswer.Answer answer, String comment) {
        String text = comment == null ? "" : comment.strip();
        List<Violation> problems = new ArrayList<>();
        if (answer == ChecklistAnswer.Answer.YES && text.isEmpty()) {
            problems.add(new Violation("comment", "validation.checklistCommentRequired"));
        }
        TextRules.checkMultiline("comment", text, TextRules.LONG_TEXT_LIMIT, problems);
        ValidationException.throwIfAny(problems);
        return ws.write(h -> {
            CaseStore.load(h, caseId);
            return writeAnswer(h, caseId, indicatorId, answer, text);
        });
    }

    /** Saves a checked answer inside the caller's transaction, with its audit entry. */
    ChecklistAnswer writeAnswer(Handle h, UUID caseId, String indicatorId, ChecklistAnswer.Answer answer, String text) {
        ChecklistAnswer before = answers(h, caseId).get(indicatorId);
        ChecklistAnswer after = new ChecklistAnswer(caseId, indicatorId, answer, text, ws.actor(), Clock.now());
        h.createUpdate("MERGE INTO checklist_answer (case_id, indicator_id, answer, comment_text, answered_by,"
                        + " answered_at) KEY (case_id, indicator_id) VALUES (:c, :i, :a, :t, :by, :at)")
                .bind("c", caseId).bind("i", indicatorId).bind("a", answer.name()).bind("t", text)
                .bind("by", after.answeredBy()).bind("at", after.answeredAt()).execute();
        ws.appendAudit(h, "checklist.answer", "checklist", null, caseId, before, after);
        return after;
    }

    public Map<String, ChecklistAnswer> answers(UUID caseId) {
        return ws.read(h -> answers(h, caseId));
    }

    private static Map<String, ChecklistAnswer> answers(Handle h, UUID caseId) {
        Map<String, ChecklistAnswer> out = new HashMap<>();
        h.createQuery("SELECT * FROM checklist_answer WHERE case_id = :c").bind("c", caseId)
                .map((rs, ctx) -> answer(rs)).forEach(a -> out.put(a.indicatorId(), a));
        return out;
    }

    private static ChecklistAnswer answer(ResultSet rs) throws SQLException {
        return new ChecklistAnswer(rs.getObject("case_id", UUID.class), rs.getString("indicator_id"),
                ChecklistAnswer.Answer.valueOf(rs.getString("answer")), rs.getString("comment_text"),
                rs.getString("answered_by"), Db.instant(rs, "answered_at"));
    }

    // ---- reading results ----

    /** The findings the latest run raised for a case (withdrawn ones are not included). */
    public List<Finding> findings(UUID caseId) {
        return ws.read(h -> findings(h, caseId, true));
    }

    public Finding finding(UUID findingId) {
        return ws.read(h -> finding(h, findingId));
    }

    /**
     * A case's assessment. A run over all cases leaves unchanged assessments unwritten, so the time it was checked is
     * the later of the row's time and the end of the latest such run.
     */
    public Optional<Assessment> assessment(UUID caseId) {
        return ws.read(h -> {
            Optional<Assessment> a = h.createQuery("SELECT * FROM case_assessment WHERE case_id = :c").bind("c", caseId)
                    .map((rs, ctx) -> assessment(rs)).findOne();
            Instant fullRun = h.createQuery("SELECT info_value FROM workspace_info WHERE info_key = :k")
                    .bind("k", LAST_FULL_RUN).mapTo(String.class).findOne().map(Instant::parse).orElse(null);
            return a.map(x -> fullRun == null || !fullRun.isAfter(x.assessedAt()) ? x
                    : new Assessment(x.caseId(), x.score(), x.band(), x.openFindings(), x.confirmedFindings(),
                    x.evaluated(), x.applicable(), x.contributions(), x.notEvaluated(), x.catalogueVersion(), fullRun));
        });
    }

    public List<IndicatorEvaluation> evaluations(UUID caseId) {
        return ws.read(h -> storedEvaluations(h, caseId));
    }

    /** Cases that have never been checked, or were checked with another catalogue version. */
    public List<UUID> casesNeedingCheck(String catalogueVersion) {
        return ws.read(h -> h.createQuery("SELECT c.id FROM hw_case c LEFT JOIN case_assessment a ON a.case_id = c.id"
                        + " WHERE a.case_id IS NULL OR a.catalogue_version <> :v")
                .bind("v", catalogueVersion).mapTo(UUID.class).list());
    }

    private static List<IndicatorEvaluation> storedEvaluations(Handle h, UUID caseId) {
        return h.createQuery("SELECT evaluations_json FROM case_assessment WHERE case_id = :c").bind("c", caseId)
                .mapTo(String.class).findOne().map(s -> Json.read(s, EVALUATIONS)).orElse(List.of());
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        List<IndicatorEvaluation> evals = Json.read(rs.getString("evaluations_json"), EVALUATIONS);
        List<Assessment.MissingCheck> missing = evals.stream()
                .filter(e -> e.status() == IndicatorEvaluation.Status.NOT_EVALUATED)
                .map(e -> new Assessment.MissingCheck(e.indicatorId(), e.missing())).toList();
        return new Assessment(rs.getObject("case_id", UUID.class), rs.getDouble("score"),
                RiskBand.valueOf(rs.getString("band")), rs.getInt("open_findings"), rs.getInt("confirmed_findings"),
                rs.getInt("evaluated"), rs.getInt("applicable"), Json.read(rs.getString("contributions_json"), CONTRIBUTIONS),
                missing, rs.getString("catalogue_version"), Db.instant(rs, "assessed_at"));
    }

    private static List<Finding> findings(Handle h, UUID caseId, boolean activeOnly) {
        return h.createQuery("SELECT * FROM finding WHERE case_id = :c" + (activeOnly ? " AND active = TRUE" : "")
                        + " ORDER BY indicator_id, raised_at, hit_key")
                .bind("c", caseId).map((rs, ctx) -> finding(rs)).list();
    }

    private static Finding finding(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM finding WHERE id = :id").bind("id", id).map((rs, ctx) -> finding(rs))
                .findOne().orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, id));
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("indicator_id"), rs.getString("hit_key"), Severity.valueOf(rs.getString("severity")),
                CheckMode.valueOf(rs.getString("check_mode")), rs.getString("message_key"),
                Json.read(rs.getString("args_json"), STRINGS), Json.read(rs.getString("evidence_json"), UUIDS),
                rs.getString("evidence_fingerprint"), rs.getString("catalogue_version"),
                FindingState.valueOf(rs.getString("state")), rs.getString("review_reason"), rs.getString("reviewed_by"),
                Db.instant(rs, "reviewed_at"), rs.getBoolean("reopened"), Db.instant(rs, "raised_at"),
                rs.getInt("version"), rs.getBoolean("active"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
