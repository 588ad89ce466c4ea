package org.hirewatch.exchange.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.store.CaseSnapshot;
import org.hirewatch.store.CaseTables;

/**
 * A bundle's case with fresh ids, for "import as a copy": the case, its evidence, files, notes and findings get new
 * ids, and every reference to them follows (note targets, cited evidence, finding keys). Reviews survive: a finding's
 * evidence fingerprint is recomputed for the new ids, so the re-run after the import does not mistake the copy for
 * changed evidence. A sign-in log's rows follow their case and log item. The audit history stays as exported: its
 * hashes cover the original ids. Confirmed links join two cases that may both be copied, so they are remapped for the
 * whole bundle at once ({@link #relink}); {@link #of} leaves them as they were.
 */
final class CaseCopy {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ID_TABLES = List.of("hw_case", "evidence", "attachment", "note", "finding");

    private CaseCopy() {
    }

    static CaseSnapshot of(CaseSnapshot s) {
        Map<String, String> ids = new HashMap<>();
        for (String table : ID_TABLES) {
            for (Map<String, Object> row : s.rows(table)) {
                ids.put((String) row.get("id"), UUID.randomUUID().toString());
            }
        }
        Map<String, Integer> versions = new HashMap<>();
        s.rows("evidence").forEach(e -> versions.put(ids.get((String) e.get("id")), ((Number) e.get("version")).intValue()));
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (CaseTables.Table t : CaseTables.ALL) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : s.rows(t.name())) {
                Map<String, Object> copy = new LinkedHashMap<>(row);
                for (CaseTables.Column c : t.columns()) {
                    boolean history = t.name().equals("imported_audit") && !c.name().equals(t.owner());
                    if (c.type() == CaseTables.Type.UUID && !history && copy.get(c.name()) != null) {
                        copy.put(c.name(), ids.getOrDefault((String) copy.get(c.name()), (String) copy.get(c.name())));
                    }
                }
                if (t.name().equals("finding")) {
                    remapFinding(copy, ids, versions);
                }
                rows.add(copy);
            }
            tables.put(t.name(), rows);
        }
        Map<UUID, byte[]> files = new LinkedHashMap<>();
        s.attachments().forEach((id, bytes) -> files.put(UUID.fromString(ids.get(id.toString())), bytes));
        return new CaseSnapshot(UUID.fromString(ids.get(s.caseId().toString())), s.reference(), tables, s.audit(), files,
                s.links());
    }

    /**
     * The snapshots with their links pointing at the copies: {@code copies} maps a bundle case id to its copy's id. A
     * link with a copied end gets a fresh id, the same in the snapshots of both its cases, so the import still writes
     * it once; the original link may already be here between the original cases.
     */
    static List<CaseSnapshot> relink(List<CaseSnapshot> cases, Map<UUID, UUID> copies) {
        if (copies.isEmpty()) {
            return cases;
        }
        Map<String, String> ends = new HashMap<>();
        copies.forEach((from, to) -> ends.put(from.toString(), to.toString()));
        Map<Object, String> linkIds = new HashMap<>();
        List<CaseSnapshot> out = new ArrayList<>();
        for (CaseSnapshot s : cases) {
            List<Map<String, Object>> links = new ArrayList<>();
            for (Map<String, Object> link : s.links()) {
                Map<String, Object> l = new LinkedHashMap<>(link);
                String a = (String) l.get("case_a");
                String b = (String) l.get("case_b");
                if (ends.containsKey(a) || ends.containsKey(b)) {
                    l.put("case_a", ends.getOrDefault(a, a));
                    l.put("case_b", ends.getOrDefault(b, b));
                    l.put("id", linkIds.computeIfAbsent(l.get("id"), k -> UUID.randomUUID().toString()));
                }
                links.add(l);
            }
            out.add(new CaseSnapshot(s.caseId(), s.reference(), s.tables(), s.audit(), s.attachments(), links));
        }
        return out;
    }

    private static void remapFinding(Map<String, Object> f, Map<String, String> ids, Map<String, Integer> versions) {
        String oldFingerprint = (String) f.get("evidence_fingerprint");
        String messageKey = (String) f.get("message_key");
        List<String> args = readList((String) f.get("args_json"));
        List<String> oldCited = readList((String) f.get("evidence_json"));
        Map<String, Integer> oldVersions = new HashMap<>();
        ids.forEach((oldId, newId) -> {
            if (versions.containsKey(newId)) {
                oldVersions.put(oldId, versions.get(newId));
            }
        });
        boolean current = fingerprint(messageKey, args, cited(oldCited, oldVersions)).equals(oldFingerprint);
        for (String column : List.of("hit_key", "args_json", "evidence_json")) {
            f.put(column, replaceIds((String) f.get(column), ids));
        }
        f.put("hit_key", sortedKey((String) f.get("hit_key"), messageKey));
        if (current) {
            List<String> newCited = readList((String) f.get("evidence_json"));
            f.put("evidence_fingerprint", fingerprint(messageKey, readList((String) f.get("args_json")),
                    cited(newCited, versions)));
        }
    }

    private static String replaceIds(String text, Map<String, String> ids) {
        String out = text;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** A finding key lists its evidence ids sorted (see the checks' Hit); new ids sort differently. */
    private static String sortedKey(String key, String messageKey) {
        if (!key.startsWith(messageKey + ":")) {
            return key;
        }
        String[] parts = key.substring(messageKey.length() + 1).split(":");
        for (String p : parts) {
            if (p.length() != 36) {
                return key;
            }
        }
        java.util.Arrays.sort(parts);
        return messageKey + ":" + String.join(":", parts);
    }

    private static List<String> cited(List<String> evidenceIds, Map<String, Integer> versions) {
        return evidenceIds.stream().map(id -> id + "@" + versions.getOrDefault(id, 0)).toList();
    }

    /**
     * The checks' evidence fingerprint (CheckEngine.fingerprint): the message key, the arguments, and the cited
     * evidence as "id@version", sorted. BundleConflictTest fails if the two drift apart (the copy's review would reopen).
     */
    static String fingerprint(String messageKey, List<String> args, List<String> citedIdAtVersion) {
        StringBuilder sb = new StringBuilder(messageKey);
        args.forEach(a -> sb.append('\u001f').append(a));
        citedIdAtVersion.stream().sorted().forEach(c -> sb.append('\u001e').append(c));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readList(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
