package org.hirewatch.exchange.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.CaseLink;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.Note;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.BundleStore;
import org.hirewatch.store.CaseSnapshot;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case exported from one workspace and imported into a fresh one comes back whole. */
class BundleRoundTripTest {
    @TempDir
    Path dir;
    Workspace source;
    Workspace target;
    CaseFile original;

    @BeforeEach
    void setUp() {
        source = BundleFixtures.workspace(dir.resolve("a"), "Alex Exporter");
        CheckService checks = CheckService.attach(source);
        original = BundleFixtures.richCase(source, checks, dir);
        target = BundleFixtures.workspace(dir.resolve("b"), "Bea Importer");
        CheckService.attach(target);
    }

    @AfterEach
    void tearDown() {
        source.close();
        target.close();
    }

    @Test
    void everyFieldSurvivesTheTrip() {
        CaseSnapshot before = BundleStore.of(source).snapshot(original.id());
        List<AuditEntry> historyBefore = source.audit().forCase(original.id());
        Path file = dir.resolve("handover.hwbundle");
        BundleService.ExportResult exported = new BundleService(source).export(List.of(original.id()), file,
                BundleFixtures.BUNDLE_PASS, BundleFixtures.ITERATIONS, BundleService.Progress.NONE);

        BundleService service = new BundleService(target);
        OpenedBundle opened = service.open(file, BundleFixtures.BUNDLE_PASS);
        assertThat(opened.sha256()).isEqualTo(exported.sha256());
        assertThat(opened.createdBy()).isEqualTo("Alex Exporter");
        assertThat(opened.sourceAuditIntact()).isTrue();
        BundleService.CasePreview preview = service.preview(opened).get(0);
        assertThat(preview.reference()).isEqualTo(original.reference());
        assertThat(preview.subjectName()).isEqualTo("Dana Example");
        assertThat(preview.evidence()).isEqualTo(3);
        assertThat(preview.attachments()).isEqualTo(1);
        assertThat(preview.notes()).isEqualTo(2);
        assertThat(preview.findings()).isPositive();
        assertThat(preview.conflicts()).isFalse();

        BundleService.ImportResult result = service.importBundle(opened, Map.of());
        assertThat(result.imported()).isEqualTo(1);

        CaseSnapshot after = BundleStore.of(target).snapshot(original.id());
        Map<String, List<Map<String, Object>>> carried = new HashMap<>(after.tables());
        carried.remove("imported_audit");
        Map<String, List<Map<String, Object>>> expected = new HashMap<>(before.tables());
        expected.remove("imported_audit");
        // The checks re-ran in the new workspace and left findings, reviews and their versions as they were.
        assertThat(carried).isEqualTo(expected);
        assertThat(after.attachments()).hasSize(1);
        assertThat(after.attachments().values().iterator().next()).isEqualTo(BundleFixtures.FILE_BYTES);

        CaseFile imported = target.cases().get(original.id());
        assertThat(imported).isEqualTo(original);
        assertThat(target.evidence().listForCase(original.id()))
                .isEqualTo(source.evidence().listForCase(original.id()));
        Finding voip = target.checks().findings(original.id()).stream().filter(f -> f.indicatorId().equals("COM-04"))
                .findFirst().orElseThrow();
        assertThat(voip.state()).isEqualTo(FindingState.DISMISSED);
        assertThat(voip.reviewReason()).isEqualTo("Carrier confirms a business VoIP plan");
        assertThat(voip.reopened()).isFalse();
        assertThat(target.checks().assessment(original.id())).isPresent();
        List<Note> notes = target.notes().listForCase(original.id());
        assertThat(notes).isEqualTo(source.notes().listForCase(original.id()));
        Note edited = notes.stream().filter(n -> n.body().contains("camera")).findFirst().orElseThrow();
        assertThat(target.notes().history(edited.id())).isEqualTo(source.notes().history(edited.id())).hasSize(2);

        List<BundleStore.ImportedHistory> history = service.importedHistory(original.id());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).bundleSha256()).isEqualTo(exported.sha256());
        assertThat(history.get(0).entries()).isEqualTo(historyBefore);
        assertThat(history.get(0).asExported()).isTrue();

        assertThat(target.audit().verify().intact()).isTrue();
        List<AuditEntry> local = target.audit().forCase(original.id());
        assertThat(local).extracting(AuditEntry::action).contains("bundle.import");
        assertThat(local.stream().filter(e -> e.action().equals("bundle.import")).findFirst().orElseThrow().after())
                .contains(exported.sha256());
        assertThat(source.audit().forCase(original.id())).extracting(AuditEntry::action).contains("bundle.export");
    }

    @Test
    void signInLogsAndConfirmedLinksSurviveTheTrip() {
        CaseFile lee = BundleFixtures.signInsAndLinkedCase(source, original);
        CaseSnapshot danaBefore = BundleStore.of(source).snapshot(original.id());
        CaseSnapshot leeBefore = BundleStore.of(source).snapshot(lee.id());
        assertThat(danaBefore.rows("sign_in")).hasSize(3);
        assertThat(danaBefore.rows("sign_in_ip")).hasSize(2);
        assertThat(danaBefore.rows("evidence_identifier")).anySatisfy(r -> assertThat(r.get("near_key")).isNotNull());
        Path file = dir.resolve("two-cases.hwbundle");
        new BundleService(source).export(List.of(original.id(), lee.id()), file, BundleFixtures.BUNDLE_PASS,
                BundleFixtures.ITERATIONS, BundleService.Progress.NONE);

        BundleService service = new BundleService(target);
        OpenedBundle opened = service.open(file, BundleFixtures.BUNDLE_PASS);
        assertThat(service.preview(opened)).allSatisfy(p -> {
            assertThat(p.links()).isEqualTo(1);
            assertThat(p.linksWithoutOtherCase()).isZero();
        });
        BundleService.ImportResult result = service.importBundle(opened, Map.of());
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.linksAdded()).isEqualTo(1);
        assertThat(result.linksWithoutOtherCase()).isZero();

        for (CaseSnapshot before : List.of(danaBefore, leeBefore)) {
            CaseSnapshot after = BundleStore.of(target).snapshot(before.caseId());
            Map<String, List<Map<String, Object>>> carried = new HashMap<>(after.tables());
            carried.remove("imported_audit");
            Map<String, List<Map<String, Object>>> expected = new HashMap<>(before.tables());
            expected.remove("imported_audit");
            assertThat(carried).isEqualTo(expected);
            assertThat(after.links()).isEqualTo(before.links());
        }
        // Row ids are the target's own; everything else is as it was.
        assertThat(withoutRowIds(target.signIns().forCase(original.id())))
                .isEqualTo(withoutRowIds(source.signIns().forCase(original.id()))).hasSize(3);
        CaseLink link = target.links().linksOf(original.id()).get(0);
        assertThat(link).isEqualTo(source.links().linksOf(original.id()).get(0));
        assertThat(link.type()).isEqualTo(LinkType.SAME_FACILITATOR);
        assertThat(link.reason()).isEqualTo("Both CVs came from the same staffing contact");
        assertThat(target.audit().forCase(lee.id())).extracting(AuditEntry::action).contains("link.confirm");
        assertThat(target.audit().verify().intact()).isTrue();

        // Only one of the two cases: the link waits for the other, and says so.
        Workspace third = BundleFixtures.workspace(dir.resolve("c"), "Cy Receiver");
        CheckService.attach(third);
        try {
            Path one = dir.resolve("one-case.hwbundle");
            new BundleService(source).export(List.of(lee.id()), one, BundleFixtures.BUNDLE_PASS,
                    BundleFixtures.ITERATIONS, BundleService.Progress.NONE);
            BundleService s3 = new BundleService(third);
            OpenedBundle b = s3.open(one, BundleFixtures.BUNDLE_PASS);
            assertThat(s3.preview(b).get(0).linksWithoutOtherCase()).isEqualTo(1);
            BundleService.ImportResult r = s3.importBundle(b, Map.of());
            assertThat(r.linksAdded()).isZero();
            assertThat(r.linksWithoutOtherCase()).isEqualTo(1);
            assertThat(third.links().allLinks()).isEmpty();
        } finally {
            third.close();
        }
    }

    private static List<SignIn> withoutRowIds(List<SignIn> rows) {
        return rows.stream().map(s -> new SignIn(0, s.evidenceId(), s.at(), s.account(), s.ip(), s.country(), s.city(),
                s.latitude(), s.longitude(), s.asn(), s.organisation(), s.vpnOrProxy(), s.device(), s.outcome(),
                s.sessionEnd())).toList();
    }

    @Test
    void importedReferencesAreNotHandedOutAgainByTheNewWorkspace() {
        Path file = dir.resolve("handover.hwbundle");
        new BundleService(source).export(List.of(original.id()), file, BundleFixtures.BUNDLE_PASS,
                BundleFixtures.ITERATIONS, BundleService.Progress.NONE);
        BundleService service = new BundleService(target);
        service.importBundle(service.open(file, BundleFixtures.BUNDLE_PASS), Map.of());
        CaseFile next = target.cases().create(org.hirewatch.domain.CaseDetails.newCase("Another applicant",
                org.hirewatch.domain.Subject.named("Lee Example")));
        assertThat(next.reference()).isNotEqualTo(original.reference());
    }
}
