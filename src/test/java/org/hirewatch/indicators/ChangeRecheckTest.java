package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.Identifier;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.store.WorkspaceListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After one evidence change the listener re-checks the changed case and, together in one batch, every case sharing an
 * old or new value or holding a close text. What it stores must be what checking every case one by one stores.
 */
class ChangeRecheckTest {
    @TempDir
    Path dir;
    RingWorkspace rings;
    CheckService checks;

    @BeforeEach
    void setUp() {
        rings = new RingWorkspace(dir.resolve("ws"));
        checks = CheckService.attach(rings.ws);
        checks.checkAll((done, total) -> { });
    }

    @AfterEach
    void tearDown() {
        rings.close();
    }

    private Evidence item(int caseIndex, EvidenceKind kind) {
        return rings.ws.evidence().listForCase(rings.cases.get(caseIndex).id()).stream()
                .filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    private void change(int caseIndex, EvidenceKind kind, String field, String value) {
        Evidence e = item(caseIndex, kind);
        Map<String, String> fields = new HashMap<>(e.fields());
        fields.put(field, value);
        rings.ws.evidence().update(e.id(), e.version(), new EvidenceDraft(kind, e.observedAt(), e.source(), fields));
    }

    /** Checking every case on its own changes nothing the listener stored. */
    private void assertSameAsCheckingOneByOne() {
        Map<UUID, List<String>> afterListener = rings.storedFindings();
        for (CaseFile c : rings.cases) {
            checks.checkCase(c.id());
        }
        assertThat(rings.storedFindings()).isEqualTo(afterListener);
    }

    /** A case's findings whose explanation has this key ("finding.XAP-05.sharedShipTo"). */
    private List<Finding> findings(int caseIndex, String messageKey) {
        return rings.ws.checks().findings(rings.cases.get(caseIndex).id()).stream()
                .filter(f -> f.messageKey().equals(messageKey)).toList();
    }

    @Test
    void joiningASharedAddressReChecksTheCasesHoldingIt() {
        String joiner = rings.cases.get(1).reference();
        assertThat(findings(4, "finding.XAP-05.sharedShipTo")).noneMatch(f -> f.args().toString().contains(joiner));

        change(1, EvidenceKind.EQUIPMENT_SHIPPING, "shipToAddress", RingWorkspace.shipTo(0));

        // Case 4 shares ring 0's address and was not edited: its finding now names the case that joined.
        assertThat(findings(4, "finding.XAP-05.sharedShipTo")).anyMatch(f -> f.args().toString().contains(joiner));
        assertThat(findings(1, "finding.XAP-05.sharedShipTo")).isNotEmpty();
        assertSameAsCheckingOneByOne();
    }

    @Test
    void leavingASharedAddressReChecksTheCasesThatHeldItWithIt() {
        String leaver = rings.cases.get(0).reference();
        assertThat(findings(4, "finding.XAP-05.sharedShipTo")).anyMatch(f -> f.args().toString().contains(leaver));

        change(0, EvidenceKind.EQUIPMENT_SHIPPING, "shipToAddress", "77 Elsewhere Lane\nLakeside");

        assertThat(findings(4, "finding.XAP-05.sharedShipTo")).noneMatch(f -> f.args().toString().contains(leaver));
        assertSameAsCheckingOneByOne();
    }

    @Test
    void copyingACvTemplateReChecksTheCasesWithCloseTexts() {
        String copier = rings.cases.get(2).reference();
        assertThat(findings(5, "finding.XAP-01.similarCv")).noneMatch(f -> f.args().toString().contains(copier));

        change(2, EvidenceKind.APPLICATION, "cvText", RingWorkspace.cv(5));

        assertThat(findings(5, "finding.XAP-01.similarCv")).anyMatch(f -> f.args().toString().contains(copier));
        assertSameAsCheckingOneByOne();
    }

    /** Cases whose stored result hash is gone: re-checked in part since the last run over all cases. */
    private List<Integer> partlyRechecked() {
        Set<UUID> hashed = new HashSet<>(BenchAccess.withConnection(rings.ws, c -> {
            List<UUID> ids = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT case_id FROM case_result_hash")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rings.cases.size(); i++) {
            if (!hashed.contains(rings.cases.get(i).id())) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void anEditThatKeepsAnItemsValuesLeavesTheCasesSharingThemAlone() {
        List<WorkspaceListener.EvidenceChange> heard = new ArrayList<>();
        rings.ws.addListener(new WorkspaceListener() {
            @Override
            public void evidenceChanged(List<EvidenceChange> changes) {
                heard.addAll(changes);
            }

            @Override
            public void caseChanged(UUID caseId) {
            }
        });
        // Case 0's phone is ring 0's, held by case 12 too; the line type is no identifier.
        change(0, EvidenceKind.CONTACT_CHANNEL, "lineType", "mobile");
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).identifiers()).extracting(Identifier::field).contains("phone", "email");
        assertThat(heard.get(0).changed()).isEmpty();
        assertThat(partlyRechecked()).containsExactly(0);

        heard.clear();
        change(0, EvidenceKind.CONTACT_CHANNEL, "phone", "+1 555 0199");
        assertThat(heard.get(0).changed()).extracting(Identifier::value).containsExactlyInAnyOrder("+1 555 0110",
                "+1 555 0199");
        assertThat(partlyRechecked()).containsExactly(0, 12);
        assertSameAsCheckingOneByOne();
    }

    @Test
    void aTextSavedAfterTheKnownTextsWereReadIsFoundByLaterReChecks() {
        change(7, EvidenceKind.APPLICATION, "cvText", RingWorkspace.cv(7) + " Now also on call."); // reads the texts
        String fresh = "Wrote the migration runbooks, the on-call handbook and the release checklist for platform team.";
        change(2, EvidenceKind.APPLICATION, "cvText", fresh);
        change(4, EvidenceKind.APPLICATION, "cvText", fresh + " ");

        String first = rings.cases.get(2).reference();
        assertThat(findings(4, "finding.XAP-01.similarCv")).anyMatch(f -> f.args().toString().contains(first));
        assertSameAsCheckingOneByOne();
    }

    @Test
    void aChangeSharedWithNobodyReChecksOnlyItsCase() {
        Map<UUID, List<String>> before = rings.storedFindings();
        change(3, EvidenceKind.CONTACT_CHANNEL, "lineType", "voip");

        Map<UUID, List<String>> after = rings.storedFindings();
        for (int i = 0; i < rings.cases.size(); i++) {
            UUID id = rings.cases.get(i).id();
            if (i != 3) {
                assertThat(after.get(id)).as("case %d", i).isEqualTo(before.get(id));
            }
        }
        assertThat(after.get(rings.cases.get(3).id())).isNotEqualTo(before.get(rings.cases.get(3).id()));
        assertSameAsCheckingOneByOne();
    }
}
