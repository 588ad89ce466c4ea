package org.hirewatch.exchange.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.Note;
import org.hirewatch.indicators.IndicatorConfig;

/**
 * Everything one report shows, read in one go so that the report is a consistent picture of the case.
 * {@code assessment} is null for a case never checked; {@code otherCases} names the cases of evidence that findings
 * cite from elsewhere (their items are listed by kind and date only: their values are other people's data).
 */
record CaseReportData(
        CaseFile caseFile,
        List<Evidence> evidence,
        List<Finding> findings,
        Assessment assessment,
        Map<String, ChecklistAnswer> answers,
        List<Note> notes,
        List<AuditEntry> audit,
        AuditVerification verification,
        IndicatorConfig config,
        Map<UUID, Evidence> citedElsewhere,
        Map<UUID, String> otherCases,
        List<LinkedCase> links,
        String generatedBy,
        Instant generatedAt) {
}
