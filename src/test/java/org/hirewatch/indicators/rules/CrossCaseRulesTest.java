package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.APPLICATION;
import static org.hirewatch.domain.EvidenceKind.CONTACT_CHANNEL;
import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.ONLINE_PROFILE;
import static org.hirewatch.domain.EvidenceKind.PAYMENT_PAYOUT;
import static org.hirewatch.domain.EvidenceKind.REFERENCE_CHECK;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;
import static org.hirewatch.domain.EvidenceKind.WORK_ACTIVITY;
import static org.hirewatch.indicators.CaseDataBuilder.index;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.Outcomes.assertClear;
import static org.hirewatch.indicators.rules.Outcomes.assertNotEvaluated;
import static org.hirewatch.indicators.rules.Outcomes.onlyHit;

import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.TextFingerprint;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossCaseRulesTest {
    private static final String CV = "Senior full stack engineer with eight years of experience building payment "
            + "platforms in React, Node and Go. Led a team of five at a fintech start-up, migrated services to "
            + "Kubernetes, cut cloud costs by a third and mentored junior developers across three time zones.";
    private static final String OTHER_CV = "Data analyst who enjoys gardening, writes SQL reports for a regional "
            + "grocery chain and volunteers at the local library on weekends.";
    private static final String TEMPLATE = "Hello, I have carefully read your job description and I am confident "
            + "I can deliver high quality work on time. Please message me so we can discuss the details.";

    private static CaseDataBuilder applicant(String reference, String name) {
        return CaseDataBuilder.a().reference(reference).claimed(name, "US", "");
    }

    private static Evidence add(CaseDataBuilder b, EvidenceKind kind, String... fields) {
        b.evidence(kind, fields);
        return b.items().get(b.items().size() - 1);
    }

    @Nested
    class SameCvOrContacts {
        @Test
        void aCopiedCvUnderAnotherNameFiresAndCitesBothCases() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            Evidence theirs = add(other, APPLICATION, "cvText", CV);
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            Evidence mine = add(b, APPLICATION, "cvText", CV);
            Hit h = onlyHit(CrossCaseRules.sameCvOrContacts(b.build(), params("XAP-01")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-01.similarCv");
            assertThat(h.evidenceIds()).containsExactly(mine.id(), theirs.id());
            assertThat(h.args()).containsExactly("HW-2026-0007 (Lee Sample)", "0");
        }

        @Test
        void theNearnessOfTheCvIsASetting() {
            String edited = CV.replace("eight years", "nine years").replace("a third", "a half");
            int distance = TextFingerprint.distance(TextFingerprint.of(CV), TextFingerprint.of(edited));
            assertThat(distance).isPositive();
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            add(other, APPLICATION, "cvText", edited);
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            add(b, APPLICATION, "cvText", CV);
            assertClear(CrossCaseRules.sameCvOrContacts(b.build(), params("XAP-01", "maxSimhashDistance",
                    String.valueOf(distance - 1))));
            Hit h = onlyHit(CrossCaseRules.sameCvOrContacts(b.build(), params("XAP-01", "maxSimhashDistance",
                    String.valueOf(distance))));
            assertThat(h.args()).containsExactly("HW-2026-0007 (Lee Sample)", String.valueOf(distance));
        }

        @Test
        void aContactThatIsAnotherApplicantsReferenceFires() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            Evidence theirs = add(other, REFERENCE_CHECK, "referenceName", "Pat Referee", "referenceEmail",
                    "Helper@Example.org");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            Evidence mine = add(b, CONTACT_CHANNEL, "email", "helper@example.org", "phone", "+1 555 0100");
            Hit h = onlyHit(CrossCaseRules.sameCvOrContacts(b.build(), params("XAP-01")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-01.sharedContact");
            assertThat(h.evidenceIds()).containsExactly(mine.id(), theirs.id());
            assertThat(h.args()).containsExactly("helper@example.org", "HW-2026-0007 (Lee Sample)");
        }

        @Test
        void theSamePersonOrAnotherCvIsInnocent() {
            CaseDataBuilder again = applicant("HW-2026-0007", "EXAMPLE, Dana");
            add(again, APPLICATION, "cvText", CV);
            add(again, CONTACT_CHANNEL, "phone", "+1 555 0100");
            CaseDataBuilder stranger = applicant("HW-2026-0008", "Lee Sample");
            add(stranger, APPLICATION, "cvText", OTHER_CV);
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(again, stranger));
            add(b, APPLICATION, "cvText", CV);
            add(b, CONTACT_CHANNEL, "phone", "+1 (555) 0100");
            assertClear(CrossCaseRules.sameCvOrContacts(b.build(), params("XAP-01")));
        }

        @Test
        void withoutCvOrContactsItIsNotEvaluated() {
            assertNotEvaluated(CrossCaseRules.sameCvOrContacts(applicant("HW-2026-0001", "Dana Example").build(),
                    params("XAP-01")), EvidenceNeed.of(APPLICATION, "cvText"), EvidenceNeed.of(CONTACT_CHANNEL, "email"),
                    EvidenceNeed.of(CONTACT_CHANNEL, "phone"));
        }
    }

    @Nested
    class OneActorManyApplications {
        @Test
        void aProfileLinkedToAnotherNameFires() {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            Evidence profile = add(b, ONLINE_PROFILE, "platform", "linkedin", "linkedToOtherName", "yes");
            Hit h = onlyHit(CrossCaseRules.oneActorManyApplications(b.build(), params("XAP-02")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-02.linkedProfile");
            assertThat(h.evidenceIds()).containsExactly(profile.id());
        }

        @Test
        void anInterviewAddressUsedInAnotherApplicationFiresWhateverTheName() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Dana Example");
            Evidence theirs = add(other, SIGN_IN_RECORD, "ipAddress", "203.0.113.50");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            Evidence mine = add(b, INTERVIEW_OBSERVATION, "participantIp", "203.0.113.50");
            Hit h = onlyHit(CrossCaseRules.oneActorManyApplications(b.build(), params("XAP-02")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-02.sharedIp");
            assertThat(h.evidenceIds()).containsExactly(mine.id(), theirs.id());
            assertThat(h.args()).containsExactly("203.0.113.50", "HW-2026-0007 (Dana Example)");
        }

        @Test
        void aSharedDeviceOrCvFires() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            add(other, SIGN_IN_RECORD, "ipAddress", "198.51.100.1", "device", "LAPTOP-EX-42");
            add(other, APPLICATION, "cvText", CV);
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            add(b, SIGN_IN_RECORD, "ipAddress", "198.51.100.2", "device", "laptop-ex-42");
            add(b, APPLICATION, "cvText", CV);
            Outcome o = CrossCaseRules.oneActorManyApplications(b.build(), params("XAP-02"));
            assertThat(o.hits()).extracting(Hit::messageKey)
                    .containsExactly("finding.XAP-02.sharedDevice", "finding.XAP-02.similarCv");
            assertThat(o.hits().get(0).args()).containsExactly("laptop-ex-42", "HW-2026-0007 (Lee Sample)");
            assertThat(o.hits().get(1).args()).containsExactly("HW-2026-0007 (Lee Sample)");
        }

        @ParameterizedTest
        @CsvSource({"1, 0", "2, 1", "3, 1"})
        void countsCasesAgainstTheMinimum(int others, int hits) {
            CaseDataBuilder[] cases = new CaseDataBuilder[others];
            for (int i = 0; i < others; i++) {
                cases[i] = applicant("HW-2026-001" + i, "Person " + i);
                add(cases[i], INTERVIEW_OBSERVATION, "participantIp", "203.0.113.50");
            }
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(cases));
            add(b, INTERVIEW_OBSERVATION, "participantIp", "203.0.113.50");
            Outcome o = CrossCaseRules.oneActorManyApplications(b.build(), params("XAP-02", "minCases", "3"));
            assertThat(o.hits()).hasSize(hits);
        }

        @Test
        void organizationNetworksAndUnlinkedProfilesAreInnocent() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            add(other, SIGN_IN_RECORD, "ipAddress", "192.0.2.10");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            add(b, SIGN_IN_RECORD, "ipAddress", "192.0.2.10");
            add(b, ONLINE_PROFILE, "platform", "github", "linkedToOtherName", "no");
            assertClear(CrossCaseRules.oneActorManyApplications(b.build(), params("XAP-02", "corporateNetworks",
                    "192.0.2.0/24")));
        }

        @Test
        void withoutLinkingKeysItIsNotEvaluated() {
            assertNotEvaluated(CrossCaseRules.oneActorManyApplications(applicant("HW-2026-0001", "Dana Example")
                    .build(), params("XAP-02")), EvidenceNeed.of(ONLINE_PROFILE, "linkedToOtherName"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "participantIp"), EvidenceNeed.of(SIGN_IN_RECORD, "device"),
                    EvidenceNeed.of(APPLICATION, "cvText"));
        }
    }

    @Nested
    class SharedDocumentsOrPayouts {
        @Test
        void aSharedDocumentOrPayoutAccountFires() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            Evidence theirDoc = add(other, IDENTITY_DOCUMENT, "documentType", "passport", "documentNumber", "sha256:ab12");
            Evidence theirPay = add(other, PAYMENT_PAYOUT, "payoutMethod", "payment_platform", "platformAccountId",
                    "pay-777");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            Evidence myDoc = add(b, IDENTITY_DOCUMENT, "documentType", "passport", "documentNumber", "SHA256:AB12");
            Evidence myPay = add(b, PAYMENT_PAYOUT, "payoutMethod", "payment_platform", "platformAccountId", "PAY 777");
            Outcome o = CrossCaseRules.sharedDocumentsOrPayouts(b.build(), params("XAP-03"));
            assertThat(o.hits()).extracting(Hit::messageKey)
                    .containsExactly("finding.XAP-03.sharedDocument", "finding.XAP-03.sharedPayout");
            assertThat(o.hits().get(0).evidenceIds()).containsExactly(myDoc.id(), theirDoc.id());
            assertThat(o.hits().get(0).args()).containsExactly("HW-2026-0007 (Lee Sample)");
            assertThat(o.hits().get(1).evidenceIds()).containsExactly(myPay.id(), theirPay.id());
            assertThat(o.hits().get(1).args()).containsExactly("PAY 777", "HW-2026-0007 (Lee Sample)");
        }

        @ParameterizedTest
        @CsvSource({"1, 0", "2, 1"})
        void countsCasesAgainstTheMinimum(int others, int hits) {
            CaseDataBuilder[] cases = new CaseDataBuilder[others];
            for (int i = 0; i < others; i++) {
                cases[i] = applicant("HW-2026-001" + i, "Person " + i);
                add(cases[i], IDENTITY_DOCUMENT, "documentType", "passport", "photoHash", "p-hash-1");
            }
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(cases));
            add(b, IDENTITY_DOCUMENT, "documentType", "passport", "photoHash", "p-hash-1");
            Outcome o = CrossCaseRules.sharedDocumentsOrPayouts(b.build(), params("XAP-03", "minCases", "3"));
            assertThat(o.hits()).hasSize(hits);
            if (hits == 1) {
                assertThat(o.hits().get(0).messageKey()).isEqualTo("finding.XAP-03.sharedPhoto");
            }
        }

        @Test
        void ownValuesAloneAreInnocentAndNoValuesAreNotEvaluated() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            add(other, PAYMENT_PAYOUT, "payoutMethod", "crypto", "walletAddress", "0xOther");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            add(b, PAYMENT_PAYOUT, "payoutMethod", "crypto", "walletAddress", "0xMine");
            assertClear(CrossCaseRules.sharedDocumentsOrPayouts(b.build(), params("XAP-03")));
            assertNotEvaluated(CrossCaseRules.sharedDocumentsOrPayouts(applicant("HW-2026-0001", "Dana Example")
                    .build(), params("XAP-03")), EvidenceNeed.of(IDENTITY_DOCUMENT, "documentNumber"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "photoHash"), EvidenceNeed.of(PAYMENT_PAYOUT, "accountNumber"),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "platformAccountId"), EvidenceNeed.of(PAYMENT_PAYOUT, "walletAddress"));
        }
    }

    @Nested
    class ReputationGaming {
        @Test
        void aTemplateUsedInAnotherCaseFires() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            Evidence theirs = add(other, ONLINE_PROFILE, "platform", "freelance", "messageTemplate", TEMPLATE);
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            Evidence mine = add(b, ONLINE_PROFILE, "platform", "freelance", "messageTemplate", TEMPLATE);
            Hit h = onlyHit(CrossCaseRules.reputationGaming(b.build(), params("XAP-04")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-04.sharedTemplate");
            assertThat(h.evidenceIds()).containsExactly(mine.id(), theirs.id());
            assertThat(h.args()).containsExactly("HW-2026-0007 (Lee Sample)");
        }

        @ParameterizedTest
        @CsvSource({"20, 1, 1", "20, 2, 0", "19, 0, 0", "100, 5, 1", "100, 6, 0"})
        void fewAcceptedBidsFireOnceEnoughWereSent(int sent, int accepted, int hits) {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            add(b, ONLINE_PROFILE, "platform", "freelance", "bidsSent", String.valueOf(sent), "bidsAccepted",
                    String.valueOf(accepted));
            Outcome o = CrossCaseRules.reputationGaming(b.build(), params("XAP-04"));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
        }

        @Test
        void theAcceptanceFindingCarriesTheCounts() {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            Evidence profile = add(b, ONLINE_PROFILE, "platform", "freelance", "bidsSent", "40", "bidsAccepted", "1");
            Hit h = onlyHit(CrossCaseRules.reputationGaming(b.build(), params("XAP-04")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-04.lowAcceptance");
            assertThat(h.evidenceIds()).containsExactly(profile.id());
            assertThat(h.args()).containsExactly("1", "40", "2.5", "5");
        }

        @ParameterizedTest
        @CsvSource({"2, 0", "3, 1", "4, 1"})
        void ratingsFromOneClientAtOrAboveTheMinimumFire(String ratings, int hits) {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            add(b, ONLINE_PROFILE, "platform", "freelance", "ratingsFromOneClient", ratings);
            Outcome o = CrossCaseRules.reputationGaming(b.build(), params("XAP-04"));
            assertThat(o.hits()).hasSize(hits);
            if (hits == 1) {
                assertThat(o.hits().get(0).messageKey()).isEqualTo("finding.XAP-04.ratingBurst");
                assertThat(o.hits().get(0).args()).containsExactly(ratings);
            }
        }

        @Test
        void anOwnTemplateIsInnocentAndNoPlatformDataIsNotEvaluated() {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(applicant("HW-2026-0007",
                    "Lee Sample")));
            add(b, ONLINE_PROFILE, "platform", "freelance", "messageTemplate", TEMPLATE);
            assertClear(CrossCaseRules.reputationGaming(b.build(), params("XAP-04")));
            CaseDataBuilder none = applicant("HW-2026-0001", "Dana Example");
            add(none, ONLINE_PROFILE, "platform", "freelance", "bidsSent", "30");
            assertNotEvaluated(CrossCaseRules.reputationGaming(none.build(), params("XAP-04")),
                    EvidenceNeed.of(ONLINE_PROFILE, "messageTemplate"), EvidenceNeed.of(ONLINE_PROFILE, "bidsSent"),
                    EvidenceNeed.of(ONLINE_PROFILE, "bidsAccepted"), EvidenceNeed.of(ONLINE_PROFILE, "ratingsFromOneClient"));
        }
    }

    @Nested
    class SharedInfrastructure {
        @Test
        void aSharedSignInAddressShipToOrPayAccountFires() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            Evidence theirIp = add(other, SIGN_IN_RECORD, "ipAddress", "198.51.100.77");
            Evidence theirShip = add(other, EQUIPMENT_SHIPPING, "shipToAddress", "400 Example Avenue\nPhoenix");
            Evidence theirPay = add(other, PAYMENT_PAYOUT, "payoutMethod", "bank", "accountNumber", "US00 0000 1111");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            Evidence myIp = add(b, SIGN_IN_RECORD, "ipAddress", "198.51.100.77");
            Evidence myShip = add(b, EQUIPMENT_SHIPPING, "shipToAddress", "400 Example Avenue\nPhoenix");
            Evidence myPay = add(b, PAYMENT_PAYOUT, "payoutMethod", "bank", "accountNumber", "US00-0000-1111");
            Outcome o = LinkedCaseRules.sharedInfrastructure(b.build(), params("XAP-05"));
            assertThat(o.hits()).extracting(Hit::messageKey).containsExactly("finding.XAP-05.sharedIp",
                    "finding.XAP-05.sharedShipTo", "finding.XAP-05.sharedPayAccount");
            assertThat(o.hits().get(0).evidenceIds()).containsExactly(myIp.id(), theirIp.id());
            assertThat(o.hits().get(1).evidenceIds()).containsExactly(myShip.id(), theirShip.id());
            assertThat(o.hits().get(1).args()).containsExactly("400 Example Avenue, Phoenix", "HW-2026-0007 (Lee Sample)");
            assertThat(o.hits().get(2).evidenceIds()).containsExactly(myPay.id(), theirPay.id());
            assertThat(o.hits().get(2).args()).containsExactly("US00-0000-1111", "HW-2026-0007 (Lee Sample)");
        }

        @ParameterizedTest
        @CsvSource({"1, 0", "2, 1", "3, 1"})
        void countsCasesAgainstTheMinimum(int others, int hits) {
            CaseDataBuilder[] cases = new CaseDataBuilder[others];
            for (int i = 0; i < others; i++) {
                cases[i] = applicant("HW-2026-001" + i, "Person " + i);
                add(cases[i], SIGN_IN_RECORD, "ipAddress", "198.51.100.77");
            }
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(cases));
            add(b, SIGN_IN_RECORD, "ipAddress", "198.51.100.77");
            assertThat(LinkedCaseRules.sharedInfrastructure(b.build(), params("XAP-05", "minCases", "3")).hits())
                    .hasSize(hits);
        }

        @Test
        void organizationNetworksAndTheSamePersonAreInnocent() {
            CaseDataBuilder colleague = applicant("HW-2026-0007", "Lee Sample");
            add(colleague, SIGN_IN_RECORD, "ipAddress", "192.0.2.10");
            CaseDataBuilder again = applicant("HW-2026-0008", "Dana Example");
            add(again, EQUIPMENT_SHIPPING, "shipToAddress", "12 Sample Street");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(colleague, again));
            add(b, SIGN_IN_RECORD, "ipAddress", "192.0.2.10");
            add(b, EQUIPMENT_SHIPPING, "shipToAddress", "12 Sample Street");
            assertClear(LinkedCaseRules.sharedInfrastructure(b.build(), params("XAP-05", "corporateNetworks",
                    "192.0.2.0/24")));
        }

        @Test
        void namesAtLeastTheSettingAlikeAreTheSamePerson() {
            double similarity = Texts.nameSimilarity("Dana Example", "Dana Exampel");
            CaseDataBuilder other = applicant("HW-2026-0007", "Dana Exampel");
            add(other, PAYMENT_PAYOUT, "payoutMethod", "crypto", "walletAddress", "0xShared");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            add(b, PAYMENT_PAYOUT, "payoutMethod", "crypto", "walletAddress", "0xShared");
            assertClear(LinkedCaseRules.sharedInfrastructure(b.build(), params("XAP-05", "sameNameSimilarity",
                    String.valueOf(similarity))));
            assertThat(LinkedCaseRules.sharedInfrastructure(b.build(), params("XAP-05", "sameNameSimilarity",
                    String.valueOf(similarity + 0.01))).hits()).hasSize(1);
        }

        @Test
        void withoutSignInsShipmentsOrAccountsItIsNotEvaluated() {
            assertNotEvaluated(LinkedCaseRules.sharedInfrastructure(applicant("HW-2026-0001", "Dana Example").build(),
                    params("XAP-05")), EvidenceNeed.of(SIGN_IN_RECORD, "ipAddress"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipToAddress"), EvidenceNeed.of(PAYMENT_PAYOUT, "accountNumber"));
        }
    }

    @Nested
    class LinkedReferrals {
        @Test
        void aReferrerWhoSharesAnAddressFiresAndCitesTheReferral() {
            CaseDataBuilder referrer = applicant("HW-2026-0003", "Lee Sample");
            Evidence theirs = add(referrer, SIGN_IN_RECORD, "ipAddress", "203.0.113.80");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(referrer));
            Evidence referral = add(b, APPLICATION, "referredBy", "hw-2026-0003");
            Evidence mine = add(b, INTERVIEW_OBSERVATION, "participantIp", "203.0.113.80");
            Hit h = onlyHit(LinkedCaseRules.linkedReferrals(b.build(), params("XAP-06")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-06.referrerShares");
            assertThat(h.evidenceIds()).containsExactly(referral.id(), mine.id(), theirs.id());
            assertThat(h.args()).containsExactly("HW-2026-0003 (Lee Sample)", "203.0.113.80");
        }

        @Test
        void aReferrerNamedRatherThanReferencedIsFoundByName() {
            CaseDataBuilder referrer = applicant("HW-2026-0003", "Lee Sample");
            add(referrer, IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", "Lee Sample",
                    "photoHash", "p-hash-9");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(referrer));
            add(b, APPLICATION, "referredBy", "LEE  SAMPLE");
            add(b, ONLINE_PROFILE, "platform", "linkedin", "photoHash", "P-HASH-9");
            Hit h = onlyHit(LinkedCaseRules.linkedReferrals(b.build(), params("XAP-06")));
            assertThat(h.args()).containsExactly("HW-2026-0003 (Lee Sample)", "P-HASH-9");
        }

        @Test
        void aReferredCandidateWhoSharesTheShipToFires() {
            CaseDataBuilder referred = applicant("HW-2026-0009", "Sam Placeholder");
            Evidence theirs = add(referred, EQUIPMENT_SHIPPING, "shipToAddress", "400 Example Avenue");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(referred));
            Evidence referral = add(b, WORK_ACTIVITY, "activityType", "referral", "referredCase", "HW-2026-0009",
                    "approved", "yes");
            Evidence mine = add(b, EQUIPMENT_SHIPPING, "shipToAddress", "400 Example Avenue");
            Hit h = onlyHit(LinkedCaseRules.linkedReferrals(b.build(), params("XAP-06")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-06.referredShares");
            assertThat(h.evidenceIds()).containsExactly(referral.id(), mine.id(), theirs.id());
            assertThat(h.args()).containsExactly("HW-2026-0009 (Sam Placeholder)", "400 Example Avenue");
        }

        @Test
        void aReferralWithoutSharedKeysOrThroughTheOfficeIsInnocent() {
            CaseDataBuilder referrer = applicant("HW-2026-0003", "Lee Sample");
            add(referrer, SIGN_IN_RECORD, "ipAddress", "192.0.2.10");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(referrer));
            add(b, APPLICATION, "referredBy", "HW-2026-0003");
            add(b, SIGN_IN_RECORD, "ipAddress", "192.0.2.10");
            assertClear(LinkedCaseRules.linkedReferrals(b.build(), params("XAP-06", "corporateNetworks", "192.0.2.10")));
            assertThat(LinkedCaseRules.linkedReferrals(b.build(), params("XAP-06")).hits()).hasSize(1);
        }

        @ParameterizedTest
        @CsvSource({"1, 0", "2, 2"})
        void linkedCasesCountAgainstTheMinimum(int referred, int hits) {
            CaseDataBuilder[] cases = new CaseDataBuilder[referred];
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            for (int i = 0; i < referred; i++) {
                cases[i] = applicant("HW-2026-001" + i, "Person " + i);
                add(cases[i], SIGN_IN_RECORD, "ipAddress", "203.0.113.80");
                add(b, WORK_ACTIVITY, "activityType", "referral", "referredCase", "HW-2026-001" + i);
            }
            add(b, SIGN_IN_RECORD, "ipAddress", "203.0.113.80");
            assertThat(LinkedCaseRules.linkedReferrals(b.others(index(cases)).build(), params("XAP-06", "minCases", "3"))
                    .hits()).hasSize(hits);
        }

        @Test
        void anUnapprovedAdditionFires() {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            Evidence added = b.evidenceAt("2026-04-02T10:00:00Z", WORK_ACTIVITY, "activityType", "member_added",
                    "referredCase", "HW-2026-0012", "approved", "no").items().get(0);
            Hit h = onlyHit(LinkedCaseRules.linkedReferrals(b.build(), params("XAP-06")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-06.unapprovedAddition");
            assertThat(h.evidenceIds()).containsExactly(added.id());
            assertThat(h.args()).containsExactly("2026-04-02", "HW-2026-0012");
        }

        @Test
        void withoutReferralsItIsNotEvaluated() {
            assertNotEvaluated(LinkedCaseRules.linkedReferrals(applicant("HW-2026-0001", "Dana Example").build(),
                    params("XAP-06")), EvidenceNeed.of(APPLICATION, "referredBy"),
                    EvidenceNeed.of(WORK_ACTIVITY, "referredCase"));
        }
    }

    @Nested
    class ProfileNetwork {
        @ParameterizedTest
        @CsvSource({"1, 0", "2, 1", "3, 1"})
        void flaggedContributorsAtOrAboveTheMinimumFire(String flagged, int hits) {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            Evidence profile = add(b, ONLINE_PROFILE, "platform", "github", "flaggedContributors", flagged);
            Outcome o = LinkedCaseRules.profileNetwork(b.build(), params("XAP-07"));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
            if (hits == 1) {
                assertThat(o.hits().get(0).messageKey()).isEqualTo("finding.XAP-07.flaggedContributors");
                assertThat(o.hits().get(0).evidenceIds()).containsExactly(profile.id());
                assertThat(o.hits().get(0).args()).containsExactly(flagged);
            }
        }

        @Test
        void aHandleFoundInAnotherCaseFires() {
            CaseDataBuilder other = applicant("HW-2026-0007", "Lee Sample");
            Evidence theirs = add(other, CONTACT_CHANNEL, "messagingHandle", "DevStar99");
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example").others(index(other));
            Evidence mine = add(b, ONLINE_PROFILE, "platform", "github", "handle", "devstar99");
            Hit h = onlyHit(LinkedCaseRules.profileNetwork(b.build(), params("XAP-07")));
            assertThat(h.messageKey()).isEqualTo("finding.XAP-07.handleElsewhere");
            assertThat(h.evidenceIds()).containsExactly(mine.id(), theirs.id());
            assertThat(h.args()).containsExactly("devstar99", "HW-2026-0007 (Lee Sample)");
        }

        @Test
        void withoutCountsOrHandleItIsNotEvaluated() {
            CaseDataBuilder b = applicant("HW-2026-0001", "Dana Example");
            add(b, ONLINE_PROFILE, "platform", "github", "flaggedContributors", "some");
            assertNotEvaluated(LinkedCaseRules.profileNetwork(b.build(), params("XAP-07")),
                    EvidenceNeed.of(ONLINE_PROFILE, "flaggedContributors"), EvidenceNeed.of(ONLINE_PROFILE, "handle"));
        }
    }
}
