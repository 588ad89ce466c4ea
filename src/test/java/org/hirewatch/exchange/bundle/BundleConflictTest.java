package org.hirewatch.exchange.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.BundleStore;
import org.hirewatch.store.BundleStore.Mode;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle's case that already exists here is kept, replaced or imported as a copy, as the user chooses. */
class BundleConflictTest {
    @TempDir
    Path dir;
    Workspace ws;
    CaseFile original;
    BundleService service;
    OpenedBundle bundle;

    @BeforeEach
    void setUp() {
        ws = BundleFixtures.workspace(dir.resolve("a"), "Alex Exporter");
        original = BundleFixtures.richCase(ws, CheckService.attach(ws), dir);
        service = new BundleService(ws);
        Path file = dir.resolve("handover.hwbundle");
        service.export(List.of(original.id()), file, BundleFixtures.BUNDLE_PASS, BundleFixtures.ITERATIONS,
                BundleService.Progress.NONE);
        // Changed after the export, so that keeping and replacing can be told apart.
        ws.notes().addToCase(original.id(), "Written after the handover.");
        bundle = service.open(file, BundleFixtures.BUNDLE_PASS);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void thePreviewNamesTheExistingCase() {
        BundleService.CasePreview p = service.preview(bundle).get(0);
        assertThat(p.conflicts()).isTrue();
        assertThat(p.existing().orElseThrow().reference()).isEqualTo(original.reference());
    }

    @Test
    void keepLeavesTheExistingCaseAlone() {
        long audit = ws.audit().size();
        BundleService.ImportResult r = service.importBundle(bundle, Map.of(original.id(), Mode.KEEP));
        assertThat(r.kept()).isEqualTo(1);
        assertThat(ws.cases().count()).isEqualTo(1);
        assertThat(ws.notes().listForCase(original.id())).hasSize(3);
        assertThat(ws.audit().size()).isEqualTo(audit);
    }

    @Test
    void replaceSwapsInTheBundlesCase() {
        BundleService.ImportResult r = service.importBundle(bundle, Map.of(original.id(), Mode.REPLACE));
        assertThat(r.imported()).isEqualTo(1);
        assertThat(ws.cases().count()).isEqualTo(1);
        assertThat(ws.notes().listForCase(original.id())).hasSize(2);
        assertThat(ws.cases().get(original.id())).isEqualTo(original);
        assertThat(ws.audit().verify().intact()).isTrue();
    }

    @Test
    void copyAddsASecondCaseWithNewIdsAndASuffixedReference() {
        BundleService.ImportResult r = service.importBundle(bundle, Map.of(original.id(), Mode.COPY));
        BundleStore.Imported copy = r.cases().get(0);
        assertThat(copy.caseId()).isNotEqualTo(original.id());
        assertThat(copy.reference()).isEqualTo(original.reference() + "-C1");
        assertThat(ws.cases().count()).isEqualTo(2);
        assertThat(ws.notes().listForCase(original.id())).hasSize(3);
        assertThat(ws.notes().listForCase(copy.caseId())).hasSize(2);
        assertThat(ws.evidence().listForCase(copy.caseId())).hasSize(3)
                .allSatisfy(e -> assertThat(ws.evidence().listForCase(original.id())).extracting(x -> x.id())
                        .doesNotContain(e.id()));
        // The review came along and the re-run did not take the new ids for changed evidence.
        Finding voip = ws.checks().findings(copy.caseId()).stream().filter(f -> f.indicatorId().equals("COM-04"))
                .findFirst().orElseThrow();
        assertThat(voip.state()).isEqualTo(FindingState.DISMISSED);
        assertThat(voip.reopened()).isFalse();
        assertThat(voip.active()).isTrue();

        BundleService.ImportResult again = service.importBundle(bundle, Map.of(original.id(), Mode.COPY));
        assertThat(again.cases().get(0).reference()).isEqualTo(original.reference() + "-C2");
        assertThat(service.importedHistory(copy.caseId())).singleElement()
                .satisfies(h -> assertThat(h.asExported()).isTrue());
        assertThat(ws.audit().verify().intact()).isTrue();
    }

    @Test
    void copiesKeepTheirSignInsAndTheLinkBetweenThemAndReplacePutsLinksBack() {
        CaseFile lee = BundleFixtures.signInsAndLinkedCase(ws, original);
        Path file = dir.resolve("two.hwbundle");
        service.export(List.of(original.id(), lee.id()), file, BundleFixtures.BUNDLE_PASS, BundleFixtures.ITERATIONS,
                BundleService.Progress.NONE);
        OpenedBundle two = service.open(file, BundleFixtures.BUNDLE_PASS);

        BundleService.ImportResult r = service.importBundle(two, Map.of(original.id(), Mode.COPY, lee.id(), Mode.COPY));
        UUID danaCopy = r.cases().get(0).caseId();
        UUID leeCopy = r.cases().get(1).caseId();
        Set<UUID> copyEvidence = ws.evidence().listForCase(danaCopy).stream().map(e -> e.id()).collect(Collectors.toSet());
        assertThat(ws.signIns().forCase(danaCopy)).hasSize(3)
                .allSatisfy(s -> assertThat(copyEvidence).contains(s.evidenceId()));
        assertThat(ws.signIns().forCase(original.id())).hasSize(3);
        assertThat(r.linksAdded()).isEqualTo(1);
        assertThat(ws.links().linksOf(danaCopy)).singleElement().satisfies(l -> {
            assertThat(l.other(danaCopy)).isEqualTo(leeCopy);
            assertThat(l.type()).isEqualTo(LinkType.SAME_FACILITATOR);
        });
        assertThat(ws.links().linksOf(original.id())).singleElement()
                .satisfies(l -> assertThat(l.other(original.id())).isEqualTo(lee.id()));

        // A link confirmed here after the export is not the bundle's to drop.
        CaseFile kim = ws.cases().create(CaseDetails.newCase("QA engineer", Subject.named("Kim Placeholder")));
        ws.links().confirm(original.id(), kim.id(), LinkType.OTHER, "Same reference letter", List.of());
        service.importBundle(two, Map.of(original.id(), Mode.REPLACE, lee.id(), Mode.KEEP));
        assertThat(ws.links().linksOf(original.id())).extracting(l -> l.other(original.id()))
                .containsExactlyInAnyOrder(lee.id(), kim.id());
        assertThat(ws.signIns().forCase(original.id())).hasSize(3);
        assertThat(ws.audit().verify().intact()).isTrue();
    }
}
