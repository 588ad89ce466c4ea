package org.hirewatch.exchange.bundle;

import java.util.List;
import java.util.Map;

/** "cases/N/case.json": the rows of every case table by table name, and the case's confirmed links. */
record CaseEntry(String caseId, String reference, Map<String, List<Map<String, Object>>> tables,
                 List<Map<String, Object>> links) {
}
