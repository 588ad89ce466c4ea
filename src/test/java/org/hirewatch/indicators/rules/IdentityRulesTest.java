package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.ONLINE_PROFILE;
import static org.hirewatch.domain.EvidenceKind.PAYMENT_PAYOUT;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.RuleAssertions.add;
import static org.hirewatch.indicators.rules.RuleAssertions.assertClear;
import static org.hirewatch.indicators.rules.RuleAssertions.assertHit;
import static org.hirewatch.indicators.rules.RuleAssertions.assertNotEvaluated;
import static org.hirewatch.indicators.rules.RuleAssertions.ids;

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

class IdentityRulesTest {

    private static Subject subject(String country, String nationality, String... names) {
        List<NameSpelling> spellings = java.util.Arrays.stream(names).map(n -> new NameSpelling(n, "CV")).toList();
        return new Subject(spellings, country, "", "", nationality, "", "", "");
    }

    @Test
    void everyAutomaticOrAssistedIndicatorOfIdentityCommunicationAndInterviewHasARule() {
        Map<String, Rule> rules = Rules.all();
        Set<String> expected = Catalogue.builtIn().indicators().stream()
                .filter(d -> Set.of("IDN", "COM", "INT").contains(d.category()) && d.mode() != CheckMode.MANUAL)
                .map(d -> d.id()).collect(Collectors.toSet());
        assertThat(expected).hasSize(27);
        assertThat(rules.keySet()).containsAll(expected);
        assertThat(rules).doesNotContainKeys("IDN-16", "INT-07");
    }

    @Nested
    class NameConsistency {
        private Outcome run(CaseDataBuilder b) {
            return IdentityRules.nameConsistency(b.build(), params("IDN-01"));
        }

        @Test
        void documentNameFarFromTheClaimedNameIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            Evidence doc = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", "Dana Exampxyz");
            assertHit(run(b), "finding.IDN-01.documentName", ids(doc), "Dana Exampxyz", "Dana Example", "3", "2");
        }

        @Test
        void profileNameFarFromTheClaimedNameIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "", "");
            Evidence profile = add(b, ONLINE_PROFILE, "platform", "linkedin", "displayName", "Lee Other");
            Hit h = RuleAssertions.onlyHit(run(b));
            assertThat(h.messageKey()).isEqualTo("finding.IDN-01.profileName");
            assertThat(h.evidenceIds()).containsExactly(profile.id());
            assertThat(h.args()).startsWith("Lee Other", "Dana Example").endsWith("2");
        }

        @Test
        void claimedSpellingsThatDisagreeAreRaisedWithoutEvidence() {
            CaseDataBuilder b = CaseDataBuilder.a().subject(subject("", "", "Dana Example", "Lee Other"));
            Hit h = RuleAssertions.onlyHit(run(b));
            assertThat(h.messageKey()).isEqualTo("finding.IDN-01.claimedSpelling");
            assertThat(h.evidenceIds()).isEmpty();
            assertThat(h.args()).startsWith("Lee Other", "Dana Example");
        }

        @Test
        void profileLocationInAnotherCountryIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("", "US", "");
            Evidence profile = add(b, ONLINE_PROFILE, "platform", "linkedin", "statedLocation", "Berlin, Germany");
            assertHit(run(b), "finding.IDN-01.profileLocation", ids(profile), "Berlin, Germany", "US");
        }

        @Test
        void consistentSourcesAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "United States", "");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", "EXAMPLE, Dana Marie");
            add(b, ONLINE_PROFILE, "platform", "github", "displayName", "Dana Exampel",
                    "statedLocation", "Austin, USA");
            assertClear(run(b));
        }

        @Test
        void nameDistanceBoundary() {
            String[][] cases = {{"Dana Exampxe", "clear"}, {"Dana Exampxy", "clear"}, {"Dana Exampxyz", "hit"}};
            for (String[] c : cases) {
                CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "", "");
                add(b, IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", c[0]);
                assertThat(run(b).hits()).as(c[0]).hasSize(c[1].equals("hit") ? 1 : 0);
            }
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "", "");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", "Dana Exampxy");
            assertThat(IdentityRules.nameConsistency(b.build(), params("IDN-01", "maxNameDistance", "1")).hits())
                    .hasSize(1);
        }

        @Test
        void withNothingToCompareItIsNotEvaluated() {
            assertNotEvaluated(run(CaseDataBuilder.a()), EvidenceNeed.subject("names"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "nameAsPrinted"), EvidenceNeed.of(ONLINE_PROFILE, "displayName"),
                    EvidenceNeed.subject("claimedCountry"), EvidenceNeed.of(ONLINE_PROFILE, "statedLocation"));
        }

        @Test
        void anUnreadableLocationAndASingleClaimedNameAreNotEnough() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            add(b, ONLINE_PROFILE, "platform", "linkedin", "statedLocation", "somewhere sunny");
            assertNotEvaluated(run(b), EvidenceNeed.of(IDENTITY_DOCUMENT, "nameAsPrinted"),
                    EvidenceNeed.of(ONLINE_PROFILE, "displayName"), EvidenceNeed.of(ONLINE_PROFILE, "statedLocation"));
        }
    }

    @Nested
    class DocumentResidenceNationality {
        private Outcome run(CaseDataBuilder b) {
            return IdentityRules.documentResidenceNationality(b.build(), params("IDN-06"));
        }

        @Test
        void threeDifferentCountriesAreRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().subject(subject("US", "Mexican", "Dana Example"));
            Evidence doc = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "issuingCountry", "Canada");
            assertHit(run(b), "finding.IDN-06.threeCountries", ids(doc), "Canada", "US", "Mexican");
        }

        @Test
        void twoOfThreeAgreeingIsClear() {
            CaseDataBuilder migrant = CaseDataBuilder.a().subject(subject("US", "Mexican", "Dana Example"));
            add(migrant, IDENTITY_DOCUMENT, "documentType", "passport", "issuingCountry", "Mexico");
            assertClear(run(migrant));
            CaseDataBuilder abroad = CaseDataBuilder.a().subject(subject("Canada", "Canadian", "Dana Example"));
            add(abroad, IDENTITY_DOCUMENT, "documentType", "passport", "issuingCountry", "France");
            assertClear(run(abroad));
        }

        @Test
        void unreadableOrMissingCountriesAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a().subject(subject("US", "from far away", "Dana Example"));
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "issuingCountry", "Canada");
            assertNotEvaluated(run(b), EvidenceNeed.subject("claimedNationality"));
            assertNotEvaluated(run(CaseDataBuilder.a()), EvidenceNeed.of(IDENTITY_DOCUMENT, "issuingCountry"),
                    EvidenceNeed.subject("claimedCountry"), EvidenceNeed.subject("claimedNationality"));
        }
    }

    @Nested
    class BrowserLanguage {
        private Outcome run(CaseDataBuilder b) {
            return IdentityRules.browserLanguage(b.build(), params("IDN-07"));
        }

        @Test
        void listedLanguageOutsideTheExemptCountriesIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            Evidence call = add(b, INTERVIEW_OBSERVATION, "browserLocale", "en-US,ko;q=0.8");
            add(b, INTERVIEW_OBSERVATION, "browserLocale", "en-US");
            assertHit(run(b), "finding.IDN-07.localeLanguage", ids(call), "en-US,ko;q=0.8", "ko", "US");
        }

        @Test
        void exemptCountryOtherLanguagesAndLookAlikeCodesAreClear() {
            CaseDataBuilder korea = CaseDataBuilder.a().claimed("Dana Example", "South Korea", "");
            add(korea, INTERVIEW_OBSERVATION, "browserLocale", "ko-KR");
            assertClear(run(korea));
            CaseDataBuilder konkani = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            add(konkani, INTERVIEW_OBSERVATION, "browserLocale", "kok-IN,en-GB;q=0.5");
            assertClear(run(konkani));
        }

        @Test
        void onlyTheSettingCountsNeverNationality() {
            CaseDataBuilder b = CaseDataBuilder.a().subject(subject("US", "South Korean", "Dana Example"));
            add(b, INTERVIEW_OBSERVATION, "browserLocale", "en-US");
            assertClear(run(b));
        }

        @Test
        void prefixesAreASetting() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            Evidence call = add(b, INTERVIEW_OBSERVATION, "browserLocale", "ja_JP");
            Outcome o = IdentityRules.browserLanguage(b.build(), params("IDN-07", "localePrefixes", "ja"));
            assertHit(o, "finding.IDN-07.localeLanguage", ids(call), "ja_JP", "ja-jp", "US");
        }

        @Test
        void missingLocaleOrCountryIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "", "");
            add(b, INTERVIEW_OBSERVATION, "browserLocale", "ko");
            assertNotEvaluated(run(b), EvidenceNeed.subject("claimedCountry"));
            assertNotEvaluated(run(CaseDataBuilder.a().claimed("Dana Example", "US", "")),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "browserLocale"));
        }
    }

    @Nested
    class ProfilePhoto {
        private Outcome run(CaseDataBuilder b) {
            return IdentityRules.profilePhoto(b.build(), params("IDN-12"));
        }

        @Test
        void reverseImageHitUnderAnotherNameIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence p = add(b, ONLINE_PROFILE, "platform", "linkedin", "reverseImageOtherName", "yes",
                    "reverseImageResult", "linkedin.example.org/in/lee-other");
            assertHit(run(b), "finding.IDN-12.otherNameFound", ids(p), "linkedin.example.org/in/lee-other");
            CaseDataBuilder bare = CaseDataBuilder.a();
            Evidence q = add(bare, ONLINE_PROFILE, "platform", "linkedin", "reverseImageOtherName", "yes");
            assertHit(run(bare), "finding.IDN-12.otherName", ids(q));
        }

        @Test
        void aiScoreBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence high = add(b, ONLINE_PROFILE, "platform", "github", "aiImageScore", "0.71");
            add(b, ONLINE_PROFILE, "platform", "github", "aiImageScore", "0.70");
            add(b, ONLINE_PROFILE, "platform", "github", "aiImageScore", "0.69");
            assertHit(run(b), "finding.IDN-12.aiScore", ids(high), "0.71", "0.7");
        }

        @Test
        void cleanPhotoIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, ONLINE_PROFILE, "platform", "github", "reverseImageOtherName", "no", "aiImageScore", "0.1");
            assertClear(run(b));
        }

        @Test
        void withoutSearchOrScoreItIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, ONLINE_PROFILE, "platform", "github", "aiImageScore", "very high", "reverseImageResult", "a match");
            assertNotEvaluated(run(b), EvidenceNeed.of(ONLINE_PROFILE, "reverseImageOtherName"),
                    EvidenceNeed.of(ONLINE_PROFILE, "aiImageScore"));
        }
    }

    @Nested
    class PhotoUnderSeveralNames {
        private Outcome run(CaseDataBuilder b) {
            return IdentityRules.photoUnderSeveralNames(b.build(), params("IDN-14"));
        }

        @Test
        void samePhotoUnderAnotherNameIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence doc = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", "Dana Example",
                    "photoHash", "ab12cd");
            Evidence profile = add(b, ONLINE_PROFILE, "platform", "linkedin", "displayName", "Lee Other",
                    "photoHash", "AB12CD ");
            add(b, ONLINE_PROFILE, "platform", "github", "displayName", "Kim Sample", "photoHash", "ffff");
            assertHit(run(b), "finding.IDN-14.samePhotoOtherName", ids(doc, profile), "Dana Example", "Lee Other");
        }

        @Test
        void nameDistanceBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", "Dana Example", "photoHash", "ab");
            add(b, ONLINE_PROFILE, "platform", "linkedin", "displayName", "Dana Exampxy", "photoHash", "ab");
            assertClear(run(b));
            assertThat(IdentityRules.photoUnderSeveralNames(b.build(), params("IDN-14", "maxNameDistance", "1"))
                    .hits()).hasSize(1);
        }

        @Test
        void fewerThanTwoNamedPhotosIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, ONLINE_PROFILE, "platform", "linkedin", "displayName", "Dana Example", "photoHash", "ab");
            add(b, ONLINE_PROFILE, "platform", "github", "photoHash", "ab");
            assertNotEvaluated(run(b), EvidenceNeed.of(ONLINE_PROFILE, "photoHash"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "photoHash"));
        }
    }

    @Nested
    class IdentitySwitch {
        private Outcome run(CaseDataBuilder b) {
            return IdentityRules.identitySwitch(b.build(), params("IDN-15"));
        }

        @Test
        void profileLinkedToAnotherNameIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence p = add(b, ONLINE_PROFILE, "platform", "github", "handle", "dana-dev", "linkedToOtherName", "yes");
            assertHit(run(b), "finding.IDN-15.linkedToOtherName", ids(p), "dana-dev");
        }

        @Test
        void renamedHandleIsRaisedButARepeatOfTheCurrentOneIsNot() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence p = add(b, ONLINE_PROFILE, "platform", "github", "handle", "dana-dev",
                    "previousHandles", "@dana-dev; lee-builds");
            assertHit(run(b), "finding.IDN-15.handleChanged", ids(p), "dana-dev", "lee-builds");
            CaseDataBuilder same = CaseDataBuilder.a();
            add(same, ONLINE_PROFILE, "platform", "github", "handle", "dana-dev", "previousHandles", "Dana-Dev");
            assertClear(run(same));
        }

        @Test
        void payoutMovedToAnotherPersonIsRaisedWithTheNameDistanceAsBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            Evidence payout = add(b, PAYMENT_PAYOUT, "payoutMethod", "bank", "changeRequested", "yes",
                    "accountHolderName", "Dana Exampxyz");
            assertHit(run(b), "finding.IDN-15.payeeChanged", ids(payout), "Dana Exampxyz", "Dana Example");
            CaseDataBuilder close = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            add(close, PAYMENT_PAYOUT, "payoutMethod", "bank", "changeRequested", "yes",
                    "accountHolderName", "Dana Exampxy");
            assertClear(run(close));
            assertThat(IdentityRules.identitySwitch(close.build(), params("IDN-15", "maxNameDistance", "1")).hits())
                    .hasSize(1);
        }

        @Test
        void noChangesAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            add(b, ONLINE_PROFILE, "platform", "github", "handle", "dana-dev", "linkedToOtherName", "no");
            add(b, PAYMENT_PAYOUT, "payoutMethod", "bank", "changeRequested", "no", "accountHolderName", "Lee Other");
            assertClear(run(b));
        }

        @Test
        void unansweredQuestionsAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, ONLINE_PROFILE, "platform", "github", "handle", "dana-dev");
            add(b, PAYMENT_PAYOUT, "payoutMethod", "bank", "changeRequested", "yes", "accountHolderName", "Lee Other");
            assertNotEvaluated(run(b), EvidenceNeed.of(ONLINE_PROFILE, "linkedToOtherName"),
                    EvidenceNeed.of(ONLINE_PROFILE, "previousHandles"),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "changeRequested"),
                    EvidenceNeed.subject("names"));
        }
    }
}
