package org.hirewatch.signins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.SignInLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each log format read from a small fixture built after the format's public documentation. */
public class LogReadersTest {
    @TempDir
    Path dir;

    public static Path fixture(String name) {
        try {
            return Path.of(LogReadersTest.class.getResource("/org/hirewatch/signins/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignIn at(ParsedLog log, int line) {
        return log.rows().stream().filter(r -> r.line() == line).map(SignInLog.Row::signIn).findFirst().orElseThrow();
    }

    private static List<Integer> problemLines(ParsedLog log) {
        return log.problems().stream().map(RowProblem::line).toList();
    }

    @Test
    void oktaSystemLogKeepsSessionStartsAndAuthenticationsWithPlaceNetworkAndOutcome() throws Exception {
        ParsedLog log = JsonLogReader.readOkta(fixture("okta-system-log.json"));
        assertThat(log.format()).isEqualTo(LogFormat.OKTA);
        assertThat(log.rows()).hasSize(3);
        assertThat(log.notSignIns()).isEqualTo(1); // the policy update is no sign-in and no error either
        SignIn first = at(log, 2);
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-02T08:15:04.123Z"));
        assertThat(first.account()).isEqualTo("dana.example@example.com");
        assertThat(first.ip()).isEqualTo("203.0.113.10");
        assertThat(first.city()).isEqualTo("Chicago");
        assertThat(first.country()).isEqualTo("United States");
        assertThat(first.latitude()).isEqualTo(41.8781);
        assertThat(first.longitude()).isEqualTo(-87.6298);
        assertThat(first.asn()).isEqualTo("64500");
        assertThat(first.organisation()).isEqualTo("Example Broadband");
        assertThat(first.vpnOrProxy()).isFalse();
        assertThat(first.device()).isEqualTo("Computer · Linux · FIREFOX");
        assertThat(first.outcome()).isEqualTo(SignIn.Outcome.SUCCESS);
        SignIn sso = log.rows().get(1).signIn();
        assertThat(sso.vpnOrProxy()).isTrue();
        assertThat(sso.country()).isEqualTo("China");
        assertThat(log.rows().get(2).signIn().ip()).isEqualTo("2001:db8::10");
        assertThat(log.rows().get(2).signIn().outcome()).isEqualTo(SignIn.Outcome.FAILURE);
        // the bad address and the event without a time, each named by the line where its entry starts
        assertThat(log.problems()).extracting(RowProblem::messageKey)
                .containsExactly("signins.problem.badIp", "signins.problem.noTime");
        assertThat(log.problems().get(0).args()).containsExactly("not-an-address");
        assertThat(problemLines(log)).containsExactly(37, 44);
        assertThat(log.sha256()).isEqualTo(sha256(fixture("okta-system-log.json")));
    }

    @Test
    void entraJsonReadsGraphPagesWithStatusCoordinatesAndAnonymisedNetworks() {
        ParsedLog log = JsonLogReader.readEntra(fixture("entra-signins.json"));
        assertThat(log.rows()).hasSize(3);
        SignIn ok = log.rows().get(0).signIn();
        assertThat(ok.account()).isEqualTo("dana.example@example.org");
        assertThat(ok.outcome()).isEqualTo(SignIn.Outcome.SUCCESS);
        assertThat(ok.country()).isEqualTo("US");
        assertThat(ok.city()).isEqualTo("Denver");
        assertThat(ok.latitude()).isEqualTo(39.7392);
        assertThat(ok.asn()).isEqualTo("64496");
        assertThat(ok.device()).contains("DANA-LAPTOP").contains("Windows 10");
        assertThat(ok.vpnOrProxy()).isNull(); // no sign of anonymising is "unknown", not "no"
        assertThat(log.rows().get(1).signIn().outcome()).isEqualTo(SignIn.Outcome.FAILURE);
        assertThat(log.rows().get(2).signIn().vpnOrProxy()).isTrue();
        assertThat(log.problems()).extracting(RowProblem::messageKey).containsExactly("signins.problem.badTime");
        assertThat(log.problems().get(0).args()).containsExactly("yesterday");
    }

    @Test
    void entraCsvReadsThePortalColumnsAndSplitsTheLocation() {
        ParsedLog log = CsvLogReader.readEntra(fixture("entra-signins.csv"));
        assertThat(log.rows()).hasSize(3);
        SignIn first = at(log, 2);
        assertThat(first.city()).isEqualTo("Austin");
        assertThat(first.country()).isEqualTo("US");
        assertThat(first.asn()).isEqualTo("64496");
        assertThat(first.outcome()).isEqualTo(SignIn.Outcome.SUCCESS);
        assertThat(at(log, 3).outcome()).isEqualTo(SignIn.Outcome.FAILURE);
        assertThat(at(log, 3).country()).isEqualTo("KP");
        assertThat(at(log, 4).outcome()).isEqualTo(SignIn.Outcome.UNKNOWN); // interrupted: neither
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.messageKey()).isEqualTo("signins.problem.badIp");
        });
    }

    @Test
    void genericCsvUsesTheMappingsColumnsPatternAndZoneAndReportsEachMalformedLine() {
        CsvMapping mapping = new CsvMapping("VPN export", Map.of(CsvMapping.Field.TIME, "when",
                CsvMapping.Field.ACCOUNT, "who", CsvMapping.Field.IP, "source address", CsvMapping.Field.COUNTRY, "cc",
                CsvMapping.Field.CITY, "town", CsvMapping.Field.ASN, "network", CsvMapping.Field.VPN_OR_PROXY,
                "anonymiser", CsvMapping.Field.OUTCOME, "result", CsvMapping.Field.SESSION_END, "logged out"),
                "dd/MM/yyyy HH:mm", "America/Chicago", ';');
        ParsedLog log = CsvLogReader.read(fixture("generic-vpn-export.csv"), mapping);
        assertThat(log.rows()).hasSize(0 + 2);
        SignIn first = at(log, 2);
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-03T15:00:00Z")); // 09:00 in Chicago (UTC-6)
        assertThat(first.sessionEnd()).isEqualTo(Instant.parse("2026-03-03T23:30:00Z"));
        assertThat(first.outcome()).isEqualTo(SignIn.Outcome.SUCCESS);
        assertThat(first.vpnOrProxy()).isFalse();
        assertThat(at(log, 3).vpnOrProxy()).isTrue();
        assertThat(log.problems()).extracting(RowProblem::line, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "signins.problem.badTime"),
                org.assertj.core.groups.Tuple.tuple(5, "signins.problem.columnCount"),
                org.assertj.core.groups.Tuple.tuple(6, "signins.problem.noAccountOrIp"));
        assertThat(log.goodRows("VPN export").skipped()).isEqualTo(3);
    }

    @Test
    void aMappingIsGuessedFromCommonHeadersAndSurvivesBeingSaved() {
        CsvMapping guessed = CsvMapping.guess(List.of("Timestamp", "User", "IP Address", "Country", "Latitude", "Lng"));
        assertThat(guessed.column(CsvMapping.Field.TIME)).isEqualTo("Timestamp");
        assertThat(guessed.column(CsvMapping.Field.IP)).isEqualTo("IP Address");
        assertThat(guessed.column(CsvMapping.Field.LONGITUDE)).isEqualTo("Lng");
        assertThat(guessed.problems()).isEmpty();
        CsvMapping back = CsvMapping.fromJson("mine", guessed.named("mine").toJson());
        assertThat(back.columns()).isEqualTo(guessed.columns());
        assertThat(new CsvMapping("x", Map.of(CsvMapping.Field.ACCOUNT, "u"), "dd/qq/zz{", "Nowhere/City", ',')
                .problems()).containsExactly("signins.mapping.needsTime", "signins.mapping.badPattern",
                "signins.mapping.badZone");
    }

    @Test
    void hostileAndBrokenFilesAreReportedNotThrownAtTheUser() throws IOException {
        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, "time,user,ip\n2026-03-01T10:00:00Z,dana@example.com,192.0.2.1\n"
                + "2026-03-01T11:00:00Z,\"dana@example.com,192.0.2.1\n2026-03-01T12:00:00Z,x,192.0.2.1\n");
        ParsedLog broken = CsvLogReader.read(quote, CsvMapping.guess(List.of("time", "user", "ip")));
        assertThat(broken.rows()).hasSize(1);
        assertThat(broken.problems()).extracting(RowProblem::messageKey).containsExactly("signins.problem.brokenQuote");
        assertThat(broken.problems().get(0).line()).isEqualTo(3);

        Path notJson = dir.resolve("log.json");
        Files.writeString(notJson, "[{\"published\": \"2026-03-01T10:00:00Z\",");
        assertThatThrownBy(() -> JsonLogReader.readOkta(notJson)).isInstanceOf(LogReadException.class)
                .extracting(e -> ((LogReadException) e).messageKey()).isEqualTo("signins.error.badJson");

        Path ctrl = dir.resolve("ctrl.csv");
        Files.writeString(ctrl, "time,user,ip\n2026-03-01T10:00:00Z\u0000,dana@example.com,192.0.2.1\n"
                + "2026-03-01T10:00:00Z,dana@example.com,192.0.2.1 OR 1=1\n");
        ParsedLog hostile = CsvLogReader.read(ctrl, CsvMapping.guess(List.of("time", "user", "ip")));
        assertThat(hostile.rows()).isEmpty();
        assertThat(hostile.problems()).extracting(RowProblem::messageKey)
                .containsExactly("signins.problem.badTime", "signins.problem.badIp");
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
