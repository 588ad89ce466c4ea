package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.APPLICATION;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
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
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentityDocumentRulesTest {

    @Nested
    class PersonFitsDocument {
        private Outcome run(CaseDataBuilder b) {
            return IdentityDocumentRules.personFitsDocument(b.build(), params("IDN-02"));
        }

        @Test
        void faceMatchBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence low = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "faceMatchScore", "0.79");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "faceMatchScore", "0.80");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "faceMatchScore", "0.81");
            assertHit(run(b), "finding.IDN-02.lowFaceMatch", ids(low), "0.79", "0.8");
        }

        @Test
        void careerStartedBeforeAPlausibleAgeIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence doc = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "dateOfBirth", "2000-06-01");
            Evidence cv = add(b, APPLICATION, "careerStartYear", "2014");
            assertHit(run(b), "finding.IDN-02.careerBeforeAge", ids(doc, cv), "2000-06-01", "14", "2014", "16");
        }

        @Test
        void careerStartAgeBoundary() {
            String[][] cases = {{"2015", "hit"}, {"2016", "clear"}, {"2017", "clear"}};
            for (String[] c : cases) {
                CaseDataBuilder b = CaseDataBuilder.a();
                add(b, IDENTITY_DOCUMENT, "documentType", "passport", "dateOfBirth", "2000-06-01");
                add(b, APPLICATION, "careerStartYear", c[0]);
                assertThat(run(b).hits()).as(c[0]).hasSize(c[1].equals("hit") ? 1 : 0);
            }
        }

        @Test
        void goodMatchAndPlausibleCareerAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "faceMatchScore", "0.93",
                    "dateOfBirth", "1990-01-01");
            add(b, APPLICATION, "careerStartYear", "2012");
            assertClear(run(b));
        }

        @Test
        void unreadableScoreAndNoCareerYearAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "faceMatchScore", "good",
                    "dateOfBirth", "1990-01-01");
            assertNotEvaluated(run(b), EvidenceNeed.of(IDENTITY_DOCUMENT, "faceMatchScore"),
                    EvidenceNeed.of(APPLICATION, "careerStartYear"));
            assertNotEvaluated(run(CaseDataBuilder.a()), EvidenceNeed.of(IDENTITY_DOCUMENT, "faceMatchScore"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "dateOfBirth"), EvidenceNeed.of(APPLICATION, "careerStartYear"));
        }
    }

    @Nested
    class ForgedDocument {
        private Outcome run(CaseDataBuilder b) {
            return IdentityDocumentRules.forgedDocument(b.build(), params("IDN-03"));
        }

        @Test
        void failedAuthenticityIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence doc = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "authenticityResult", "failed");
            assertHit(run(b), "finding.IDN-03.authenticityFailed", ids(doc));
        }

        @Test
        void resolutionBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence small = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "imageResolution", "999x1000");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "imageResolution", "1000 x 1000");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "imageResolution", "1001x1000");
            assertHit(run(b), "finding.IDN-03.lowResolution", ids(small), "999x1000", "999000", "1000000");
        }

        @Test
        void minimumIsASettingAndOtherNotationsAreRead() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence mp = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "imageResolution", "0.3 MP");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "imageResolution", "500000");
            Outcome o = IdentityDocumentRules.forgedDocument(b.build(),
                    params("IDN-03", "minResolutionPixels", "500000"));
            assertHit(o, "finding.IDN-03.lowResolution", ids(mp), "0.3 MP", "300000", "500000");
        }

        @Test
        void passedAndSharpIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "authenticityResult", "passed",
                    "imageResolution", "3000x2000");
            assertClear(run(b));
        }

        @Test
        void inconclusiveCheckAndUnreadableSizeAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "authenticityResult", "inconclusive",
                    "imageResolution", "looks fine");
            assertNotEvaluated(run(b), EvidenceNeed.of(IDENTITY_DOCUMENT, "authenticityResult"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "imageResolution"));
        }
    }

    @Nested
    class IdentityOwnerUnaware {
        private Outcome run(CaseDataBuilder b) {
            return IdentityDocumentRules.identityOwnerUnaware(b.build(), params("IDN-04"));
        }

        @Test
        void everifyMismatchAndOwnerComplaintAreRaisedSeparately() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence doc = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "everifyResult", "mismatch");
            assertHit(run(b), "finding.IDN-04.everifyMismatch", ids(doc));
            CaseDataBuilder c = CaseDataBuilder.a();
            Evidence other = add(c, IDENTITY_DOCUMENT, "documentType", "passport", "ownerComplaint", "yes",
                    "everifyResult", "mismatch");
            Outcome both = run(c);
            assertThat(messageKeys(both)).containsExactly("finding.IDN-04.everifyMismatch",
                    "finding.IDN-04.ownerComplaint");
            assertThat(both.hits()).allSatisfy(h -> assertThat(h.evidenceIds()).containsExactly(other.id()));
        }

        @Test
        void matchWithoutComplaintIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "everifyResult", "match", "ownerComplaint", "no");
            assertClear(run(b));
        }

        @Test
        void checkNotRunIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "everifyResult", "not_run");
            assertNotEvaluated(run(b), EvidenceNeed.of(IDENTITY_DOCUMENT, "everifyResult"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "ownerComplaint"));
        }
    }

    @Nested
    class LentIdentity {
        private Outcome run(CaseDataBuilder b) {
            return IdentityDocumentRules.lentIdentity(b.build(), params("IDN-05"));
        }

        @Test
        void videoFaceUnlikeEarlierCapturesAfterAnInPersonStepIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence visit = addAt(b, "2026-02-10T10:00:00Z", INTERVIEW_OBSERVATION, "inPersonStep", "attended");
            Evidence call = addAt(b, "2026-03-05T15:00:00Z", INTERVIEW_OBSERVATION, "faceMatchScore", "0.55");
            assertHit(run(b), "finding.IDN-05.lowFaceMatch", ids(visit, call), "2026-02-10", "2026-03-05", "0.55",
                    "0.8");
        }

        @Test
        void recordedChangeOfPersonAfterADocumentCheckInPersonIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence doc = addAt(b, "2026-02-10T10:00:00Z", IDENTITY_DOCUMENT, "documentType", "passport",
                    "inPersonCheck", "Checked at the Austin office");
            Evidence call = addAt(b, "2026-03-05T15:00:00Z", INTERVIEW_OBSERVATION, "personChanged", "yes");
            assertHit(run(b), "finding.IDN-05.personChanged", ids(doc, call), "2026-02-10", "2026-03-05");
        }

        @Test
        void faceMatchBoundary() {
            String[][] cases = {{"0.79", "hit"}, {"0.80", "clear"}, {"0.81", "clear"}};
            for (String[] c : cases) {
                CaseDataBuilder b = CaseDataBuilder.a();
                add(b, INTERVIEW_OBSERVATION, "inPersonStep", "attended");
                add(b, INTERVIEW_OBSERVATION, "faceMatchScore", c[0]);
                assertThat(run(b).hits()).as(c[0]).hasSize(c[1].equals("hit") ? 1 : 0);
            }
        }

        @Test
        void samePersonThroughoutIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "attended");
            add(b, INTERVIEW_OBSERVATION, "faceMatchScore", "0.95", "personChanged", "no");
            assertClear(run(b));
        }

        @Test
        void withoutAnInPersonStepItIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "inPersonCheck", "Not done");
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "declined", "faceMatchScore", "0.4");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "inPersonStep"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "inPersonCheck"));
            CaseDataBuilder noCalls = CaseDataBuilder.a();
            add(noCalls, INTERVIEW_OBSERVATION, "inPersonStep", "attended");
            assertNotEvaluated(run(noCalls), EvidenceNeed.of(INTERVIEW_OBSERVATION, "faceMatchScore"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "personChanged"));
        }
    }

    @Nested
    class ImplausibleAddress {
        private Outcome run(CaseDataBuilder b) {
            return IdentityDocumentRules.implausibleAddress(b.build(), params("IDN-08"));
        }

        @Test
        void mailDropIsRaisedWithTheAddressOnOneLine() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence doc = add(b, IDENTITY_DOCUMENT, "documentType", "drivers_licence",
                    "addressOnDocument", "1 Example Street\nSuite 200\nSpringfield", "addressCheck", "mail_drop");
            assertHit(run(b), "finding.IDN-08.mailDrop", ids(doc), "1 Example Street, Suite 200, Springfield");
        }

        @Test
        void eachNonResidentialClassHasItsOwnText() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "addressOnDocument", "2 Example Road",
                    "addressCheck", "commercial");
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "addressOnDocument", "3 Example Lane",
                    "addressCheck", "vacant");
            assertThat(messageKeys(run(b))).containsExactly("finding.IDN-08.commercial", "finding.IDN-08.vacant");
        }

        @Test
        void residentialIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "addressOnDocument", "4 Example Avenue",
                    "addressCheck", "residential");
            assertClear(run(b));
        }

        @Test
        void unknownResultOrMissingAddressIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "addressOnDocument", "4 Example Avenue",
                    "addressCheck", "unknown");
            assertNotEvaluated(run(b), EvidenceNeed.of(IDENTITY_DOCUMENT, "addressCheck"));
            CaseDataBuilder noAddress = CaseDataBuilder.a();
            add(noAddress, IDENTITY_DOCUMENT, "documentType", "passport", "addressCheck", "vacant");
            assertNotEvaluated(run(noAddress), EvidenceNeed.of(IDENTITY_DOCUMENT, "addressOnDocument"));
        }
    }
}
