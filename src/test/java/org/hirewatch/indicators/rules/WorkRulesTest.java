package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.ONLINE_PROFILE;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;
import static org.hirewatch.domain.EvidenceKind.WORK_ACTIVITY;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.Outcomes.assertClear;
import static org.hirewatch.indicators.rules.Outcomes.assertNotEvaluated;
import static org.hirewatch.indicators.rules.Outcomes.ids;
import static org.hirewatch.indicators.rules.Outcomes.onlyHit;

import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkRulesTest {

    @Nested
    class DataStaging {
        @Test
        void anUnapprovedPushFiresWithDateAndDestination() {
            CaseDataBuilder b = CaseDataBuilder.a().evidenceAt("2026-04-01T10:00:00Z", WORK_ACTIVITY, "activityType",
                    "repository_push", "destination", "code.example.com/dana/backup", "approved", "no");
            Hit h = onlyHit(WorkRules.dataStaging(b.build(), params("WRK-01")));
            assertThat(h.messageKey()).isEqualTo("finding.WRK-01.unapprovedPush");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("2026-04-01", "code.example.com/dana/backup");
        }

        @ParameterizedTest
        @CsvSource({"cloud_upload, finding.WRK-01.unapprovedUploadNoDestination",
            "secret_access, finding.WRK-01.unapprovedSecretAccessNoDestination",
            "repository_push, finding.WRK-01.unapprovedPushNoDestination"})
        void eachStagingTypeHasItsExplanation(String type, String key) {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(WORK_ACTIVITY, "activityType", type, "approved", "no");
            assertThat(onlyHit(WorkRules.dataStaging(b.build(), params("WRK-01"))).messageKey()).isEqualTo(key);
        }

        @Test
        void approvedWorkFromAnUnmanagedDeviceFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidenceAt("2026-04-01T10:00:00Z", WORK_ACTIVITY, "activityType",
                    "cloud_upload", "destination", "drive.example.com", "approved", "yes", "managedDevice", "no");
            Hit h = onlyHit(WorkRules.dataStaging(b.build(), params("WRK-01")));
            assertThat(h.messageKey()).isEqualTo("finding.WRK-01.unmanagedActivity");
            assertThat(h.args()).containsExactly("2026-04-01");
        }

        @Test
        void signInsFromUnmanagedDevicesFireOnce() {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidenceAt("2026-04-03T10:00:00Z", SIGN_IN_RECORD, "ipAddress", "198.51.100.7", "managedDevice", "no")
                    .evidenceAt("2026-04-01T10:00:00Z", SIGN_IN_RECORD, "ipAddress", "198.51.100.7", "managedDevice", "no")
                    .evidenceAt("2026-04-02T10:00:00Z", SIGN_IN_RECORD, "ipAddress", "198.51.100.7", "managedDevice", "yes");
            Hit h = onlyHit(WorkRules.dataStaging(b.build(), params("WRK-01")));
            assertThat(h.messageKey()).isEqualTo("finding.WRK-01.unmanagedSignIns");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(1).id(), b.items().get(0).id());
            assertThat(h.args()).containsExactly("2", "2026-04-01", "2026-04-03");
        }

        @Test
        void approvedWorkOnManagedDevicesIsInnocent() {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidence(WORK_ACTIVITY, "activityType", "repository_push", "destination", "git.example.org",
                            "approved", "yes", "managedDevice", "yes")
                    .evidence(WORK_ACTIVITY, "activityType", "referral", "approved", "no")
                    .evidence(SIGN_IN_RECORD, "ipAddress", "198.51.100.7", "managedDevice", "yes");
            assertClear(WorkRules.dataStaging(b.build(), params("WRK-01")));
        }

        @Test
        void withoutApprovalsOrDeviceStatusItIsNotEvaluated() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(WORK_ACTIVITY, "activityType", "repository_push",
                    "destination", "git.example.org");
            assertNotEvaluated(WorkRules.dataStaging(b.build(), params("WRK-01")),
                    EvidenceNeed.of(WORK_ACTIVITY, "approved"), EvidenceNeed.of(SIGN_IN_RECORD, "managedDevice"));
        }
    }

    @Nested
    class ErraticOutput {
        private CaseDataBuilder weeks(String account, int... commits) {
            CaseDataBuilder b = CaseDataBuilder.a();
            for (int i = 0; i < commits.length; i++) {
                b.evidenceAt("2026-03-" + (10 + i) + "T09:00:00Z", WORK_ACTIVITY, "activityType", "other",
                        "account", account, "weeklyCommits", String.valueOf(commits[i]));
            }
            return b;
        }

        @Test
        void swingingOutputFiresWithTheVariationAndTheWeeks() {
            CaseDataBuilder b = weeks("dana.e", 0, 0, 0, 4);
            Hit h = onlyHit(WorkRules.erraticOutput(b.build(), params("WRK-03")));
            assertThat(h.messageKey()).isEqualTo("finding.WRK-03.variation");
            assertThat(h.evidenceIds()).containsExactlyElementsOf(ids(b.items()));
            assertThat(h.args()).containsExactly("dana.e", "1.73", "4", "0, 0, 0, 4");
        }

        @ParameterizedTest
        @CsvSource({"1.01, 0", "1.0, 0", "0.99, 1"})
        void theVariationMustExceedTheSetting(String max, int hits) {
            // 0, 0, 2, 2: mean 1, standard deviation 1, variation exactly 1
            Outcome o = WorkRules.erraticOutput(weeks("dana.e", 0, 0, 2, 2).build(), params("WRK-03", "maxVariation", max));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
        }

        @Test
        void steadyOrNoOutputIsInnocent() {
            assertClear(WorkRules.erraticOutput(weeks("dana.e", 10, 12, 9, 11).build(), params("WRK-03")));
            assertClear(WorkRules.erraticOutput(weeks("", 0, 0, 0, 0).build(), params("WRK-03")));
        }

        @Test
        void weeksWithoutAnAccountNameFormOneSeries() {
            Hit h = onlyHit(WorkRules.erraticOutput(weeks("", 0, 0, 0, 4).build(), params("WRK-03")));
            assertThat(h.messageKey()).isEqualTo("finding.WRK-03.variationNoAccount");
            assertThat(h.args()).containsExactly("1.73", "4", "0, 0, 0, 4");
        }

        @Test
        void fewerWeeksThanTheMinimumAreNotEvaluated() {
            assertNotEvaluated(WorkRules.erraticOutput(weeks("dana.e", 0, 0, 9).build(), params("WRK-03")),
                    EvidenceNeed.of(WORK_ACTIVITY, "weeklyCommits"));
            assertThat(WorkRules.erraticOutput(weeks("dana.e", 0, 0, 9).build(), params("WRK-03", "minWeeks", "3"))
                    .hits()).hasSize(1);
        }
    }

    @Nested
    class CommitsOlderThanAccount {
        @Test
        void commitsBeforeTheAccountFire() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(ONLINE_PROFILE, "platform", "github",
                    "accountCreated", "2025-11-02", "earliestCommit", "2019-06-14");
            Hit h = onlyHit(WorkRules.commitsOlderThanAccount(b.build(), params("WRK-04")));
            assertThat(h.messageKey()).isEqualTo("finding.WRK-04.commitsBeforeAccount");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("2025-11-02", "2019-06-14");
        }

        @ParameterizedTest
        @CsvSource({"2025-11-01, 1", "2025-11-02, 0", "2025-11-03, 0"})
        void onlyCommitsStrictlyBeforeCreationFire(String earliest, int hits) {
            assertThat(WorkRules.commitsOlderThanAccount(CaseDataBuilder.a().evidence(ONLINE_PROFILE, "platform",
                    "github", "accountCreated", "2025-11-02", "earliestCommit", earliest).build(), params("WRK-04"))
                    .hits()).hasSize(hits);
        }

        @Test
        void anUpstreamCopyFires() {
            Hit h = onlyHit(WorkRules.commitsOlderThanAccount(CaseDataBuilder.a().evidence(ONLINE_PROFILE, "platform",
                    "github", "upstreamCopy", "yes").build(), params("WRK-04")));
            assertThat(h.messageKey()).isEqualTo("finding.WRK-04.upstreamCopy");
        }

        @Test
        void anOriginalYoungAccountIsInnocentAndMissingDatesAreNotEvaluated() {
            assertClear(WorkRules.commitsOlderThanAccount(CaseDataBuilder.a().evidence(ONLINE_PROFILE, "platform",
                    "github", "upstreamCopy", "no").build(), params("WRK-04")));
            assertNotEvaluated(WorkRules.commitsOlderThanAccount(CaseDataBuilder.a().evidence(ONLINE_PROFILE,
                    "platform", "github", "accountCreated", "2025-11-02", "earliestCommit", "long ago").build(),
                    params("WRK-04")), EvidenceNeed.of(ONLINE_PROFILE, "accountCreated"),
                    EvidenceNeed.of(ONLINE_PROFILE, "earliestCommit"), EvidenceNeed.of(ONLINE_PROFILE, "upstreamCopy"));
        }
    }

    @Nested
    class InflatedProfile {
        @Test
        void highCountsFireWithTheCountAndTheLimit() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(ONLINE_PROFILE, "platform", "github", "followers", "1,450",
                    "following", "12", "contributors", "130");
            Outcome o = WorkRules.inflatedProfile(b.build(), params("WRK-05"));
            assertThat(o.hits()).extracting(Hit::messageKey)
                    .containsExactly("finding.WRK-05.followers", "finding.WRK-05.contributors");
            assertThat(o.hits().get(0).args()).containsExactly("1450", "200");
            assertThat(o.hits().get(0).evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(o.hits().get(1).args()).containsExactly("130", "100");
        }

        @ParameterizedTest
        @CsvSource({"199, 0", "200, 1", "201, 1"})
        void followingAtOrAboveTheLimitFires(String following, int hits) {
            Outcome o = WorkRules.inflatedProfile(CaseDataBuilder.a().evidence(ONLINE_PROFILE, "platform", "github",
                    "following", following).build(), params("WRK-05"));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
        }

        @Test
        void ordinaryCountsOrOtherPlatformsAreInnocent() {
            assertClear(WorkRules.inflatedProfile(CaseDataBuilder.a()
                    .evidence(ONLINE_PROFILE, "platform", "github", "followers", "14", "contributors", "2")
                    .evidence(ONLINE_PROFILE, "platform", "linkedin", "followers", "900").build(), params("WRK-05")));
        }

        @Test
        void withoutGitHubCountsItIsNotEvaluated() {
            assertNotEvaluated(WorkRules.inflatedProfile(CaseDataBuilder.a().evidence(ONLINE_PROFILE, "platform",
                    "linkedin", "followers", "900").build(), params("WRK-05")),
                    EvidenceNeed.of(ONLINE_PROFILE, "followers"), EvidenceNeed.of(ONLINE_PROFILE, "following"),
                    EvidenceNeed.of(ONLINE_PROFILE, "contributors"));
        }
    }

    @Nested
    class WiderRights {
        @Test
        void unapprovedRequestsAndAdditionsFire() {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidenceAt("2026-04-01T10:00:00Z", WORK_ACTIVITY, "activityType", "permission_request", "approved", "no")
                    .evidenceAt("2026-04-02T10:00:00Z", WORK_ACTIVITY, "activityType", "member_added", "approved", "no");
            Outcome o = WorkRules.widerRights(b.build(), params("WRK-06"));
            assertThat(o.hits()).extracting(Hit::messageKey)
                    .containsExactly("finding.WRK-06.permissionRequest", "finding.WRK-06.memberAdded");
            assertThat(o.hits().get(1).evidenceIds()).containsExactly(b.items().get(1).id());
            assertThat(o.hits().get(1).args()).containsExactly("2026-04-02");
        }

        @Test
        void approvedRequestsAreInnocentAndUnknownApprovalIsNotEvaluated() {
            assertClear(WorkRules.widerRights(CaseDataBuilder.a().evidence(WORK_ACTIVITY, "activityType",
                    "permission_request", "approved", "yes").build(), params("WRK-06")));
            assertNotEvaluated(WorkRules.widerRights(CaseDataBuilder.a().evidence(WORK_ACTIVITY, "activityType",
                    "permission_request").build(), params("WRK-06")), EvidenceNeed.of(WORK_ACTIVITY, "approved"));
        }
    }
}
