package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.SignInLog;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.signins.JsonLogReader;
import org.hirewatch.signins.ParsedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in log imports on a real encrypted workspace: one transaction, chain of custody, and re-checks after it. */
class SignInImportTest {
    @TempDir
    Path dir;
    Workspace ws;
    CheckService checks;
    CaseFile dana;

    @BeforeEach
    void setUp() {
        ws = Workspace.create(dir.resolve("ws"), "correct horse battery staple".toCharArray(), KdfParams.fresh(1000),
                "tester");
        checks = CheckService.attach(ws);
        dana = ws.cases().create(CaseDetails.newCase("Backend engineer", Subject.named("Dana Example")));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    static SignIn signIn(String time, String account, String ip, String country) {
        return new SignIn(0, null, Instant.parse(time), account, ip, country, "", null, null, "", "", null, "",
                SignIn.Outcome.SUCCESS, null);
    }

    private static SignInLog log(List<SignIn> rows) {
        List<SignInLog.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new SignInLog.Row(i + 2, rows.get(i)));
        }
        return new SignInLog("csv", "export.csv", "ab".repeat(32), "VPN export", out, 1);
    }

    private List<Finding> open(CaseFile c, String indicator) {
        return ws.checks().findings(c.id()).stream().filter(f -> f.indicatorId().equals(indicator)).toList();
    }

    @Test
    void aLogIsOneEvidenceItemWithItsCustodyAndItsRowsInTheirOwnTable() {
        Evidence item = ws.signIns().importLog(dana.id(), log(List.of(
                signIn("2026-03-01T08:00:00Z", "dana@example.com", "192.0.2.10", "US"),
                signIn("2026-03-01T12:00:00Z", "dana@example.com", "192.0.2.11", "US"))));
        assertThat(item.kind()).isEqualTo(EvidenceKind.SIGN_IN_LOG);
        assertThat(item.value("fileSha256")).isEqualTo("ab".repeat(32));
        assertThat(item.value("rowCount")).isEqualTo("2");
        assertThat(item.value("skippedRows")).isEqualTo("1");
        assertThat(item.value("firstSignIn")).isEqualTo("2026-03-01T08:00:00Z");
        assertThat(ws.evidence().listForCase(dana.id())).extracting(Evidence::kind)
                .containsExactly(EvidenceKind.SIGN_IN_LOG);
        List<SignIn> rows = ws.signIns().forCase(dana.id());
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.evidenceId()).isEqualTo(item.id()));
        assertThat(ws.signIns().lines(rows.stream().map(SignIn::rowId).toList())).containsValues(2, 3);
        assertThat(ws.audit().forCase(dana.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo("evidence.add"));

        ws.evidence().delete(item.id());
        assertThat(ws.signIns().forCase(dana.id())).isEmpty();
    }

    @Test
    void aFailureHalfwayLeavesNothingBehind() {
        List<SignIn> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(signIn("2026-03-01T08:00:00Z", "dana@example.com", "192.0.2.10", "US"));
        }
        // a row without a time cannot be stored: the batches before it must be rolled back with it
        rows.add(new SignIn(0, null, null, "dana@example.com", "192.0.2.10", "US", "", null, null, "", "", null, "",
                SignIn.Outcome.SUCCESS, null));
        assertThatThrownBy(() -> ws.signIns().importLog(dana.id(), log(rows))).isInstanceOf(RuntimeException.class);
        assertThat(ws.signIns().forCase(dana.id())).isEmpty();
        assertThat(ws.evidence().listForCase(dana.id())).isEmpty();
    }

    @Test
    void importingReChecksTheCaseAndCasesThatShareAnAddress() {
        assertThat(open(dana, "LOG-01")).isEmpty();
        ws.signIns().importLog(dana.id(), log(List.of(
                signIn("2026-03-01T08:00:00Z", "dana@example.com", "203.0.113.5", "US"),
                signIn("2026-03-01T10:00:00Z", "dana@example.com", "198.51.100.7", "CN"),
                signIn("2026-03-01T12:00:00Z", "dana@example.com", "192.0.2.99", "RU"))));
        assertThat(open(dana, "LOG-01")).singleElement().satisfies(f -> assertThat(f.args()).contains("3"));

        // A second case whose typed-in sign-in uses an address from Dana's log: both see the shared address.
        CaseFile lee = ws.cases().create(CaseDetails.newCase("Frontend engineer", Subject.named("Lee Sample")));
        ws.evidence().add(lee.id(), new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, Instant.parse("2026-03-02T09:00:00Z"),
                "VPN log", Map.of("account", "lee@example.org", "ipAddress", "198.51.100.7")), List.of());
        assertThat(open(lee, "LOG-02")).singleElement()
                .satisfies(f -> assertThat(f.messageKey()).isEqualTo("finding.LOG-02.sharedIpAcrossCases"));
        assertThat(open(lee, "XAP-05")).isNotEmpty();

        // A third case importing a log with the same address re-checks the other two at once.
        CaseFile kim = ws.cases().create(CaseDetails.newCase("QA engineer", Subject.named("Kim Placeholder")));
        ws.signIns().importLog(kim.id(), log(List.of(signIn("2026-03-03T09:00:00Z", "kim@example.net", "198.51.100.7",
                "CN"))));
        assertThat(open(kim, "LOG-02")).singleElement().satisfies(f -> assertThat(f.args().get(1)).isEqualTo("3"));
        assertThat(open(dana, "LOG-02")).singleElement().satisfies(f -> assertThat(f.args().get(1)).isEqualTo("3"));
        assertThat(ws.signIns().casesSharingAddresses(kim.id())).containsExactlyInAnyOrder(dana.id(), lee.id());

        // The batch run over all cases reaches the same findings through its in-memory index.
        checks.checkAll((done, total) -> { });
        assertThat(open(dana, "LOG-02")).singleElement().satisfies(f -> assertThat(f.args().get(1)).isEqualTo("3"));
    }

    @Test
    void mappingsAreSavedByNameAndReplaced() {
        ws.signIns().saveMapping("VPN export", "{\"a\":1}");
        ws.signIns().saveMapping("VPN export", "{\"a\":2}");
        ws.signIns().saveMapping("Badge system", "{}");
        assertThat(ws.signIns().mappings()).containsExactly(Map.entry("Badge system", "{}"),
                Map.entry("VPN export", "{\"a\":2}"));
    }

    @Test
    void anOktaFixtureGoesInAsItsGoodRows() throws Exception {
        ParsedLog parsed = JsonLogReader.readOkta(Path.of(getClass().getResource("/org/hirewatch/signins/okta-system-log.json").toURI()));
        Evidence item = ws.signIns().importLog(dana.id(), parsed.goodRows(""));
        assertThat(item.value("logFormat")).isEqualTo("okta");
        assertThat(item.value("skippedRows")).isEqualTo("2");
        assertThat(ws.signIns().forCase(dana.id())).hasSize(3);
    }
}
