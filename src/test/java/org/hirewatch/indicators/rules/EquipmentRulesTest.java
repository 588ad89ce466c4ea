package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.indicators.CaseDataBuilder.index;
import static org.hirewatch.indicators.CaseDataBuilder.params;
import static org.hirewatch.indicators.rules.Outcomes.assertClear;
import static org.hirewatch.indicators.rules.Outcomes.assertNotEvaluated;
import static org.hirewatch.indicators.rules.Outcomes.onlyHit;

import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquipmentRulesTest {

    @Nested
    class ShipToElsewhere {
        @Test
        void anotherAddressThanTheDocumentsFires() {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidence(IDENTITY_DOCUMENT, "documentType", "drivers_licence", "addressOnDocument",
                            "12 Sample Street\nSpringfield, IL")
                    .evidence(EQUIPMENT_SHIPPING, "shipToAddress", "400 Example Avenue\nUnit 9\nPhoenix, AZ");
            Hit h = onlyHit(EquipmentRules.shipToElsewhere(b.build(), params("EQP-01")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-01.differentAddress");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(1).id(), b.items().get(0).id());
            assertThat(h.args()).containsExactly("400 Example Avenue, Unit 9, Phoenix, AZ",
                    "12 Sample Street, Springfield, IL");
        }

        @Test
        void theDocumentAddressWrittenDifferentlyIsInnocent() {
            CaseDataBuilder b = CaseDataBuilder.a()
                    .evidence(IDENTITY_DOCUMENT, "documentType", "passport", "addressOnDocument", "12 Sample Street, Springfield")
                    .evidence(EQUIPMENT_SHIPPING, "shipToAddress", "12 SAMPLE STREET\nSPRINGFIELD",
                            "addressChangeRequested", "yes");
            assertClear(EquipmentRules.shipToElsewhere(b.build(), params("EQP-01")));
        }

        @Test
        void aRequestedChangeFiresWhenThereIsNoDocumentAddress() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "9 Depot Road",
                    "addressChangeRequested", "yes");
            Hit h = onlyHit(EquipmentRules.shipToElsewhere(b.build(), params("EQP-01")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-01.changeRequested");
            assertThat(h.args()).containsExactly("9 Depot Road");
            assertClear(EquipmentRules.shipToElsewhere(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING,
                    "shipToAddress", "9 Depot Road", "addressChangeRequested", "no").build(), params("EQP-01")));
        }

        @Test
        void withNothingToCompareItIsNotEvaluated() {
            assertNotEvaluated(EquipmentRules.shipToElsewhere(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING,
                    "shipToAddress", "9 Depot Road").build(), params("EQP-01")),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "addressOnDocument"));
            assertNotEvaluated(EquipmentRules.shipToElsewhere(CaseDataBuilder.a().build(), params("EQP-01")),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "addressOnDocument"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipToAddress"));
        }
    }

    @Nested
    class LateAddressChange {
        private Outcome shipment(String changedOn, String... params) {
            return EquipmentRules.lateAddressChange(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress",
                    "9 Depot Road", "shipDate", "2026-03-15", "addressChangedOn", changedOn).build(),
                    params("EQP-02", params));
        }

        @Test
        void aChangeJustBeforeShippingFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "9 Depot Road",
                    "shipDate", "2026-03-15", "addressChangedOn", "2026-03-12");
            Hit h = onlyHit(EquipmentRules.lateAddressChange(b.build(), params("EQP-02")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-02.lateChange");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("2026-03-12", "3", "2026-03-15");
        }

        @ParameterizedTest
        @CsvSource({"2026-03-02, 1", "2026-03-01, 1", "2026-02-28, 0", "2026-03-16, 0", "2026-03-15, 1"})
        void theWindowIsInclusive(String changedOn, int hits) {
            Outcome o = shipment(changedOn);
            assertThat(o.evaluated()).isTrue();
            assertThat(o.hits()).hasSize(hits);
        }

        @Test
        void noChangeRequestedIsInnocent() {
            assertClear(EquipmentRules.lateAddressChange(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING,
                    "shipToAddress", "9 Depot Road", "shipDate", "2026-03-15", "addressChangeRequested", "no").build(),
                    params("EQP-02")));
        }

        @Test
        void missingOrUnreadableDatesAreNotEvaluated() {
            assertNotEvaluated(shipment("last week"), EvidenceNeed.of(EQUIPMENT_SHIPPING, "addressChangedOn"));
            assertNotEvaluated(EquipmentRules.lateAddressChange(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING,
                    "shipToAddress", "9 Depot Road").build(), params("EQP-02")),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipDate"), EvidenceNeed.of(EQUIPMENT_SHIPPING, "addressChangedOn"));
        }
    }

    @Nested
    class PickupPhoto {
        @Test
        void aCollectorWithAnotherPhotoFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "Depot 4",
                    "pickedUpBy", "Dana Example", "pickupPhotoMatches", "no");
            Hit h = onlyHit(EquipmentRules.pickupPhoto(b.build(), params("EQP-03")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-03.photoMismatch");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("Dana Example");
            assertThat(onlyHit(EquipmentRules.pickupPhoto(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING,
                    "shipToAddress", "Depot 4", "pickupPhotoMatches", "no").build(), params("EQP-03"))).messageKey())
                    .isEqualTo("finding.EQP-03.photoMismatchUnnamed");
        }

        @Test
        void aMatchingPhotoIsInnocentAndUnknownIsNotEvaluated() {
            assertClear(EquipmentRules.pickupPhoto(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress",
                    "Depot 4", "pickupPhotoMatches", "yes").build(), params("EQP-03")));
            assertNotEvaluated(EquipmentRules.pickupPhoto(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING,
                    "shipToAddress", "Depot 4", "pickupPhotoMatches", "unknown").build(), params("EQP-03")),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "pickupPhotoMatches"));
        }
    }

    @Nested
    class AbroadOrSharedShipTo {
        private CaseDataBuilder hire(String ref, String name, String address) {
            return CaseDataBuilder.a().reference(ref).claimed(name, "US", "")
                    .evidence(EQUIPMENT_SHIPPING, "shipToAddress", address);
        }

        @Test
        void aDeviceOutsideTheClaimedCountryFires() {
            CaseDataBuilder b = CaseDataBuilder.a().claimed("Dana Example", "United States", "")
                    .evidence(EQUIPMENT_SHIPPING, "shipToAddress", "12 Sample Street", "deviceCountry", "China");
            Hit h = onlyHit(EquipmentRules.abroadOrSharedShipTo(b.build(), params("EQP-04")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-04.deviceAbroad");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("China", "United States");
        }

        @Test
        void aShipToSharedWithAnotherApplicantFiresAndCitesBothCases() {
            CaseDataBuilder other = hire("HW-2026-0007", "Lee Sample", "400 Example Avenue, Phoenix");
            CaseDataBuilder b = hire("HW-2026-0001", "Dana Example", "400 example avenue  phoenix")
                    .others(index(other));
            Hit h = onlyHit(EquipmentRules.abroadOrSharedShipTo(b.build(), params("EQP-04")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-04.sharedShipTo");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id(), other.items().get(0).id());
            assertThat(h.args()).containsExactly("400 example avenue  phoenix", "HW-2026-0007 (Lee Sample)");
        }

        @Test
        void theSamePersonInAnotherCaseOrAnotherAddressIsInnocent() {
            CaseDataBuilder again = hire("HW-2026-0007", "EXAMPLE, Dana", "400 Example Avenue, Phoenix");
            CaseDataBuilder elsewhere = hire("HW-2026-0008", "Lee Sample", "12 Sample Street");
            CaseDataBuilder b = hire("HW-2026-0001", "Dana Example", "400 Example Avenue, Phoenix")
                    .others(index(again, elsewhere));
            assertClear(EquipmentRules.abroadOrSharedShipTo(b.build(), params("EQP-04")));
        }

        @ParameterizedTest
        @CsvSource({"1, 0", "2, 1", "3, 1"})
        void countsCasesAgainstTheMinimum(int others, int hits) {
            CaseDataBuilder[] cases = new CaseDataBuilder[others];
            for (int i = 0; i < others; i++) {
                cases[i] = hire("HW-2026-001" + i, "Person " + (char) ('A' + i) + " Sample", "400 Example Avenue");
            }
            CaseDataBuilder b = hire("HW-2026-0001", "Dana Example", "400 Example Avenue").others(index(cases));
            assertThat(EquipmentRules.abroadOrSharedShipTo(b.build(), params("EQP-04", "minCases", "3")).hits())
                    .hasSize(hits);
        }

        @Test
        void withoutShipToOrLocationItIsNotEvaluated() {
            assertNotEvaluated(EquipmentRules.abroadOrSharedShipTo(CaseDataBuilder.a().build(), params("EQP-04")),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipToAddress"), EvidenceNeed.of(EQUIPMENT_SHIPPING, "deviceCountry"),
                    EvidenceNeed.subject("claimedCountry"));
        }
    }

    @Nested
    class SerialMismatch {
        @Test
        void anotherSerialFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "x",
                    "serialNumber", "C02-EX-0001", "mdmSerial", "C02EX0002");
            Hit h = onlyHit(EquipmentRules.serialMismatch(b.build(), params("EQP-05")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-05.serialMismatch");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
            assertThat(h.args()).containsExactly("C02EX0002", "C02-EX-0001");
        }

        @Test
        void theSameSerialWrittenDifferentlyIsInnocent() {
            assertClear(EquipmentRules.serialMismatch(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress",
                    "x", "serialNumber", "c02 ex 0001", "mdmSerial", "C02-EX-0001").build(), params("EQP-05")));
        }

        @Test
        void withoutBothSerialsItIsNotEvaluated() {
            assertNotEvaluated(EquipmentRules.serialMismatch(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING,
                    "shipToAddress", "x", "serialNumber", "C02EX0001").build(), params("EQP-05")),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "serialNumber"), EvidenceNeed.of(EQUIPMENT_SHIPPING, "mdmSerial"));
        }
    }

    @Nested
    class EarlyEdrAlert {
        @Test
        void anEarlyAlertFires() {
            CaseDataBuilder b = CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress", "x",
                    "edrAlertFirstDays", "yes");
            Hit h = onlyHit(EquipmentRules.earlyEdrAlert(b.build(), params("EQP-06")));
            assertThat(h.messageKey()).isEqualTo("finding.EQP-06.edrAlert");
            assertThat(h.evidenceIds()).containsExactly(b.items().get(0).id());
        }

        @Test
        void noAlertIsInnocentAndNoAnswerIsNotEvaluated() {
            assertClear(EquipmentRules.earlyEdrAlert(CaseDataBuilder.a().evidence(EQUIPMENT_SHIPPING, "shipToAddress",
                    "x", "edrAlertFirstDays", "no").build(), params("EQP-06")));
            assertNotEvaluated(EquipmentRules.earlyEdrAlert(CaseDataBuilder.a().build(), params("EQP-06")),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "edrAlertFirstDays"));
        }
    }
}
