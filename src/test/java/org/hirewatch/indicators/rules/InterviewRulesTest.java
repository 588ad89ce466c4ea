package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.indicators.CaseDataBuilder.params;
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

class InterviewRulesTest {
    private static final String MARCH_3 = "2026-03-03T15:00:00Z";
    private static final String MARCH_9 = "2026-03-09T15:00:00Z";

    private static Evidence call(CaseDataBuilder b, String at, String... keyValues) {
        String[] withPlatform = new String[keyValues.length + 2];
        withPlatform[0] = "platform";
        withPlatform[1] = "Video call";
        System.arraycopy(keyValues, 0, withPlatform, 2, keyValues.length);
        return addAt(b, at, INTERVIEW_OBSERVATION, withPlatform);
    }

    @Nested
    class CameraOff {
        private Outcome run(CaseDataBuilder b) {
            return InterviewRules.cameraOff(b.build(), params("INT-01"));
        }

        @Test
        void cameraOffIsOneFindingForAllCallsWithTheExcuse() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence first = call(b, MARCH_3, "camera", "off");
            Evidence second = call(b, MARCH_9, "camera", "off", "cameraExcuse", "Camera is broken");
            call(b, MARCH_9, "camera", "on");
            assertHit(run(b), "finding.INT-01.cameraOffExcuse", ids(first, second), "2", "3", "Camera is broken");
        }

        @Test
        void cameraOffWithoutExcuse() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence off = call(b, MARCH_3, "camera", "off");
            assertHit(run(b), "finding.INT-01.cameraOff", ids(off), "1", "1");
        }

        @Test
        void cameraOnOrIntermittentIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "camera", "on");
            call(b, MARCH_9, "camera", "intermittent", "cameraExcuse", "Weak connection");
            assertClear(run(b));
        }

        @Test
        void cameraNotRecordedIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "cameraExcuse", "none given");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "camera"));
        }
    }

    @Nested
    class PersonChangedBetweenCalls {
        private Outcome run(CaseDataBuilder b) {
            return InterviewRules.personChangedBetweenCalls(b.build(), params("INT-02"));
        }

        @Test
        void faceMatchBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence low = call(b, MARCH_3, "faceMatchScore", "0.79");
            call(b, MARCH_9, "faceMatchScore", "0.80");
            call(b, MARCH_9, "faceMatchScore", "0.81");
            assertHit(run(b), "finding.INT-02.lowFaceMatch", ids(low), "2026-03-03", "0.79", "0.8");
            assertThat(InterviewRules.personChangedBetweenCalls(b.build(), params("INT-02", "minFaceMatch", "0.81"))
                    .hits()).hasSize(2);
        }

        @Test
        void recordedChangeOfPersonIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence changed = call(b, MARCH_9, "personChanged", "yes");
            assertHit(run(b), "finding.INT-02.personChanged", ids(changed), "2026-03-09");
        }

        @Test
        void samePersonIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "faceMatchScore", "0.97", "personChanged", "no");
            assertClear(run(b));
        }

        @Test
        void noComparisonIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "faceMatchScore", "high", "background", "real");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "faceMatchScore"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "personChanged"));
        }
    }

    @Nested
    class ReadingAnswers {
        private Outcome run(CaseDataBuilder b) {
            return InterviewRules.readingAnswers(b.build(), params("INT-03"));
        }

        @Test
        void latencyBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence slow = call(b, MARCH_3, "answerLatencySeconds", "8.5");
            call(b, MARCH_9, "answerLatencySeconds", "8");
            call(b, MARCH_9, "answerLatencySeconds", "7.9");
            assertHit(run(b), "finding.INT-03.slowAnswers", ids(slow), "2026-03-03", "8.5", "8");
            assertClear(InterviewRules.readingAnswers(b.build(), params("INT-03", "maxLatencySeconds", "10")));
        }

        @Test
        void signsOfReadingAreRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence reading = call(b, MARCH_9, "readingSigns", "yes", "answerLatencySeconds", "3");
            assertHit(run(b), "finding.INT-03.readingSigns", ids(reading), "2026-03-09");
        }

        @Test
        void quickUnscriptedAnswersAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "readingSigns", "no", "answerLatencySeconds", "2");
            assertClear(run(b));
        }

        @Test
        void nothingRecordedIsNotEvaluated() {
            assertNotEvaluated(run(CaseDataBuilder.a()), EvidenceNeed.of(INTERVIEW_OBSERVATION, "answerLatencySeconds"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "readingSigns"));
        }
    }

    @Nested
    class FailedLiveness {
        private Outcome run(CaseDataBuilder b) {
            return InterviewRules.failedLiveness(b.build(), params("INT-04"));
        }

        @Test
        void failedAndRefusedTestsAreRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence failed = call(b, MARCH_3, "livenessCheck", "failed");
            assertHit(run(b), "finding.INT-04.failed", ids(failed), "2026-03-03");
            call(b, MARCH_9, "livenessCheck", "refused");
            assertThat(messageKeys(run(b))).containsExactly("finding.INT-04.failed", "finding.INT-04.refused");
        }

        @Test
        void passedIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "livenessCheck", "passed");
            assertClear(run(b));
        }

        @Test
        void testNotDoneIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "livenessCheck", "not_done");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "livenessCheck"));
        }
    }

    @Nested
    class HiddenSurroundings {
        private Outcome run(CaseDataBuilder b) {
            return InterviewRules.hiddenSurroundings(b.build(), params("INT-05"));
        }

        @Test
        void defaultBackgroundIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence c = call(b, MARCH_3, "background", "virtual_default");
            assertHit(run(b), "finding.INT-05.defaultBackground", ids(c), "2026-03-03");
        }

        @Test
        void stockBackgroundAndOtherVoicesAreRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence c = call(b, MARCH_9, "background", "stock_image", "otherVoices", "yes");
            Outcome o = run(b);
            assertThat(messageKeys(o)).containsExactly("finding.INT-05.stockBackground", "finding.INT-05.otherVoices");
            assertThat(o.hits()).allSatisfy(h -> {
                assertThat(h.evidenceIds()).containsExactly(c.id());
                assertThat(h.args()).containsExactly("2026-03-09");
            });
        }

        @Test
        void realOrBlurredBackgroundAndQuietRoomAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "background", "blurred", "otherVoices", "no");
            call(b, MARCH_9, "background", "real");
            assertClear(run(b));
        }

        @Test
        void nothingRecordedIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "camera", "on");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "background"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "otherVoices"));
        }
    }

    @Nested
    class AvoidsInPersonStep {
        private Outcome run(CaseDataBuilder b) {
            return InterviewRules.avoidsInPersonStep(b.build(), params("INT-06"));
        }

        @Test
        void declinedStepIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence declined = call(b, MARCH_3, "inPersonStep", "declined");
            call(b, MARCH_9, "inPersonStep", "attended");
            assertHit(run(b), "finding.INT-06.declined", ids(declined), "2026-03-03");
        }

        @Test
        void noShowIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence missed = call(b, MARCH_9, "inPersonStep", "no_show");
            assertHit(run(b), "finding.INT-06.noShow", ids(missed), "2026-03-09");
        }

        @Test
        void attendedIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "inPersonStep", "attended");
            assertClear(run(b));
        }

        @Test
        void stepNotRequestedIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "inPersonStep", "not_requested");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "inPersonStep"));
        }
    }

    @Nested
    class LeavesOnVerification {
        private Outcome run(CaseDataBuilder b) {
            return InterviewRules.leavesOnVerification(b.build(), params("INT-08"));
        }

        @Test
        void leavingTheCallIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence left = call(b, MARCH_3, "verificationRequest", "left_call");
            assertHit(run(b), "finding.INT-08.leftCall", ids(left), "2026-03-03");
        }

        @Test
        void refusingAndDeletingProfilesAreRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "verificationRequest", "refused");
            call(b, MARCH_9, "verificationRequest", "deleted_profiles");
            assertThat(messageKeys(run(b))).containsExactly("finding.INT-08.refused",
                    "finding.INT-08.deletedProfiles");
        }

        @Test
        void complyingIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "verificationRequest", "complied");
            assertClear(run(b));
        }

        @Test
        void notAskedIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            call(b, MARCH_3, "verificationRequest", "not_asked");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "verificationRequest"));
        }
    }
}
