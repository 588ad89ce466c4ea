package org.hirewatch.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.EvidenceDraft;

/**
 * Creates many cases with their evidence and checklist answers as one transaction: a batch import is saved whole
 * or not at all. Every case, item and answer gets the audit entry it would get when typed in. Listeners are not
 * told (the importer runs the checks once the batch is saved).
 */
public final class BatchImportStore {
    private final Workspace ws;

    public BatchImportStore(Workspace ws) {
        this.ws = ws;
    }

    /** One case to create: details, evidence items without files, and answers keyed by indicator id. */
    public record NewCase(CaseDetails details, List<EvidenceDraft> evidence, Map<String, Answer> answers) {
        public NewCase {
            evidence = List.copyOf(evidence);
            answers = Map.copyOf(answers);
        }
    }

    public record Answer(ChecklistAnswer.Answer answer, String comment) {
    }

    /** The cases created, in the order given. Validation problems refuse the whole batch before anything is written. */
    public List<CaseFile> create(List<NewCase> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<CaseDetails> cleaned = CaseStore.cleanAll(batch.stream().map(NewCase::details).toList());
        // Checked before the transaction with the case ids still unknown; re-keyed once the cases exist.
        Map<UUID, List<EvidenceDraft>> byIndex = new LinkedHashMap<>();
        List<UUID> placeholders = new ArrayList<>();
        for (NewCase c : batch) {
            UUID p = UUID.randomUUID();
            placeholders.add(p);
            byIndex.put(p, c.evidence());
        }
        Map<UUID, List<EvidenceDraft>> normalized = EvidenceStore.normalizeAll(byIndex);
        return ws.write(h -> {
            List<CaseFile> created = ws.cases().insertAll(h, cleaned);
            Map<UUID, List<EvidenceDraft>> byCase = new LinkedHashMap<>();
            for (int i = 0; i < created.size(); i++) {
                byCase.put(created.get(i).id(), normalized.get(placeholders.get(i)));
            }
            ws.evidence().insertAll(h, byCase);
            for (int i = 0; i < created.size(); i++) {
                UUID caseId = created.get(i).id();
                for (Map.Entry<String, Answer> a : batch.get(i).answers().entrySet()) {
                    String comment = a.getValue().comment() == null ? "" : a.getValue().comment().strip();
                    ws.checks().writeAnswer(h, caseId, a.getKey(), a.getValue().answer(), comment);
                }
            }
            return created;
        });
    }
}
