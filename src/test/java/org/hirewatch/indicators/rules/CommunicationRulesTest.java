package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.CONTACT_CHANNEL;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.RuleAssertions.add;
import static org.hirewatch.indicators.rules.RuleAssertions.addAt;
import static org.hirewatch.indicators.rules.RuleAssertions.assertClear;
import static org.hirewatch.indicators.rules.RuleAssertions.assertHit;
import static org.hirewatch.indicators.rules.RuleAssertions.assertNotEvaluated;
import static org.hirewatch.indicators.rules.RuleAssertions.ids;
import static org.hirewatch.indicators.rules.RuleAssertions.messageKeys;

import java.util.ArrayList;
import java.util.List;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommunicationRulesTest {

    @Nested
    class Unresponsive {
        private Outcome run(CaseDataBuilder b) {
            return CommunicationRules.unresponsive(b.build(), params("COM-01"));
        }

        @Test
        void slowMedianResponseIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence slow = add(b, CONTACT_CHANNEL, "email", "dana@example.com", "medianResponseHours", "30");
            assertHit(run(b), "finding.COM-01.slowResponse", ids(slow), "30", "24");
        }

        @Test
        void responseTimeBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence above = add(b, CONTACT_CHANNEL, "email", "a@example.com", "medianResponseHours", "24.5");
            add(b, CONTACT_CHANNEL, "email", "b@example.com", "medianResponseHours", "24");
            add(b, CONTACT_CHANNEL, "email", "c@example.com", "medianResponseHours", "23.5");
            assertHit(run(b), "finding.COM-01.slowResponse", ids(above), "24.5", "24");
        }

        @Test
        void missedTasksBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence many = add(b, CONTACT_CHANNEL, "email", "a@example.com", "missedTasks", "3");
            add(b, CONTACT_CHANNEL, "email", "b@example.com", "missedTasks", "2");
            add(b, CONTACT_CHANNEL, "email", "c@example.com", "missedTasks", "1");
            assertHit(run(b), "finding.COM-01.missedTasks", ids(many), "3", "2");
            assertThat(CommunicationRules.unresponsive(b.build(), params("COM-01", "maxMissedTasks", "1")).hits())
                    .hasSize(2);
        }

        @Test
        void responsiveWorkerIsClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, CONTACT_CHANNEL, "email", "dana@example.com", "medianResponseHours", "2", "missedTasks", "0");
            assertClear(run(b));
        }

        @Test
        void valuesTypedAsTextAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, CONTACT_CHANNEL, "email", "dana@example.com", "medianResponseHours", "a day or so",
                    "missedTasks", "few");
            assertNotEvaluated(run(b), EvidenceNeed.of(CONTACT_CHANNEL, "medianResponseHours"),
                    EvidenceNeed.of(CONTACT_CHANNEL, "missedTasks"));
        }
    }

    @Nested
    class NightActivity {
        /** February: Chicago is on UTC-6, so 05:00Z is 23:00 local (night) and 15:00Z is 09:00 local (day). */
        private List<Evidence> signIns(CaseDataBuilder b, int night, int day) {
            List<Evidence> atNight = new ArrayList<>();
            for (int i = 0; i < night; i++) {
                atNight.add(addAt(b, String.format("2026-02-%02dT05:00:00Z", i + 1), SIGN_IN_RECORD,
                        "ipAddress", "192.0.2.10", "signInOutcome", "success"));
            }
            for (int i = 0; i < day; i++) {
                addAt(b, String.format("2026-02-%02dT15:00:00Z", i + 1), SIGN_IN_RECORD, "ipAddress", "192.0.2.10");
            }
            return atNight;
        }

        private Outcome run(CaseDataBuilder b) {
            return CommunicationRules.nightActivity(b.build(), params("COM-02"));
        }

        @Test
        void mostSignInsAtNightInTheClaimedZoneAreRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "America/Chicago");
            List<Evidence> night = signIns(b, 6, 4);
            // the activity centres on 08:00 UTC, which is 13:00 at UTC+5: the hours fit that offset better
            assertHit(run(b), "finding.COM-02.nightSignInsOtherZone", night.stream().map(Evidence::id).toList(),
                    "6", "10", "60%", "22:00", "06:00", "America/Chicago", "50%", "UTC+05:00", "60%");
        }

        @Test
        void nightShareBoundary() {
            CaseDataBuilder half = CaseDataBuilder.a().claimed("Dana Example", "US", "America/Chicago");
            signIns(half, 5, 5);
            assertClear(run(half));
            CaseDataBuilder less = CaseDataBuilder.a().claimed("Dana Example", "US", "America/Chicago");
            signIns(less, 4, 6);
            assertClear(run(less));
        }

        @Test
        void nightHoursAreSettingsAndWrapAroundMidnight() {
            assertThat(CommunicationRules.isNight(22, 22, 6)).isTrue();
            assertThat(CommunicationRules.isNight(5, 22, 6)).isTrue();
            assertThat(CommunicationRules.isNight(6, 22, 6)).isFalse();
            assertThat(CommunicationRules.isNight(21, 22, 6)).isFalse();
            assertThat(CommunicationRules.isNight(3, 1, 5)).isTrue();
            assertThat(CommunicationRules.isNight(5, 1, 5)).isFalse();
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "America/Chicago");
            signIns(b, 6, 4);
            assertClear(CommunicationRules.nightActivity(b.build(),
                    params("COM-02", "nightStartHour", "0", "nightEndHour", "5")));
        }

        @Test
        void failedSignInsDoNotCountAndTooFewAreNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "America/Chicago");
            signIns(b, 6, 3);
            addAt(b, "2026-02-20T05:00:00Z", SIGN_IN_RECORD, "ipAddress", "192.0.2.10", "signInOutcome", "failure");
            assertNotEvaluated(run(b), EvidenceNeed.of(SIGN_IN_RECORD));
            signIns(b, 0, 1);
            assertThat(run(b).evaluated()).isTrue();
        }

        @Test
        void missingOrUnreadableTimeZoneIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "Mars/Base");
            signIns(b, 6, 4);
            assertNotEvaluated(run(b), EvidenceNeed.subject("claimedTimeZone"));
        }
    }

    @Nested
    class OffPlatformContact {
        private Outcome run(CaseDataBuilder b) {
            return CommunicationRules.offPlatformContact(b.build(), params("COM-03"));
        }

        @Test
        void requestToMoveOffThePlatformIsRaisedWithTheHandle() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence ch = add(b, CONTACT_CHANNEL, "email", "dana@example.com", "messagingHandle", "@dana_example",
                    "offPlatformRequest", "yes");
            assertHit(run(b), "finding.COM-03.offPlatformTo", ids(ch), "dana@example.com", "@dana_example");
            CaseDataBuilder bare = CaseDataBuilder.a();
            Evidence phone = add(bare, CONTACT_CHANNEL, "phone", "+1 555 0100", "offPlatformRequest", "yes");
            assertHit(run(bare), "finding.COM-03.offPlatform", ids(phone), "+1 555 0100");
        }

        @Test
        void executiveOutreachIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence ch = add(b, CONTACT_CHANNEL, "email", "ceo@example.org", "executiveOutreach", "yes");
            assertHit(run(b), "finding.COM-03.executiveOutreach", ids(ch), "ceo@example.org");
        }

        @Test
        void answeredNoIsClearAndUnansweredIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, CONTACT_CHANNEL, "email", "dana@example.com", "offPlatformRequest", "no", "executiveOutreach", "no");
            assertClear(run(b));
            CaseDataBuilder unknown = CaseDataBuilder.a();
            add(unknown, CONTACT_CHANNEL, "email", "dana@example.com", "messagingHandle", "@dana_example");
            assertNotEvaluated(run(unknown), EvidenceNeed.of(CONTACT_CHANNEL, "offPlatformRequest"),
                    EvidenceNeed.of(CONTACT_CHANNEL, "executiveOutreach"));
        }
    }

    @Nested
    class UnstableContacts {
        private Outcome run(CaseDataBuilder b) {
            return CommunicationRules.unstableContacts(b.build(), params("COM-04"));
        }

        @Test
        void voipLineIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            Evidence ch = add(b, CONTACT_CHANNEL, "phone", "+1 555 0100", "lineType", "voip",
                    "carrierCountry", "United States");
            assertHit(run(b), "finding.COM-04.voip", ids(ch), "+1 555 0100");
        }

        @Test
        void carrierOutsideTheClaimedCountryIsRaised() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            Evidence ch = add(b, CONTACT_CHANNEL, "phone", "+1 555 0100", "lineType", "mobile",
                    "carrierCountry", "Russia");
            assertHit(run(b), "finding.COM-04.carrierCountry", ids(ch), "+1 555 0100", "Russia", "US");
        }

        @Test
        void contactChangesWithinTheWindowBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            addAt(b, "2026-01-01T10:00:00Z", CONTACT_CHANNEL, "email", "dana@example.com", "phone", "+1 555 0100");
            Evidence email = addAt(b, "2026-01-11T10:00:00Z", CONTACT_CHANNEL, "email", "dana.e@example.org",
                    "phone", "+1 (555) 0100");
            assertClear(run(b));
            Evidence phone = addAt(b, "2026-01-21T10:00:00Z", CONTACT_CHANNEL, "phone", "+1 555 0101");
            assertHit(run(b), "finding.COM-04.changes", ids(email, phone), "2", "90", "2026-01-11", "2026-01-21", "1");
        }

        @Test
        void changesFurtherApartThanTheWindowAreClear() {
            CaseDataBuilder b = CaseDataBuilder.a();
            addAt(b, "2026-01-01T10:00:00Z", CONTACT_CHANNEL, "email", "dana@example.com");
            addAt(b, "2026-01-11T10:00:00Z", CONTACT_CHANNEL, "email", "dana.e@example.org");
            addAt(b, "2026-05-01T10:00:00Z", CONTACT_CHANNEL, "email", "dana.x@example.net");
            assertClear(run(b));
            assertThat(messageKeys(CommunicationRules.unstableContacts(b.build(),
                    params("COM-04", "windowDays", "120")))).containsExactly("finding.COM-04.changes");
        }

        @Test
        void singleContactWithoutLineDetailsIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "");
            add(b, CONTACT_CHANNEL, "email", "dana@example.com");
            assertNotEvaluated(run(b), EvidenceNeed.of(CONTACT_CHANNEL, "lineType"),
                    EvidenceNeed.of(CONTACT_CHANNEL, "carrierCountry"));
            assertNotEvaluated(run(CaseDataBuilder.a()), EvidenceNeed.of(CONTACT_CHANNEL, "lineType"),
                    EvidenceNeed.of(CONTACT_CHANNEL, "carrierCountry"), EvidenceNeed.subject("claimedCountry"));
        }
    }

    @Nested
    class AvoidsMeetingInPerson {
        private Outcome run(CaseDataBuilder b) {
            return CommunicationRules.avoidsMeetingInPerson(b.build(), params("COM-05"));
        }

        @Test
        void declinesAndNoShowsReachingTheLimitAreOneFinding() {
            CaseDataBuilder b = CaseDataBuilder.a();
            Evidence declined = add(b, INTERVIEW_OBSERVATION, "inPersonStep", "declined");
            Evidence missed = add(b, INTERVIEW_OBSERVATION, "inPersonStep", "no_show");
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "not_requested");
            assertHit(run(b), "finding.COM-05.avoided", ids(declined, missed), "2", "1", "1", "2");
        }

        @Test
        void limitBoundary() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "declined");
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "attended");
            assertClear(run(b));
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "declined");
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "declined");
            assertThat(RuleAssertions.onlyHit(run(b)).args()).startsWith("3", "3", "0");
            assertClear(CommunicationRules.avoidsMeetingInPerson(b.build(), params("COM-05", "minDeclined", "4")));
        }

        @Test
        void noInvitationIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a();
            add(b, INTERVIEW_OBSERVATION, "inPersonStep", "not_requested");
            assertNotEvaluated(run(b), EvidenceNeed.of(INTERVIEW_OBSERVATION, "inPersonStep"));
        }
    }
}
