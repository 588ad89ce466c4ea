package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hirewatch.store.StoreFixtures.assertReason;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch writes give the same cases, evidence and audit entries as one-by-one writes, all or nothing. */
class BatchWriteTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = StoreFixtures.create(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void createAllGivesEachCaseItsReferenceAndAuditEntry() {
        CaseFile single = ws.cases().create(CaseDetails.newCase("one by one", Subject.named("First")));
        List<CaseDetails> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(i == 7 ? RoundTripTest.fullDetails() : CaseDetails.newCase("Batch case " + i, Subject.named("Name " + i)));
        }
        List<CaseFile> created = ws.cases().createAll(batch);
        assertThat(created).hasSize(40);
        String prefix = single.reference().substring(0, single.reference().lastIndexOf('-') + 1);
        for (int i = 0; i < created.size(); i++) {
            CaseFile c = created.get(i);
            assertThat(c.reference()).isEqualTo(prefix + String.format("%04d", i + 2));
            assertThat(ws.cases().get(c.id())).isEqualTo(c);
            assertThat(c.version()).isEqualTo(1);
        }
        assertThat(created.get(7).details().subject()).isEqualTo(RoundTripTest.fullDetails().subject());
        assertThat(created.get(7).tags()).containsExactly("dprk-it", "laptop-farm", "payroll");
        assertThat(ws.cases().create(CaseDetails.newCase("after", Subject.empty())).reference()).isEqualTo(prefix + "0042");

        // The same audit entry create() would write: action, ids and a snapshot of the stored case.
        AuditEntry fromSingle = ws.audit().forCase(single.id()).get(0);
        AuditEntry fromBatch = ws.audit().forCase(created.get(7).id()).get(0);
        assertThat(fromBatch.action()).isEqualTo(fromSingle.action()).isEqualTo("case.create");
        assertThat(fromBatch.entityType()).isEqualTo("case");
        assertThat(fromBatch.entityId()).isEqualTo(created.get(7).id()).isEqualTo(fromBatch.caseId());
        assertThat(fromBatch.before()).isNull();
        assertThat(fromBatch.after()).isEqualTo(Json.write(created.get(7)));
        assertThat(ws.audit().verify()).isEqualTo(AuditVerification.ok(1 + 1 + 40 + 1));
        assertThat(ws.cases().list(CaseQuery.all().withText("Name 39"))).hasSize(1);
    }

    @Test
    void createAllSavesNothingWhenOneCaseIsInvalid() {
        List<CaseDetails> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(CaseDetails.newCase(i == 3 ? " " : "Case " + i, Subject.empty()));
        }
        assertThatThrownBy(() -> ws.cases().createAll(batch)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations())
                .isEqualTo(List.of(new Violation("cases[3].title", "validation.required")));
        assertThat(ws.cases().count()).isZero();
        assertThat(ws.audit().size()).isEqualTo(1);
        assertThat(ws.cases().createAll(List.of())).isEmpty();
        assertThat(ws.cases().create(CaseDetails.newCase("first", Subject.empty())).reference()).endsWith("-0001");
    }

    @Test
    void addAllGivesEachItemItsIdentifiersAndAuditEntry() {
        UUID a = ws.cases().create(CaseDetails.newCase("A", Subject.empty())).id();
        UUID b = ws.cases().create(CaseDetails.newCase("B", Subject.empty())).id();
        Evidence single = ws.evidence().add(a, EvidenceSamples.draft(EvidenceKind.IDENTITY_DOCUMENT), List.of());
        Map<UUID, List<EvidenceDraft>> batch = new LinkedHashMap<>();
        batch.put(a, List.of(EvidenceSamples.draft(EvidenceKind.IDENTITY_DOCUMENT), EvidenceSamples.draft(EvidenceKind.CONTACT_CHANNEL)));
        batch.put(b, List.of(signIn("198.51.100.1"), signIn("198.51.100.2"), signIn("2001:db8::9")));
        List<Evidence> saved = ws.evidence().addAll(batch);
        assertThat(saved).hasSize(5);
        assertThat(saved).extracting(Evidence::caseId).containsExactly(a, a, b, b, b);
        for (Evidence e : saved) {
            assertThat(ws.evidence().get(e.id())).isEqualTo(e);
        }
        assertThat(saved.get(0).fields()).isEqualTo(single.fields()); // hashed the same way
        assertThat(ws.cases().list(CaseQuery.all().withText("198.51.100.2"))).extracting(c -> c.id()).containsExactly(b);
        assertThat(ws.cases().list(CaseQuery.all()).stream().filter(c -> c.id().equals(b)).findFirst().orElseThrow()
                .evidenceCount()).isEqualTo(3);
        List<AuditEntry> trail = ws.audit().forCase(b);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("case.create", "evidence.add", "evidence.add", "evidence.add");
        assertThat(trail.get(1).after()).isEqualTo(Json.write(saved.get(2)));
        assertThat(ws.audit().verify().intact()).isTrue();
    }

    @Test
    void addAllSavesNothingWhenOneItemIsInvalidOrACaseIsMissing() {
        UUID a = ws.cases().create(CaseDetails.newCase("A", Subject.empty())).id();
        CaseFile before = ws.cases().get(a);
        long audit = ws.audit().size();
        Map<UUID, List<EvidenceDraft>> bad = new LinkedHashMap<>();
        bad.put(a, List.of(signIn("198.51.100.1"), signIn("198.51.100.256"),
                new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, EvidenceSamples.OBSERVED, "x", Map.of())));
        assertThatThrownBy(() -> ws.evidence().addAll(bad)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations())
                .isEqualTo(List.of(new Violation("evidence[1].ipAddress", "validation.ip"),
                        new Violation("evidence[2].attachments", "validation.attachmentRequired")));

        Map<UUID, List<EvidenceDraft>> missing = new LinkedHashMap<>();
        missing.put(a, List.of(signIn("198.51.100.1")));
        missing.put(UUID.randomUUID(), List.of(signIn("198.51.100.2")));
        assertReason(() -> ws.evidence().addAll(missing), Reason.NOT_FOUND);

        assertThat(ws.evidence().listForCase(a)).isEmpty();
        assertThat(ws.cases().get(a)).isEqualTo(before);
        assertThat(ws.audit().size()).isEqualTo(audit);
        assertThat(ws.evidence().addAll(Map.of(a, List.of()))).isEmpty();
        assertThat(ws.audit().size()).isEqualTo(audit);
    }

    private static EvidenceDraft signIn(String ip) {
        return new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, EvidenceSamples.OBSERVED, "IdP", Map.of("ipAddress", ip));
    }
}
