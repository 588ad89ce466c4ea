package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.APPLICATION;
import static org.hirewatch.domain.EvidenceKind.ONLINE_PROFILE;
import static org.hirewatch.domain.EvidenceKind.REFERENCE_CHECK;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.RuleAssertions.add;
import static org.hirewatch.indicators.rules.RuleAssertions.addAt;
import static org.hirewatch.indicators.rules.RuleAssertions.assertClear;
import static org.hirewatch.indicators.rules.RuleAssertions.assertHit;
import static org.hirewatch.indicators.rules.RuleAssertions.assertNotEvaluated;
import static org.hirewatch.indicators.rules.RuleAssertions.ids;
import static org.hirewatch.indicators.rules.RuleAssertions.messageKeys;

import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentityHistoryRulesTest {

    @Nested
    class SkillBeforeRelease {
        private Outcome run(CaseDataBuilder b) {
            return IdentityHistoryRules.skillBeforeRelease(b.build(), params("IDN-09"));
        }

        @Test
        void skillClaimedBeforeItsReleaseIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence cv = add(b, APPLICATION, "claimedSkills", "Java: 2008\n- Solidity: 2011\nRust: 2016");
            assertHit(run(b), "finding.IDN-09.beforeRelease", ids(cv), "Solidity", "2011", "2014");
        }

        @Test
        void releaseYearBoundary() {
            String[][] cases = {{"2013", "hit"}, {"2014", "clear"}, {"2015", "clear"}};
            for (String[] c : cases) {
                CaseDataBuilder b = CaseDataBuilder.a();
                add(b, APPLICATION, "claimedSkills", "Solidity: " + c[0]);
                assertThat(run(b).hits()).as(c[0]).hasSize(c[1].equals("hit") ? 1 : 0);
            }
        }

        @Test
        void twoEarlySkillsInOneCvAreTwoFindingsWithTheirOwnKeys() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, APPLICATION, "claimedSkills", "NodeJS - 2008\nHardhat (2017)\nKotlin since 2012");
            Outcome o = run(b);
            assertThat(o.hits()).extracting(h -> h.args().get(0)).containsExactly("NodeJS", "Hardhat");
            assertThat(o.hits()).extracting(Hit::key).doesNotHaveDuplicates();
        }

        @Test
        void releaseYearsAreASetting() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence cv = add(b, APPLICATION, "claimedSkills", "Zig: 2014");
            Outcome o = IdentityHistoryRules.skillBeforeRelease(b.build(),
                    params("IDN-09", "technologyReleaseYears", "Zig:2016, broken entry"));
            assertHit(o, "finding.IDN-09.beforeRelease", ids(cv), "Zig", "2014", "2016");
        }

        @Test
        void unknownOrLateSkillsAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, APPLICATION, "claimedSkills", "COBOL: 1995\nTypeScript: 2015");
            assertClear(run(b));
        }

        @Test
        void skillsWithoutYearsAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, APPLICATION, "claimedSkills", "Solidity, Rust and Go, many years");
            assertNotEvaluated(run(b), EvidenceNeed.of(APPLICATION, "claimedSkills"));
            assertNotEvaluated(run(CaseDataBuilder.a()), EvidenceNeed.of(APPLICATION, "claimedSkills"));
        }
    }

    @Nested
    class UnverifiedHistory {
        private Outcome run(CaseDataBuilder b) {
            return IdentityHistoryRules.unverifiedHistory(b.build(), params("IDN-10"));
        }

        @Test
        void contradictedEmploymentIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence check = add(b, REFERENCE_CHECK, "referenceName", "HR desk", "checkType", "employment",
                    "employer", "Example Corp", "outcome", "contradicted");
            assertHit(run(b), "finding.IDN-10.contradicted", ids(check), "Example Corp");
        }

        @Test
        void eachUnverifiedOutcomeHasItsOwnText() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, REFERENCE_CHECK, "referenceName", "Registrar", "checkType", "education", "employer",
                    "Example University", "outcome", "not_confirmed");
            add(b, REFERENCE_CHECK, "referenceName", "Office", "employer", "Example Labs", "outcome", "no_response");
            add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "checkType", "employment", "employer",
                    "Example Shop", "outcome", "confirmed", "verificationMethod", "none");
            assertThat(messageKeys(run(b))).containsExactly("finding.IDN-10.notConfirmed",
                    "finding.IDN-10.noResponse", "finding.IDN-10.confirmedUnchecked");
        }

        @Test
        void confirmedOnlyThroughTheCandidatesContactIsRaisedUnlessConfirmedIndependently() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence supplied = add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "checkType", "employment",
                    "employer", "Example Corp", "contactSource", "supplied_by_candidate", "verificationMethod", "call",
                    "outcome", "confirmed");
            assertHit(run(b), "finding.IDN-10.candidateContactOnly", ids(supplied), "Example Corp");
            add(b, REFERENCE_CHECK, "referenceName", "HR desk", "checkType", "employment", "employer",
                    "EXAMPLE CORP.", "contactSource", "independently_sourced", "verificationMethod", "email",
                    "outcome", "confirmed");
            assertClear(run(b));
        }

        @Test
        void personalReferencesAndUnansweredChecksAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "checkType", "reference", "outcome", "no_response");
            assertNotEvaluated(run(b), EvidenceNeed.of(REFERENCE_CHECK, "outcome"),
                    EvidenceNeed.of(REFERENCE_CHECK, "checkType"));
            CaseDataBuilder pending = CaseDataBuilder.a();
            add(pending, REFERENCE_CHECK, "referenceName", "HR desk", "checkType", "employment");
            assertNotEvaluated(run(pending), EvidenceNeed.of(REFERENCE_CHECK, "outcome"));
        }
    }

    @Nested
    class ReferenceDomains {
        private Outcome run(CaseDataBuilder b) {
            return IdentityHistoryRules.referenceDomains(b.build(), params("IDN-11"));
        }

        @Test
        void webmailReferenceIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence ref = add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "referenceEmail",
                    "Lee.Other@Gmail.com", "contactSource", "supplied_by_candidate");
            assertHit(run(b), "finding.IDN-11.webmail", ids(ref), "Lee.Other@Gmail.com", "gmail.com");
        }

        @Test
        void lookAlikeDomainBoundary() {
            String[][] cases = {{"exampl.com", "hit"}, {"exampxy.com", "hit"}, {"exampxyz.com", "clear"}};
            for (String[] c : cases) {
                CaseDataBuilder b = CaseDataBuilder.a();
                add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "referenceEmail", "lee@" + c[0],
                        "employerDomain", "https://www.example.com/");
                assertThat(run(b).hits()).as(c[0]).hasSize(c[1].equals("hit") ? 1 : 0);
            }
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence ref = add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "referenceEmail", "lee@exampxy.com",
                    "employerDomain", "example.com");
            assertHit(run(b), "finding.IDN-11.lookalike", ids(ref), "lee@exampxy.com", "exampxy.com", "2",
                    "example.com", "2");
            assertClear(IdentityHistoryRules.referenceDomains(b.build(), params("IDN-11", "maxDomainDistance", "0")));
        }

        @Test
        void employerDomainsSubdomainsAndIndependentContactsAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "referenceEmail", "lee@mail.example.com",
                    "employerDomain", "example.com");
            add(b, REFERENCE_CHECK, "referenceName", "HR desk", "referenceEmail", "hr@gmail.com",
                    "contactSource", "independently_sourced");
            assertClear(run(b));
        }

        @Test
        void withoutReferenceEmailsItIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, REFERENCE_CHECK, "referenceName", "Lee Other", "referencePhone", "+1 555 0100");
            assertNotEvaluated(run(b), EvidenceNeed.of(REFERENCE_CHECK, "referenceEmail"));
        }
    }

    @Nested
    class ThinFootprint {
        private Outcome run(CaseDataBuilder b) {
            return IdentityHistoryRules.thinFootprint(b.build(), params("IDN-13"));
        }

        @Test
        void oldestAccountFarYoungerThanTheCareerIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence profile = addAt(b, "2026-01-01T00:00:00Z", ONLINE_PROFILE, "platform", "github",
                    "accountCreated", "2024-01-01");
            addAt(b, "2026-01-01T00:00:00Z", ONLINE_PROFILE, "platform", "linkedin", "accountCreated", "2025-05-01");
            Evidence cv = add(b, APPLICATION, "careerStartYear", "2016");
            assertHit(run(b), "finding.IDN-13.youngAccount", ids(profile, cv), "2024-01-01", "2", "10", "2016", "0.5");
        }

        @Test
        void accountAgeBoundary() {
            String[][] cases = {{"2022-01-02", "hit"}, {"2022-01-01", "clear"}, {"2021-12-31", "clear"}};
            for (String[] c : cases) {
                CaseDataBuilder b = CaseDataBuilder.a();
                addAt(b, "2026-01-01T00:00:00Z", ONLINE_PROFILE, "platform", "github", "accountCreated", c[0]);
                add(b, APPLICATION, "careerStartYear", "2018");
                assertThat(run(b).hits()).as(c[0]).hasSize(c[1].equals("hit") ? 1 : 0);
            }
        }

        @Test
        void activityGapBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence gap = add(b, ONLINE_PROFILE, "platform", "github", "activityGapYears", "2.5");
            add(b, ONLINE_PROFILE, "platform", "github", "activityGapYears", "2");
            add(b, ONLINE_PROFILE, "platform", "github", "activityGapYears", "1.9");
            assertHit(run(b), "finding.IDN-13.activityGap", ids(gap), "github", "2.5", "2");
        }

        @Test
        void establishedFootprintIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, ONLINE_PROFILE, "platform", "linkedin", "accountCreated", "2012-04-01", "activityGapYears", "0");
            add(b, APPLICATION, "careerStartYear", "2013");
            assertClear(run(b));
        }

        @Test
        void accountDateWithoutCareerStartIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, ONLINE_PROFILE, "platform", "github", "accountCreated", "2024-01-01", "activityGapYears", "long");
            assertNotEvaluated(run(b), EvidenceNeed.of(APPLICATION, "careerStartYear"),
                    EvidenceNeed.of(ONLINE_PROFILE, "activityGapYears"));
            assertNotEvaluated(run(CaseDataBuilder.a()), EvidenceNeed.of(ONLINE_PROFILE, "accountCreated"),
                    EvidenceNeed.of(APPLICATION, "careerStartYear"),
                    EvidenceNeed.of(ONLINE_PROFILE, "activityGapYears"));
        }
    }
}
