package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.domain.EvidenceKind.PAYMENT_PAYOUT;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.Outcomes.assertClear;
import static org.hirewatch.indicators.rules.Outcomes.assertNotEvaluated;
import static org.hirewatch.indicators.rules.Outcomes.onlyHit;

import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentRulesTest {

    private static Evidence last(CaseDataBuilder b) {
        return b.items().get(b.items().size() - 1);
    }

    @Nested
    class CryptoPay {
        @Test
        void cryptoPayFiresWithTheWallet() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "crypto",
                    "walletAddress", "0xExampleWallet0001");
            Hit h = onlyHit(PaymentRules.cryptoPay(b.build(), params("PAY-01")));
            assertThat(h.messageKey()).isEqualTo("finding.PAY-01.crypto");
            assertThat(h.evidenceIds()).containsExactly(last(b).id());
            assertThat(h.args()).containsExactly("0xExampleWallet0001");
        }

        @Test
        void cryptoWithoutAWalletStillFires() {
            Hit h = onlyHit(PaymentRules.cryptoPay(CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod",
                    "crypto").build(), params("PAY-01")));
            assertThat(h.messageKey()).isEqualTo("finding.PAY-01.cryptoNoWallet");
        }

        @ParameterizedTest
        @CsvSource({"24.9, 1", "25, 2", "40%, 2"})
        void aDiscountAtOrAboveTheSettingAddsANote(String discount, int hits) {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "crypto",
                    "walletAddress", "0xExampleWallet0001", "rateBelowMarketPercent", discount);
            Outcome o = PaymentRules.cryptoPay(b.build(), params("PAY-01"));
            assertThat(o.hits()).hasSize(hits);
            if (hits == 2) {
                assertThat(o.hits().get(1).messageKey()).isEqualTo("finding.PAY-01.discount");
                assertThat(o.hits().get(1).args()).containsExactly(discount.replace("%", ""), "25");
            }
        }

        @Test
        void bankPayIsInnocentEvenAtALowRate() {
            assertClear(PaymentRules.cryptoPay(CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "bank",
                    "rateBelowMarketPercent", "40").build(), params("PAY-01")));
        }

        @Test
        void withoutAPayoutItIsNotEvaluated() {
            assertNotEvaluated(PaymentRules.cryptoPay(CaseDataBuilder.a().build(), params("PAY-01")),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "payoutMethod"));
        }
    }

    @Nested
    class FlaggedRouting {
        @Test
        void aFlaggedBankCountryFiresWithTheBank() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "bank",
                    "bankName", "Example Commercial Bank", "bankCountry", "China");
            Hit h = onlyHit(PaymentRules.flaggedRouting(b.build(), params("PAY-02")));
            assertThat(h.messageKey()).isEqualTo("finding.PAY-02.bankCountry");
            assertThat(h.evidenceIds()).containsExactly(last(b).id());
            assertThat(h.args()).containsExactly("Example Commercial Bank", "China");
        }

        @Test
        void theCountryListIsASetting() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "bankCountry",
                    "Examplestan");
            assertNotEvaluated(PaymentRules.flaggedRouting(b.build(), params("PAY-02")),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "bankCountry"), EvidenceNeed.of(PAYMENT_PAYOUT, "intermediaryHops"));
            CaseDataBuilder nl = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "bankCountry", "NL");
            assertClear(PaymentRules.flaggedRouting(nl.build(), params("PAY-02")));
            Hit h = onlyHit(PaymentRules.flaggedRouting(nl.build(), params("PAY-02", "flaggedBankCountries",
                    "CN, Netherlands")));
            assertThat(h.messageKey()).isEqualTo("finding.PAY-02.bankCountryUnnamed");
            assertThat(h.args()).containsExactly("NL");
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "1, 0", "2, 1", "5, 1"})
        void moreIntermediariesThanAllowedFire(String hops, int hits) {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "payment_platform",
                    "bankCountry", "US", "intermediaryHops", hops);
            Outcome o = PaymentRules.flaggedRouting(b.build(), params("PAY-02"));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
            if (hits == 1) {
                assertThat(o.hits().get(0).messageKey()).isEqualTo("finding.PAY-02.hops");
                assertThat(o.hits().get(0).args()).containsExactly(hops, "1");
            }
        }

        @Test
        void unreadableHopsAreMissing() {
            assertNotEvaluated(PaymentRules.flaggedRouting(CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod",
                    "bank", "intermediaryHops", "several").build(), params("PAY-02")),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "bankCountry"), EvidenceNeed.of(PAYMENT_PAYOUT, "intermediaryHops"));
        }
    }

    @Nested
    class PayeeMismatch {
        @Test
        void aThirdPartyHolderFiresWithBothNames() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "")
                    .evidence(IDENTITY_DOCUMENT, "documentType", "passport", "nameAsPrinted", "Dana Example")
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "accountHolderName", "Chris Facilitator");
            Hit h = onlyHit(PaymentRules.payeeMismatch(b.build(), params("PAY-03")));
            assertThat(h.messageKey()).isEqualTo("finding.PAY-03.holderName");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(1).id(), b.items().get(0).id());
            assertThat(h.args()).hasSize(3).startsWith("Chris Facilitator", "Dana Example");
            assertThat(Double.parseDouble(h.args().get(2))).isLessThan(0.8);
        }

        @Test
        void theSameNameInAnotherOrderIsInnocent() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "US", "")
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "accountHolderName", "EXAMPLE, Dana");
            assertClear(PaymentRules.payeeMismatch(b.build(), params("PAY-03")));
        }

        @ParameterizedTest
        @CsvSource({"0.79, 0", "0.8, 0", "0.81, 1"})
        void aSimilarityBelowTheSettingFires(String min, int hits) {
            // two letter edits over ten letters: similarity exactly 0.8
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Ana Ruiz", "US", "")
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "accountHolderName", "Ana Ruizzz");
            assertThat(Texts.nameSimilarity("Ana Ruizzz", "Ana Ruiz")).isEqualTo(0.8);
            Outcome o = PaymentRules.payeeMismatch(b.build(), params("PAY-03", "minNameSimilarity", min));
            assertThat(o.hits()).hasSize(hits);
            if (hits == 1) {
                assertThat(o.hits().get(0).args()).containsExactly("Ana Ruizzz", "Ana Ruiz", "0.8");
                assertThat(o.hits().get(0).evidenceIds()).containsExactly(b.items().get(0).id());
            }
        }

        private CaseDataBuilder accounts(String... atAndAccount) {
            CaseDataBuilder b = CaseDataBuilder.a();
            for (int i = 0; i < atAndAccount.length; i += 2) {
                b.evidenceAt(atAndAccount[i], PAYMENT_PAYOUT, "payoutMethod", "bank", "accountNumber",
                        atAndAccount[i + 1]);
            }
            return b;
        }

        @Test
        void frequentAccountChangesFire() {
            CaseDataBuilder b = accounts("2026-01-05T10:00:00Z", "NL00 EXAM 0000 0001",
                    "2026-02-01T10:00:00Z", "NL00EXAM00000002", "2026-03-01T10:00:00Z", "NL00-EXAM-0000-0003");
            Hit h = onlyHit(PaymentRules.payeeMismatch(b.build(), params("PAY-03")));
            assertThat(h.messageKey()).isEqualTo("finding.PAY-03.changes");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(1).id(), b.items().get(2).id());
            assertThat(h.args()).containsExactly("2", "90", "2026-02-01", "2026-03-01");
        }

        @ParameterizedTest
        @CsvSource({"2026-04-02T10:00:00Z, 1", "2026-04-02T10:01:00Z, 0"})
        void changesCountWithinTheWindowInclusive(String secondChange, int hits) {
            CaseDataBuilder b = accounts("2026-01-01T10:00:00Z", "A1", "2026-01-02T10:00:00Z", "A2",
                    secondChange, "A3");
            assertThat(PaymentRules.payeeMismatch(b.build(), params("PAY-03")).hits()).hasSize(hits);
        }

        @Test
        void aRequestedChangeCountsAndOneChangeIsAllowed() {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "accountNumber", "A1")
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "changeRequested", "yes");
            assertClear(PaymentRules.payeeMismatch(b.build(), params("PAY-03")));
            assertThat(PaymentRules.payeeMismatch(b.build(), params("PAY-03", "maxChanges", "0")).hits()).hasSize(1);
        }

        @Test
        void withoutNamesOrAccountsItIsNotEvaluated() {
            assertNotEvaluated(PaymentRules.payeeMismatch(CaseDataBuilder.a().build(), params("PAY-03")),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "accountHolderName"), EvidenceNeed.of(PAYMENT_PAYOUT, "accountNumber"));
            CaseDataBuilder holderOnly = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "bank",
                    "accountHolderName", "Dana Example");
            assertNotEvaluated(PaymentRules.payeeMismatch(holderOnly.build(), params("PAY-03")),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "nameAsPrinted"), EvidenceNeed.of(PAYMENT_PAYOUT, "accountNumber"));
        }
    }

    @Nested
    class Prepayments {
        @ParameterizedTest
        @CsvSource({"1, 0", "2, 1", "3, 1"})
        void requestsAreAddedUpAgainstTheMinimum(int second, int hits) {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "prepaymentRequests", "0")
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "bank", "prepaymentRequests", String.valueOf(second),
                            "invoiceBeforeAcceptance", "no");
            Outcome o = PaymentRules.prepayments(b.build(), params("PAY-04", "minPrepaymentRequests", "2"));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
            if (hits == 1) {
                assertThat(o.hits().get(0).messageKey()).isEqualTo("finding.PAY-04.prepayments");
                assertThat(o.hits().get(0).evidenceIds()).containsExactly(b.items().get(1).id());
                assertThat(o.hits().get(0).args()).containsExactly(String.valueOf(second));
            }
        }

        @Test
        void anEarlyInvoiceFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "bank",
                    "invoiceBeforeAcceptance", "yes");
            Hit h = onlyHit(PaymentRules.prepayments(b.build(), params("PAY-04")));
            assertThat(h.messageKey()).isEqualTo("finding.PAY-04.earlyInvoice");
            assertThat(h.evidenceIds()).containsExactly(last(b).id());
        }

        @Test
        void withoutThoseFieldsItIsNotEvaluated() {
            assertNotEvaluated(PaymentRules.prepayments(CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod",
                    "bank", "prepaymentRequests", "a few").build(), params("PAY-04")),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "prepaymentRequests"),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "invoiceBeforeAcceptance"));
        }
    }

    @Nested
    class SmallCharges {
        @ParameterizedTest
        @CsvSource({"4, 0", "5, 1", "30, 1"})
        void chargesAreAddedUpAgainstTheMinimum(int total, int hits) {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "other", "smallChargeCount", "0")
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "other", "smallChargeCount", "1")
                    .evidence(PAYMENT_PAYOUT, "payoutMethod", "other", "smallChargeCount", String.valueOf(total - 1));
            Outcome o = PaymentRules.smallCharges(b.build(), params("PAY-05"));
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
            if (hits == 1) {
                Hit h = o.hits().get(0);
                assertThat(h.messageKey()).isEqualTo("finding.PAY-05.smallCharges");
                assertThat(h.evidenceIds()).containsExactly(b.items().get(1).id(), b.items().get(2).id());
                assertThat(h.args()).containsExactly(String.valueOf(total));
            }
        }

        @Test
        void noChargesIsInnocentAndNoCountIsNotEvaluated() {
            assertClear(PaymentRules.smallCharges(CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod", "bank",
                    "smallChargeCount", "0").build(), params("PAY-05")));
            assertNotEvaluated(PaymentRules.smallCharges(CaseDataBuilder.a().evidence(PAYMENT_PAYOUT, "payoutMethod",
                    "bank", "smallChargeCount", "-3").build(), params("PAY-05")),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "smallChargeCount"));
        }
    }
}
