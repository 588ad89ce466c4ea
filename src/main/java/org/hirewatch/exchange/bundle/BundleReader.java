package org.hirewatch.exchange.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.LinkType;
import org.hirewatch.exchange.bundle.BundleException.Reason;
import org.hirewatch.store.BundleStore;
import org.hirewatch.store.CaseSnapshot;
import org.hirewatch.store.CaseTables;

/**
 * Opens a bundle file and checks all of it before anything may be written: the header and format version, the
 * passphrase, the GCM tag over the whole file, every entry against the manifest, every entry name, and every row
 * against the case tables (types, and that it belongs to its case). The first problem refuses the whole bundle.
 */
final class BundleReader {
    /** Decryption holds the file and its content in memory at once. */
    static final long MAX_FILE_BYTES = 1L << 30;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,27}");

    private BundleReader() {
    }

    static OpenedBundle read(Path file, char[] passphrase) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BundleException(Reason.TOO_LARGE, file.getFileName());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new BundleException(Reason.UNREADABLE, e, file.getFileName());
        }
        return read(bytes, passphrase);
    }

    static OpenedBundle read(byte[] file, char[] passphrase) {
        String sha256 = BundleContent.sha256(file);
        BundleContent.Unpacked unpacked = BundleContent.unpack(BundleCipher.open(file, passphrase));
        BundleManifest m = unpacked.manifest();
        if (m.cases().isEmpty()) {
            throw new BundleException(Reason.DAMAGED, BundleContent.MANIFEST);
        }
        Set<String> used = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        Set<String> references = new HashSet<>();
        List<CaseSnapshot> cases = new ArrayList<>();
        for (BundleManifest.CaseInfo info : m.cases()) {
            CaseSnapshot s = readCase(info, unpacked.entries(), used);
            if (!ids.add(s.caseId()) || !references.add(s.reference())) {
                throw new BundleException(Reason.DAMAGED, info.folder());
            }
            cases.add(s);
        }
        for (String path : unpacked.entries().keySet()) {
            if (!used.contains(path)) {
                throw new BundleException(Reason.DAMAGED, path);
            }
        }
        return new OpenedBundle(sha256, m, cases);
    }

    private static CaseSnapshot readCase(BundleManifest.CaseInfo info, Map<String, byte[]> entries, Set<String> used) {
        if (info == null || info.folder() == null) {
            throw new BundleException(Reason.DAMAGED, BundleContent.MANIFEST);
        }
        String folder = EntryPaths.check(info.folder());
        String casePath = folder + "/case.json";
        String auditPath = folder + "/audit.json";
        CaseEntry entry = BundleJson.read(entry(entries, casePath, used), CaseEntry.class, casePath);
        AuditEntry[] audit = BundleJson.read(entry(entries, auditPath, used), AuditEntry[].class, auditPath);
        UUID caseId = uuid(entry.caseId(), casePath);
        if (!caseId.toString().equals(info.id()) || entry.reference() == null || !entry.reference().equals(info.reference())
                || !REFERENCE.matcher(entry.reference()).matches() || entry.tables() == null) {
            throw new BundleException(Reason.DAMAGED, casePath);
        }
        Map<String, List<Map<String, Object>>> tables = checkedTables(entry, caseId, casePath);
        for (AuditEntry e : audit) {
            if (e == null || !caseId.equals(e.caseId()) || e.at() == null || e.hash() == null
                    || !BundleStore.hashMatches(e)) {
                throw new BundleException(Reason.DAMAGED, auditPath);
            }
        }
        Map<UUID, byte[]> files = new LinkedHashMap<>();
        for (Map<String, Object> a : tables.getOrDefault("attachment", List.of())) {
            String path = folder + "/attachments/" + a.get("id");
            byte[] bytes = entry(entries, path, used);
            if (bytes.length != ((Number) a.get("size_bytes")).longValue()
                    || !BundleContent.sha256(bytes).equals(a.get("sha256"))) {
                throw new BundleException(Reason.DAMAGED, path);
            }
            files.put(UUID.fromString((String) a.get("id")), bytes);
        }
        List<Map<String, Object>> links = checkedLinks(entry, caseId, casePath);
        return new CaseSnapshot(caseId, entry.reference(), tables, List.of(audit), files, links);
    }

    private static byte[] entry(Map<String, byte[]> entries, String path, Set<String> used) {
        byte[] b = entries.get(path);
        if (b == null || !used.add(path)) {
            throw new BundleException(Reason.DAMAGED, path);
        }
        return b;
    }

    /** Every row has exactly its table's columns, in their types, and belongs to this case. */
    private static Map<String, List<Map<String, Object>>> checkedTables(CaseEntry entry, UUID caseId, String where) {
        for (String name : entry.tables().keySet()) {
            if (CaseTables.ALL.stream().noneMatch(t -> t.name().equals(name))) {
                throw new BundleException(Reason.DAMAGED, where);
            }
        }
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        Map<String, Set<Object>> idsByTable = new HashMap<>();
        for (CaseTables.Table t : CaseTables.ALL) {
            List<Map<String, Object>> rows = entry.tables().getOrDefault(t.name(), List.of());
            if (rows == null) {
                throw new BundleException(Reason.DAMAGED, where);
            }
            Set<Object> ids = new HashSet<>();
            for (Map<String, Object> row : rows) {
                if (row == null || !row.keySet().equals(t.columnNames())) {
                    throw new BundleException(Reason.DAMAGED, where + " (" + t.name() + ")");
                }
                Map<String, Object> typed = new HashMap<>();
                try {
                    for (CaseTables.Column c : t.columns()) {
                        typed.put(c.name(), CaseTables.fromTravel(c, row.get(c.name())));
                    }
                } catch (IllegalArgumentException e) {
                    throw new BundleException(Reason.DAMAGED, e, where + " (" + t.name() + ")");
                }
                if (t.owner() != null && !caseId.equals(typed.get(t.owner()))) {
                    throw new BundleException(Reason.DAMAGED, where + " (" + t.name() + ")");
                }
                if (typed.containsKey("id") && !ids.add(typed.get("id"))) {
                    throw new BundleException(Reason.DAMAGED, where + " (" + t.name() + ")");
                }
            }
            idsByTable.put(t.name(), ids);
            out.put(t.name(), List.copyOf(rows));
        }
        if (out.get("hw_case").size() != 1 || out.get("subject").size() > 1
                || !entry.reference().equals(out.get("hw_case").get(0).get("reference"))) {
            throw new BundleException(Reason.DAMAGED, where);
        }
        requireParents(out, "evidence_identifier", "evidence_id", idsByTable.get("evidence"), where);
        requireParents(out, "attachment", "evidence_id", idsByTable.get("evidence"), where);
        requireParents(out, "note_revision", "note_id", idsByTable.get("note"), where);
        requireParents(out, "sign_in", "evidence_id", idsByTable.get("evidence"), where);
        requireParents(out, "sign_in_ip", "evidence_id", idsByTable.get("evidence"), where);
        return out;
    }

    /**
     * Every link has exactly the link columns in their types, a known type, readable identifiers, and this case at one
     * end and another case at the other: the Links tab reads them back without further checks.
     */
    private static List<Map<String, Object>> checkedLinks(CaseEntry entry, UUID caseId, String where) {
        if (entry.links() == null) {
            return List.of();
        }
        CaseTables.Table t = CaseTables.CASE_LINK;
        String here = where + " (" + t.name() + ")";
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> row : entry.links()) {
            if (row == null || !row.keySet().equals(t.columnNames())) {
                throw new BundleException(Reason.DAMAGED, here);
            }
            try {
                Map<String, Object> typed = new HashMap<>();
                for (CaseTables.Column c : t.columns()) {
                    typed.put(c.name(), CaseTables.fromTravel(c, row.get(c.name())));
                }
                LinkType.valueOf((String) typed.get("link_type"));
                BundleJson.read(((String) typed.get("identifiers_json")).getBytes(StandardCharsets.UTF_8),
                        String[].class, here);
                boolean oneEnd = caseId.equals(typed.get("case_a")) != caseId.equals(typed.get("case_b"));
                if (!oneEnd || !ids.add(typed.get("id"))) {
                    throw new BundleException(Reason.DAMAGED, here);
                }
            } catch (IllegalArgumentException e) {
                throw new BundleException(Reason.DAMAGED, e, here);
            }
        }
        return List.copyOf(entry.links());
    }

    private static void requireParents(Map<String, List<Map<String, Object>>> tables, String table, String column,
                                       Set<Object> parents, String where) {
        for (Map<String, Object> row : tables.get(table)) {
            if (!parents.contains(UUID.fromString((String) row.get(column)))) {
                throw new BundleException(Reason.DAMAGED, where + " (" + table + ")");
            }
        }
    }

    private static UUID uuid(String s, String where) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BundleException(Reason.DAMAGED, where);
        }
    }
}
