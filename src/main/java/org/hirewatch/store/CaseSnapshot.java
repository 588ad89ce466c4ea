package org.hirewatch.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.AuditEntry;

/**
 * Everything a workspace holds about one case, as a bundle carries it: the rows of each {@link CaseTables} table
 * (by table name, values as they travel), the case's entries of the audit chain, and the attachment files by
 * attachment id.
 * <p>
 * {@code links} holds the confirmed links with the case at either end, as rows of {@link CaseTables#CASE_LINK}. An
 * import writes a link only when the cases at both ends are in the target afterwards.
 */
public record CaseSnapshot(UUID caseId, String reference, Map<String, List<Map<String, Object>>> tables,
                           List<AuditEntry> audit, Map<UUID, byte[]> attachments, List<Map<String, Object>> links) {

    public CaseSnapshot {
        tables = Map.copyOf(tables);
        audit = List.copyOf(audit);
        attachments = Map.copyOf(attachments);
        links = List.copyOf(links);
    }

    public List<Map<String, Object>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /** The case row's value of a column (title, status...). */
    public Object caseValue(String column) {
        List<Map<String, Object>> c = rows("hw_case");
        return c.isEmpty() ? null : c.get(0).get(column);
    }
}
