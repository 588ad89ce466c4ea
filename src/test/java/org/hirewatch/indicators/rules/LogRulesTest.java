package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;
import static org.hirewatch.indicators.CaseDataBuilder.index;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.Outcomes.assertClear;
import static org.hirewatch.indicators.rules.Outcomes.assertNotEvaluated;
import static org.hirewatch.indicators.rules.Outcomes.ids;
import static org.hirewatch.indicators.rules.Outcomes.onlyHit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Rule;
import org.hirewatch.indicators.Rules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogRulesTest {

    @Test
    void everyAutomaticAndAssistedIndicatorOfTheseCategoriesHasARule() {
        Map<String, Rule> rules = Rules.all();
        Set<String> expected = Catalogue.builtIn().indicators().stream()
                .filter(d -> Set.of("LOG", "PAY", "EQP", "WRK", "XAP").contains(d.category()))
                .filter(d -> d.mode() != CheckMode.MANUAL).map(d -> d.id()).collect(Collectors.toSet());
        assertThat(expected).hasSize(30).doesNotContain("WRK-02");
        assertThat(rules.keySet()).containsAll(expected).doesNotContain("WRK-02");
    }

    private static CaseDataBuilder signIn(CaseDataBuilder b, String at, String account, String ip, String country) {
        return b.evidenceAt(at, SIGN_IN_RECORD, "account", account, "ipAddress", ip, "country", country,
                "signInOutcome", "success");
    }

    @Nested
    class ManyCountries {
        @Test
        void firesWithTheAccountTheCountriesAndTheSpan() {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "United States");
            signIn(b, "2026-03-02T19:30:00Z", "dana.e", "203.0.113.9", "Germany");
            Hit h = onlyHit(LogRules.manyCountries(b.build(), params("LOG-01")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-01.manyCountries");
            assertThat(h.evidenceIds()).containsExactlyElementsOf(ids(b.items()));
            assertThat(h.args()).containsExactly("dana.e", "2", "US, DE", "12");
        }

        @Test
        void oneCountryOrSeparateAccountsAreInnocent() {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "US");
            signIn(b, "2026-03-02T09:00:00Z", "dana.e", "198.51.100.8", "USA");
            signIn(b, "2026-03-02T10:00:00Z", "lee.s", "203.0.113.9", "Germany");
            assertClear(LogRules.manyCountries(b.build(), params("LOG-01")));
        }

        @ParameterizedTest
        @CsvSource({"2026-03-03T07:59:00Z, true", "2026-03-03T08:00:00Z, true", "2026-03-03T08:01:00Z, false"})
        void theWindowIsInclusive(String second, boolean fires) {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "US");
            signIn(b, second, "dana.e", "203.0.113.9", "DE");
            assertThat(LogRules.manyCountries(b.build(), params("LOG-01")).hits()).hasSize(fires ? 1 : 0);
        }

        @ParameterizedTest
        @CsvSource({"2, 0", "3, 1", "4, 1"})
        void countsCountriesAgainstTheMinimum(int countries, int hits) {
            CaseDataBuilder b = CaseDataBuilder.a();
            String[] places = {"US", "DE", "FR", "JP"};
            for (int i = 0; i < countries; i++) {
                signIn(b, "2026-03-02T0" + i + ":00:00Z", "dana.e", "198.51.100." + (i + 1), places[i]);
            }
            Outcome o = LogRules.manyCountries(b.build(), params("LOG-01", "minCountries", "3"));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
        }

        @Test
        void failedSignInsDoNotCount() {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "US");
            b.evidenceAt("2026-03-02T09:00:00Z", SIGN_IN_RECORD, "account", "dana.e", "ipAddress", "203.0.113.9",
                    "country", "DE", "signInOutcome", "failure");
            assertClear(LogRules.manyCountries(b.build(), params("LOG-01")));
        }

        @Test
        void signInsWithoutAnAccountNameFormOneGroup() {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "", "198.51.100.7", "US");
            signIn(b, "2026-03-02T08:20:00Z", "", "203.0.113.9", "DE");
            Hit h = onlyHit(LogRules.manyCountries(b.build(), params("LOG-01")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-01.manyCountriesNoAccount");
            assertThat(h.args()).containsExactly("2", "US, DE", "1");
        }

        @Test
        void withoutReadableCountriesItIsNotEvaluated() {
            assertNotEvaluated(LogRules.manyCountries(CaseDataBuilder.a().build(), params("LOG-01")),
                    EvidenceNeed.of(SIGN_IN_RECORD, "country"));
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "Atlantis");
            assertNotEvaluated(LogRules.manyCountries(b.build(), params("LOG-01")),
                    EvidenceNeed.of(SIGN_IN_RECORD, "country"));
        }
    }

    @Nested
    class SharedIp {
        @Test
        void firesForTwoAccountsOfThisCaseOnOneAddress() {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "US");
            signIn(b, "2026-03-02T09:00:00Z", "dana.admin", "198.51.100.7", "US");
            signIn(b, "2026-03-02T10:00:00Z", "dana.e", "203.0.113.9", "US");
            Hit h = onlyHit(LogRules.sharedIp(b.build(), params("LOG-02")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-02.sharedIp");
            assertThat(h.evidenceIds()).containsExactlyElementsOf(ids(b.items().subList(0, 2)));
            assertThat(h.args()).containsExactly("198.51.100.7", "2", "dana.e, dana.admin");
        }

        @Test
        void firesAcrossCasesAndCitesTheOtherCasesEvidence() {
            CaseDataBuilder other = CaseDataBuilder.a().reference("HW-2026-0007").claimed("Lee Sample", "US", "");
            signIn(other, "2026-03-01T08:00:00Z", "lee.s", "198.51.100.7", "US");
            CaseDataBuilder b = CaseDataBuilder.a().others(index(other));
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "US");
            Hit h = onlyHit(LogRules.sharedIp(b.build(), params("LOG-02")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-02.sharedIpAcrossCases");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id(), other.items().get(0).id());
            assertThat(h.args()).containsExactly("198.51.100.7", "2", "1", "HW-2026-0007 (Lee Sample)");
        }

        @Test
        void oneAccountAloneIsInnocent() {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "US");
            signIn(b, "2026-03-02T09:00:00Z", "Dana.E", "198.51.100.7", "US");
            assertClear(LogRules.sharedIp(b.build(), params("LOG-02")));
        }

        @ParameterizedTest
        @CsvSource({"198.51.100.0/24", "198.51.100.7", "::ffff:198.51.100.0/120"})
        void organizationNetworksAreNeverShared(String corporate) {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "198.51.100.7", "US");
            signIn(b, "2026-03-02T09:00:00Z", "dana.admin", "198.51.100.7", "US");
            assertClear(LogRules.sharedIp(b.build(), params("LOG-02", "corporateNetworks", "2001:db8::/32, " + corporate)));
        }

        @Test
        void ipv6RangesMatchIpv6Addresses() {
            CaseDataBuilder b = CaseDataBuilder.a();
            signIn(b, "2026-03-02T08:00:00Z", "dana.e", "2001:db8:0:1::7", "US");
            signIn(b, "2026-03-02T09:00:00Z", "dana.admin", "2001:db8:0:1::7", "US");
            assertClear(LogRules.sharedIp(b.build(), params("LOG-02", "corporateNetworks", "2001:db8::/32")));
            assertThat(LogRules.sharedIp(b.build(), params("LOG-02", "corporateNetworks", "2001:db9::/32")).hits())
                    .hasSize(1);
        }

        @ParameterizedTest
        @CsvSource({"2, 0", "3, 1"})
        void countsAccountsAgainstTheMinimum(int accounts, int hits) {
            CaseDataBuilder b = CaseDataBuilder.a();
            for (int i = 0; i < accounts; i++) {
                signIn(b, "2026-03-02T0" + i + ":00:00Z", "user" + i, "203.0.113.5", "US");
            }
            assertThat(LogRules.sharedIp(b.build(), params("LOG-02", "minAccounts", "3")).hits()).hasSize(hits);
        }

        @Test
        void withoutSignInsItIsNotEvaluated() {
            assertNotEvaluated(LogRules.sharedIp(CaseDataBuilder.a().build(), params("LOG-02")),
                    EvidenceNeed.of(SIGN_IN_RECORD, "ipAddress"));
        }
    }

    @Nested
    class LongSessions {
        private Outcome session(String end, String... params) {
            CaseDataBuilder b = CaseDataBuilder.a().evidenceAt("2026-03-02T08:00:00Z", SIGN_IN_RECORD, "account",
                    "dana.e", "ipAddress", "198.51.100.7", "sessionEnd", end);
            return LogRules.longSessions(b.build(), params("LOG-03", params));
        }

        @Test
        void firesWithTheLengthAndTheTimes() {
            CaseDataBuilder b = CaseDataBuilder.a().evidenceAt("2026-03-02T08:00:00Z", SIGN_IN_RECORD, "account",
                    "dana.e", "ipAddress", "198.51.100.7", "sessionEnd", "2026-03-03T14:30:00Z");
            Hit h = onlyHit(LogRules.longSessions(b.build(), params("LOG-03")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-03.longSession");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("dana.e", "30.5", "2026-03-02 08:00 UTC", "2026-03-03 14:30 UTC");
        }

        @ParameterizedTest
        @CsvSource({"2026-03-03T07:59:00Z, 0", "2026-03-03T08:00:00Z, 1", "2026-03-03T09:00:00+01:00, 1",
            "2026-03-03T08:01:00Z, 1"})
        void aSessionOfTheLimitOrLongerFires(String end, int hits) {
            assertThat(session(end).hits()).hasSize(hits);
        }

        @Test
        void theLimitIsASetting() {
            assertThat(session("2026-03-02T20:00:00Z").hits()).isEmpty();
            assertThat(session("2026-03-02T20:00:00Z", "minSessionHours", "12").hits()).hasSize(1);
        }

        @Test
        void aKeepAwakeToolFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "1 Example Road",
                    "keepAwakeTool", "yes");
            Hit h = onlyHit(LogRules.longSessions(b.build(), params("LOG-03")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-03.keepAwake");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
        }

        @Test
        void noKeepAwakeToolIsInnocent() {
            assertClear(LogRules.longSessions(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress",
                    "1 Example Road", "keepAwakeTool", "no").build(), params("LOG-03")));
        }

        @Test
        void anUnreadableOrBackwardSessionEndIsMissing() {
            EvidenceNeed[] needs = {EvidenceNeed.of(SIGN_IN_RECORD, "sessionEnd"),
                EvidenceNeed.of(EQUIPMENT_SHIPPING, "keepAwakeTool")};
            assertNotEvaluated(session("next Tuesday"), needs);
            assertNotEvaluated(session("2026-03-01T08:00:00Z"), needs);
            assertNotEvaluated(LogRules.longSessions(CaseDataBuilder.a().build(), params("LOG-03")), needs);
        }
    }

    @Nested
    class RemoteAccess {
        private Outcome device(String... fields) {
            String[] all = new String[fields.length + 2];
            all[0] = "shipToAddress";
            all[1] = "1 Example Road";
            System.arraycopy(fields, 0, all, 2, fields.length);
            return LogRules.remoteAccessTools(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, all).build(),
                    params("LOG-04", "sanctionedRemoteTools", "TeamViewer"));
        }

        @Test
        void unapprovedToolsFireWithTheirNames() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "1 Example Road",
                    "remoteAccessTools", "AnyDesk; TeamViewer 15, Chrome Remote Desktop");
            Hit h = onlyHit(LogRules.remoteAccessTools(b.build(), params("LOG-04", "sanctionedRemoteTools", "TeamViewer")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-04.unapprovedTools");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("AnyDesk, Chrome Remote Desktop");
        }

        @Test
        void approvedToolsAndNothingFoundAreInnocent() {
            assertClear(device("remoteAccessTools", "TeamViewer"));
            assertClear(device("remoteAccessTools", "none", "rdpPortOpen", "no"));
            assertClear(device("remoteAccessTools", "n/a"));
        }

        @Test
        void anOpenRemoteDesktopPortFires() {
            assertThat(onlyHit(device("rdpPortOpen", "yes")).messageKey()).isEqualTo("finding.LOG-04.rdpOpen");
        }

        @Test
        void withoutAnInventoryItIsNotEvaluated() {
            assertNotEvaluated(device(), EvidenceNeed.of(EQUIPMENT_SHIPPING, "remoteAccessTools"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "rdpPortOpen"));
        }
    }

    @Nested
    class HardwareKvm {
        @Test
        void anIpKvmFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "1 Example Road",
                    "hardwareKvm", "yes");
            Hit h = onlyHit(LogRules.hardwareKvm(b.build(), params("LOG-05")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-05.kvm");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
        }

        @Test
        void noKvmIsInnocentAndNoAnswerIsNotEvaluated() {
            assertClear(LogRules.hardwareKvm(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "x",
                    "hardwareKvm", "no").build(), params("LOG-05")));
            assertNotEvaluated(LogRules.hardwareKvm(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress",
                    "x").build(), params("LOG-05")), EvidenceNeed.of(EQUIPMENT_SHIPPING, "hardwareKvm"));
        }
    }

    @Nested
    class VpnOrHosting {
        private CaseDataBuilder network(CaseDataBuilder b, String ip, String asn, String org, String vpn) {
            return b.evidence(SIGN_IN_RECORD, "account", "dana.e", "ipAddress", ip, "asn", asn,
                    "networkOrganisation", org, "vpnOrProxy", vpn);
        }

        @Test
        void aListedProviderFiresOncePerNetwork() {
            CaseDataBuilder b = CaseDataBuilder.a();
            network(b, "203.0.113.10", "AS64500", "Astrill Systems", "unknown");
            network(b, "203.0.113.11", "AS64500", "Astrill Systems", "unknown");
            Hit h = onlyHit(NetworkRules.vpnOrHosting(b.build(), params("LOG-06")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-06.vpnProvider");
            assertThat(h.evidenceIds()).containsExactlyElementsOf(ids(b.items()));
            assertThat(h.args()).containsExactly("Astrill Systems", "2", "203.0.113.10, 203.0.113.11");
        }

        @Test
        void aListedAsnOrRangeFires() {
            CaseDataBuilder b = CaseDataBuilder.a();
            network(b, "198.51.100.20", "AS64501", "Example Hosting", "no");
            network(b, "192.0.2.44", "64999", "", "no");
            Outcome o = NetworkRules.vpnOrHosting(b.build(), params("LOG-06", "hostingAsns", "as64501, 192.0.2.0/24"));
            assertThat(o.hits()).extracting(Hit::messageKey)
                    .containsExactly("finding.LOG-06.hostingAsn", "finding.LOG-06.hostingRange");
            assertThat(o.hits().get(0).args()).containsExactly("AS64501 Example Hosting", "1", "198.51.100.20");
            assertThat(o.hits().get(1).args()).containsExactly("192.0.2.0/24", "1", "192.0.2.44");
            assertThat(o.hits().get(1).evidenceIds()).containsExactly(b.items().get(1).id());
        }

        @Test
        void aVpnFlagFires() {
            CaseDataBuilder b = network(CaseDataBuilder.a(), "198.51.100.20", "", "Example Cable", "yes");
            Hit h = onlyHit(NetworkRules.vpnOrHosting(b.build(), params("LOG-06")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-06.vpnFlag");
            assertThat(h.args()).containsExactly("Example Cable", "1", "198.51.100.20");
        }

        @Test
        void aHomeConnectionIsInnocent() {
            CaseDataBuilder b = network(CaseDataBuilder.a(), "198.51.100.20", "AS64502", "Example Cable", "no");
            assertClear(NetworkRules.vpnOrHosting(b.build(), params("LOG-06", "hostingAsns", "64501")));
            // a provider's name inside another word is not the provider
            CaseDataBuilder c = network(CaseDataBuilder.a(), "198.51.100.20", "", "Mullvadsson Fiber", "no");
            assertClear(NetworkRules.vpnOrHosting(c.build(), params("LOG-06")));
        }

        @Test
        void failedSignInsDoNotCount() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(SIGN_IN_RECORD, "ipAddress", "203.0.113.10",
                    "networkOrganisation", "NordVPN", "vpnOrProxy", "yes", "signInOutcome", "failure");
            network(b, "198.51.100.20", "", "Example Cable", "no");
            assertClear(NetworkRules.vpnOrHosting(b.build(), params("LOG-06")));
        }

        @Test
        void withoutNetworkDetailsItIsNotEvaluated() {
            CaseDataBuilder b = network(CaseDataBuilder.a(), "198.51.100.20", "AS64502", "", "unknown");
            assertNotEvaluated(NetworkRules.vpnOrHosting(b.build(), params("LOG-06")),
                    EvidenceNeed.of(SIGN_IN_RECORD, "vpnOrProxy"), EvidenceNeed.of(SIGN_IN_RECORD, "networkOrganisation"),
                    EvidenceNeed.of(SIGN_IN_RECORD, "asn"));
        }
    }

    @Nested
    class AwayFromClaimedHome {
        private CaseDataBuilder claimed(String city, String country) {
            return CaseDataBuilder.a().subject(new Subject(List.of(new NameSpelling("Dana Example", "CV")), country,
                    city, "America/Chicago", "", "", "", ""));
        }

        private Evidence signInFrom(CaseDataBuilder b, String city, String country) {
            b.evidence(SIGN_IN_RECORD, "ipAddress", "198.51.100.20", "city", city, "country", country);
            return b.items().get(b.items().size() - 1);
        }

        @Test
        void mostlyElsewhereFiresWithThePlaces() {
            CaseDataBuilder b = claimed("Austin", "United States");
            Evidence vegas = signInFrom(b, "Las Vegas", "US");
            signInFrom(b, "Austin", "US");
            Evidence london = signInFrom(b, "London", "United Kingdom");
            Hit h = onlyHit(NetworkRules.awayFromClaimedHome(b.build(), params("LOG-07")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-07.awayFromClaim");
            assertThat(h.evidenceIds()).containsExactly(vegas.id(), london.id());
            assertThat(h.args()).containsExactly("2", "3", "Austin, United States", "Las Vegas, US; London, United Kingdom");
        }

        @ParameterizedTest
        @CsvSource({"1, 2, 0", "1, 3, 0", "2, 3, 1", "1, 1, 1"})
        void theShareMustExceedTheSetting(int away, int total, int hits) {
            CaseDataBuilder b = claimed("", "US");
            for (int i = 0; i < total; i++) {
                signInFrom(b, "", i < away ? "Canada" : "US");
            }
            assertThat(NetworkRules.awayFromClaimedHome(b.build(), params("LOG-07")).hits()).hasSize(hits);
        }

        @Test
        void aDeviceAbroadCountsAsAnObservation() {
            CaseDataBuilder b = claimed("", "US").evidence(EQUIPMENT_SHIPPING, "shipToAddress", "1 Example Road",
                    "deviceCountry", "China");
            Hit h = onlyHit(NetworkRules.awayFromClaimedHome(b.build(), params("LOG-07")));
            assertThat(h.args()).containsExactly("1", "1", "US", "China");
        }

        @Test
        void anInterviewFromAnotherCountryFiresOnItsOwn() {
            CaseDataBuilder b = claimed("", "US");
            signInFrom(b, "", "US");
            b.evidence(INTERVIEW_OBSERVATION, "participantCountry", "Russia");
            Hit h = onlyHit(NetworkRules.awayFromClaimedHome(b.build(), params("LOG-07")));
            assertThat(h.messageKey()).isEqualTo("finding.LOG-07.interviewCountry");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(1).id());
            assertThat(h.args()).containsExactly("Russia", "US");
        }

        @Test
        void theClaimedCityOrNearbySpellingsAreInnocent() {
            CaseDataBuilder b = claimed("New York", "US");
            signInFrom(b, "New York City", "United States");
            signInFrom(b, "", "US");
            b.evidence(INTERVIEW_OBSERVATION, "participantCountry", "USA");
            assertClear(NetworkRules.awayFromClaimedHome(b.build(), params("LOG-07")));
        }

        @Test
        void withoutAClaimOrObservationsItIsNotEvaluated() {
            CaseDataBuilder noClaim = claimed("", "");
            signInFrom(noClaim, "", "US");
            assertNotEvaluated(NetworkRules.awayFromClaimedHome(noClaim.build(), params("LOG-07")),
                    EvidenceNeed.subject("claimedCountry"));
            assertNotEvaluated(NetworkRules.awayFromClaimedHome(claimed("", "US").build(), params("LOG-07")),
                    EvidenceNeed.of(SIGN_IN_RECORD, "country"), EvidenceNeed.of(INTERVIEW_OBSERVATION, "participantCountry"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "deviceCountry"));
        }
    }
}
