package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.indicators.CaseDataBuilder.params;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.CrossCaseView;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Test;

/** The analyses over imported sign-ins, at and around their thresholds, and the rows they put behind each finding. */
class SignInAnalysesTest {
    private static final UUID CASE = UUID.randomUUID();
    private final Evidence log = new Evidence(UUID.randomUUID(), CASE, EvidenceKind.SIGN_IN_LOG,
            Instant.parse("2026-03-10T00:00:00Z"), Instant.now(), "tester", "export.csv",
            Map.of("logFormat", "csv", "fileName", "export.csv", "fileSha256", "00"), List.of(), 1);
    private long nextRow = 1;

    private SignIn row(String time, String account, String ip, String country, Double lat, Double lon, Instant end) {
        return new SignIn(nextRow++, log.id(), Instant.parse(time), account, ip, country, "", lat, lon, "", "", null, "",
                SignIn.Outcome.SUCCESS, end);
    }

    private SignIn at(String time, double lat, double lon) {
        return row(time, "dana@example.com", "192.0.2.1", "", lat, lon, null);
    }

    private CaseData data(Subject subject, List<SignIn> rows) {
        return new CaseData(CASE, "HW-1", subject, List.of(log), Map.of(), CrossCaseView.NONE, rows);
    }

    private static Subject claimed(String country, String zone) {
        return new Subject(List.of(new NameSpelling("Dana Example", "CV")), country, "", zone, "", "", "", "");
    }

    private static List<Hit> hits(Outcome o, String messageKey) {
        return o.hits().stream().filter(h -> h.messageKey().equals(messageKey)).toList();
    }

    // ---- LOG-07 impossible travel ----

    @Test
    void chicagoToShenyangInTwoHoursIsImpossibleTravelAndNamesBothPlaces() {
        List<SignIn> rows = List.of(at("2026-03-02T08:00:00Z", 41.88, -87.63), at("2026-03-02T10:00:00Z", 41.81, 123.43));
        SignInAnalyses.Analysis a = SignInAnalyses.awayFromClaimedHome(data(claimed("", ""), rows), params("LOG-07"));
        List<Hit> travel = hits(a.outcome(), "finding.LOG-07.impossibleTravel");
        assertThat(travel).singleElement().satisfies(h -> {
            assertThat(h.args().get(1)).isEqualTo("1");
            assertThat(Long.parseLong(h.args().get(3))).isBetween(10_000L, 11_000L);
            assertThat(h.args().get(4)).isEqualTo("120");
            assertThat(h.evidenceIds()).containsExactly(log.id());
        });
        assertThat(a.rows().get(travel.get(0).key())).containsExactlyElementsOf(rows);
    }

    @Test
    void travelSpeedThresholdAndTheMinimumJumpHold() {
        // about 1,000 km apart (New York to Chicago is about 1,145 km)
        double km = SignIns.distanceKm(40.71, -74.01, 41.88, -87.63);
        assertThat(km).isBetween(1100.0, 1200.0);
        long minutesAtLimit = Math.round(km / 900 * 60);
        List<SignIn> justPossible = List.of(at("2026-03-02T08:00:00Z", 40.71, -74.01),
                at(Instant.parse("2026-03-02T08:00:00Z").plus(Duration.ofMinutes(minutesAtLimit + 1)).toString(), 41.88, -87.63));
        assertThat(hits(SignInAnalyses.awayFromClaimedHome(data(claimed("", ""), justPossible), params("LOG-07")).outcome(),
                "finding.LOG-07.impossibleTravel")).isEmpty();
        List<SignIn> tooFast = List.of(at("2026-03-02T08:00:00Z", 40.71, -74.01),
                at(Instant.parse("2026-03-02T08:00:00Z").plus(Duration.ofMinutes(minutesAtLimit - 2)).toString(), 41.88, -87.63));
        assertThat(hits(SignInAnalyses.awayFromClaimedHome(data(claimed("", ""), tooFast), params("LOG-07")).outcome(),
                "finding.LOG-07.impossibleTravel")).hasSize(1);
        // geolocation jitter between neighbouring cities is never "impossible", however quick
        List<SignIn> near = List.of(at("2026-03-02T08:00:00Z", 41.88, -87.63), at("2026-03-02T08:01:00Z", 42.04, -87.68));
        assertThat(SignInAnalyses.awayFromClaimedHome(data(claimed("", ""), near), params("LOG-07")).outcome().hits())
                .isEmpty();
    }

    // ---- COM-02 best-fitting offset ----

    @Test
    void hoursThatFitAnotherZoneNameTheBestOffsetAndHowWellItFits() {
        List<SignIn> rows = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            for (int h = 0; h < 9; h++) { // 09:00 to 17:00 at UTC+9 is 00:00 to 08:00 UTC
                rows.add(row(String.format("2026-03-%02dT%02d:00:00Z", day, h), "dana@example.com", "192.0.2.1", "", null,
                        null, null));
            }
        }
        SignInAnalyses.Analysis a = SignInAnalyses.nightActivity(data(claimed("US", "America/Chicago"), rows),
                params("COM-02"));
        Hit hit = a.outcome().hits().get(0);
        assertThat(hit.messageKey()).isEqualTo("finding.COM-02.nightSignInsOtherZone");
        assertThat(hit.args().get(7)).isEqualTo("UTC+09:00");
        assertThat(hit.args().get(8)).isEqualTo("100%");
        assertThat(a.rows().get(hit.key())).isNotEmpty().allSatisfy(s -> assertThat(s.evidenceId()).isEqualTo(log.id()));
        assertThat(hit.evidenceIds()).containsExactly(log.id()); // 90 rows, one log: cited once
    }

    @Test
    void bestOffsetPrefersTheClaimedOneOnATieAndMeasuresTheFit() {
        int[] flat = new int[24];
        java.util.Arrays.fill(flat, 1);
        SignInAnalyses.BestOffset tie = SignInAnalyses.bestOffset(flat, 24, -6);
        assertThat(tie.hours()).isEqualTo(-6);
        assertThat(tie.fit()).isEqualTo(10 / 24.0);
        int[] tokyoDay = new int[24];
        for (int h = 0; h < 9; h++) {
            tokyoDay[h] = 3;
        }
        SignInAnalyses.BestOffset tokyo = SignInAnalyses.bestOffset(tokyoDay, 27, -6);
        assertThat(tokyo.hours()).isEqualTo(9);
        assertThat(tokyo.fit()).isEqualTo(1.0);
        // a worker in Chicago (UTC-6) working 09:00-17:00 local is centred at 13:00 there: no shift
        int[] chicagoDay = new int[24];
        for (int h = 15; h < 23; h++) {
            chicagoDay[h] = 2;
        }
        assertThat(SignInAnalyses.bestOffset(chicagoDay, 16, -6).hours()).isEqualTo(-6);
        assertThat(SignInAnalyses.offset(9)).isEqualTo("UTC+09:00");
        assertThat(SignInAnalyses.offset(0)).isEqualTo("UTC+00:00");
    }

    // ---- LOG-03 over an imported log ----

    @Test
    void longSessionsOfALogAreOneFindingPerAccountAtTheThreshold() {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        List<SignIn> rows = List.of(
                row("2026-03-02T08:00:00Z", "dana@example.com", "192.0.2.1", "", null, null, start.plus(Duration.ofHours(24))),
                row("2026-03-04T08:00:00Z", "dana@example.com", "192.0.2.1", "", null, null,
                        Instant.parse("2026-03-04T08:00:00Z").plus(Duration.ofHours(30))),
                row("2026-03-07T08:00:00Z", "dana@example.com", "192.0.2.1", "", null, null,
                        Instant.parse("2026-03-07T08:00:00Z").plus(Duration.ofMinutes(24 * 60 - 1))));
        SignInAnalyses.Analysis a = LogRules.longSessionsAnalysis(data(claimed("", ""), rows), params("LOG-03"));
        Hit hit = a.outcome().hits().get(0);
        assertThat(a.outcome().hits()).hasSize(1);
        assertThat(hit.messageKey()).isEqualTo("finding.LOG-03.longSessionsInLog");
        assertThat(hit.args()).containsSequence("dana@example.com", "2", "24", "30");
        assertThat(a.rows().get(hit.key())).hasSize(2);
    }

    // ---- LOG-01 and LOG-06 over an imported log ----

    @Test
    void countriesWithinTheWindowAndFlaggedNetworksComeFromLogRows() {
        List<SignIn> rows = List.of(row("2026-03-02T08:00:00Z", "dana@example.com", "192.0.2.1", "US", null, null, null),
                row("2026-03-02T09:00:00Z", "dana@example.com", "198.51.100.1", "CN", null, null, null),
                row("2026-03-02T20:00:00Z", "dana@example.com", "203.0.113.1", "RU", null, null, null));
        CaseData c = data(claimed("", ""), rows);
        assertThat(SignInAnalyses.manyCountries(c, params("LOG-01", "windowHours", "12", "minCountries", "3")).outcome()
                .hits()).hasSize(1);
        assertThat(SignInAnalyses.manyCountries(c, params("LOG-01", "windowHours", "11.9", "minCountries", "3"))
                .outcome().hits()).isEmpty();
        SignIn hosted = new SignIn(nextRow++, log.id(), Instant.parse("2026-03-03T08:00:00Z"), "dana@example.com",
                "198.51.100.9", "CN", "", null, null, "64511", "Example Hosting", null, "", SignIn.Outcome.SUCCESS, null);
        CaseData withHosting = data(claimed("", ""), List.of(hosted));
        assertThat(SignInAnalyses.vpnOrHosting(withHosting, params("LOG-06", "hostingAsns", "AS64511")).outcome().hits())
                .singleElement().satisfies(h -> assertThat(h.messageKey()).isEqualTo("finding.LOG-06.hostingAsn"));
        assertThat(SignInAnalyses.vpnOrHosting(withHosting, params("LOG-06", "hostingAsns", "AS64512")).outcome().hits())
                .isEmpty();
        assertThat(SignInFindings.behind("LOG-06", withHosting, params("LOG-06", "hostingAsns", "198.51.100.0/24"))
                .values()).singleElement().satisfies(list -> assertThat(list).containsExactly(hosted));
    }
}
