package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierNormalizer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the identifier index written by the normaliser in force. The workspace records the normaliser version its
 * index was written with; when that differs (a new HireWatch with better rules, or another default phone region), every
 * identifier is derived again from the stored evidence, once, and the checks are marked for a re-run.
 */
final class IdentifierIndex {
    static final String VERSION_KEY = "identifier.normalizer";
    private static final Logger LOG = LoggerFactory.getLogger(IdentifierIndex.class);
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final int BATCH = 2_000;

    private IdentifierIndex() {
    }

    /** Applies the workspace's phone region and re-normalises the index if it was written under another version. */
    static void bringUpToDate(Workspace ws) {
        IdentifierNormalizer normalizer = IdentifierNormalizer.current();
        ws.write(h -> {
            normalizer.useDefaultRegion(LinkStore.settings(h).defaultRegion());
            String stored = h.createQuery("SELECT info_value FROM workspace_info WHERE info_key = :k")
                    .bind("k", VERSION_KEY).mapTo(String.class).findOne().orElse(null);
            String current = normalizer.version();
            if (current.equals(stored)) {
                return null;
            }
            int count = rebuild(h);
            h.createUpdate("MERGE INTO workspace_info (info_key, info_value) KEY (info_key) VALUES (:k, :v)")
                    .bind("k", VERSION_KEY).bind("v", current).execute();
            if (stored != null || count > 0) {
                // Matches may have changed: the next "check outdated" pass re-runs every case.
                h.execute("UPDATE case_assessment SET catalogue_version = 'renormalised'");
                ws.appendAudit(h, "identifiers.renormalize", "workspace", null, null,
                        Map.of("version", stored == null ? "" : stored), Map.of("version", current, "identifiers", count));
            }
            LOG.info("Identifier index re-normalised ({} identifiers) for normaliser {}", count, current);
            return null;
        });
    }

    private record Item(UUID id, UUID caseId, EvidenceDraft draft) {
    }

    private static int rebuild(Handle h) {
        h.execute("DELETE FROM evidence_identifier");
        PreparedBatch batch = h.prepareBatch("INSERT INTO evidence_identifier (evidence_id, case_id, kind, field,"
                + " raw_value, norm_value, near_key) VALUES (:e, :c, :kind, :field, :raw, :norm, :near)");
        int[] count = {0, 0};
        h.createQuery("SELECT id, case_id, kind, observed_at, source, payload FROM evidence").setFetchSize(2000)
                .map((rs, ctx) -> new Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        new EvidenceDraft(EvidenceKind.valueOf(rs.getString(3)), Db.instant(rs, "observed_at"),
                                rs.getString(5), new LinkedHashMap<>(Json.read(rs.getString(6), FIELDS)))))
                .forEach(r -> {
            for (Identifier i : r.draft().identifiers()) {
                batch.bind("e", r.id()).bind("c", r.caseId()).bind("kind", i.kind().name()).bind("field", i.field())
                        .bind("raw", i.value()).bind("norm", i.normalized()).bind("near", i.nearKey()).add();
                count[0]++;
                if (++count[1] == BATCH) {
                    batch.execute();
                    count[1] = 0;
                }
            }
        });
        if (count[1] > 0) {
            batch.execute();
        }
        return count[0];
    }
}
