package org.hirewatch.exchange.report;

import java.util.List;
import java.util.UUID;

/**
 * Where the report reads a case's confirmed links from. The links feature provides the real one; until it is wired,
 * {@link #NONE} makes the report say that no linked cases are recorded.
 */
@FunctionalInterface
public interface LinkedCasesSource {
    LinkedCasesSource NONE = caseId -> List.of();

    List<LinkedCase> linkedCases(UUID caseId);
}
