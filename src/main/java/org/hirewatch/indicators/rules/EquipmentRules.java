package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/** Rules of the equipment and shipping indicators. */
public final class EquipmentRules {
    private EquipmentRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("EQP-01", EquipmentRules::shipToElsewhere);
        rules.put("EQP-02", EquipmentRules::lateAddressChange);
        rules.put("EQP-03", EquipmentRules::pickupPhoto);
        rules.put("EQP-04", EquipmentRules::abroadOrSharedShipTo);
        rules.put("EQP-05", EquipmentRules::serialMismatch);
        rules.put("EQP-06", EquipmentRules::earlyEdrAlert);
    }

    /**
     * EQP-01: a ship-to address that is none of the identity documents' addresses, or (with no document address to
     * compare) a requested change of address.
     */
    static Outcome shipToElsewhere(CaseData c, Params p) {
        List<Evidence> documents = c.with(IDENTITY_DOCUMENT, "addressOnDocument");
        List<Evidence> shipments = c.with(EQUIPMENT_SHIPPING, "shipToAddress");
        boolean compared = !documents.isEmpty() && !shipments.isEmpty();
        boolean requestKnown = c.of(EQUIPMENT_SHIPPING).stream().anyMatch(e -> Values.answered(e, "addressChangeRequested"));
        if (!compared && !requestKnown) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (documents.isEmpty()) {
                missing.add(EvidenceNeed.of(IDENTITY_DOCUMENT, "addressOnDocument"));
            }
            if (shipments.isEmpty()) {
                missing.add(EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipToAddress"));
            }
            return Outcome.notEvaluated(missing);
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(EQUIPMENT_SHIPPING)) {
            String to = e.value("shipToAddress");
            if (compared && !to.isBlank()) {
                if (documents.stream().noneMatch(d -> Texts.sameAddress(d.value("addressOnDocument"), to))) {
                    List<UUID> ids = new ArrayList<>(List.of(e.id()));
                    documents.forEach(d -> ids.add(d.id()));
                    hits.add(Hit.of("finding.EQP-01.differentAddress", ids, oneLine(to),
                            oneLine(documents.get(0).value("addressOnDocument"))));
                }
            } else if (Values.yes(e, "addressChangeRequested")) {
                hits.add(Hit.of("finding.EQP-01.changeRequested", List.of(e.id()), oneLine(to)));
            }
        }
        return Outcome.hits(hits);
    }

    /**
     * EQP-02: the address changed within windowDays before the ship date. A shipment with no change date and no change
     * requested had no change, which is a clear result rather than a missing one.
     */
    static Outcome lateAddressChange(CaseData c, Params p) {
        int window = p.integer("windowDays");
        boolean evaluated = false;
        boolean shipDates = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(EQUIPMENT_SHIPPING)) {
            LocalDate shipped = Values.date(e.value("shipDate"));
            LocalDate changed = Values.date(e.value("addressChangedOn"));
            shipDates |= shipped != null;
            if (shipped == null) {
                continue;
            }
            if (changed == null) {
                evaluated |= Values.no(e, "addressChangeRequested") && e.value("addressChangedOn").isBlank();
                continue;
            }
            evaluated = true;
            long days = ChronoUnit.DAYS.between(changed, shipped);
            if (days >= 0 && days <= window) {
                hits.add(Hit.of("finding.EQP-02.lateChange", List.of(e.id()), changed, days, shipped));
            }
        }
        if (!evaluated) {
            return shipDates ? Outcome.notEvaluated(EvidenceNeed.of(EQUIPMENT_SHIPPING, "addressChangedOn"))
                    : Outcome.notEvaluated(EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipDate"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "addressChangedOn"));
        }
        return Outcome.hits(hits);
    }

    /** EQP-03: the carrier recorded that the collector's ID photo did not match; a person confirms. */
    static Outcome pickupPhoto(CaseData c, Params p) {
        List<Evidence> checked = c.of(EQUIPMENT_SHIPPING).stream().filter(e -> Values.answered(e, "pickupPhotoMatches"))
                .toList();
        if (checked.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(EQUIPMENT_SHIPPING, "pickupPhotoMatches"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : checked) {
            String who = e.value("pickedUpBy").strip();
            if (Values.no(e, "pickupPhotoMatches")) {
                hits.add(who.isEmpty() ? Hit.of("finding.EQP-03.photoMismatchUnnamed", List.of(e.id()))
                        : Hit.of("finding.EQP-03.photoMismatch", List.of(e.id()), who));
            }
        }
        return Outcome.hits(hits);
    }

    /**
     * EQP-04: the device is located outside the claimed country, or this case's ship-to address is the ship-to address
     * of other cases (of applicants with other names) until minCases cases share it.
     */
    static Outcome abroadOrSharedShipTo(CaseData c, Params p) {
        Optional<String> claimed = Values.country(c.subject().claimedCountry());
        List<Evidence> located = c.of(EQUIPMENT_SHIPPING).stream()
                .filter(e -> Values.country(e.value("deviceCountry")).isPresent()).toList();
        List<CaseData.Located> shipTo = SharedValues.values(c, EQUIPMENT_SHIPPING, "shipToAddress");
        boolean abroadRuns = claimed.isPresent() && !located.isEmpty();
        boolean sharedRuns = !shipTo.isEmpty();
        if (!abroadRuns && !sharedRuns) {
            List<EvidenceNeed> missing = new ArrayList<>(List.of(EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipToAddress")));
            if (located.isEmpty()) {
                missing.add(EvidenceNeed.of(EQUIPMENT_SHIPPING, "deviceCountry"));
            }
            if (claimed.isEmpty()) {
                missing.add(EvidenceNeed.subject("claimedCountry"));
            }
            return Outcome.notEvaluated(missing);
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : abroadRuns ? located : List.<Evidence>of()) {
            if (!Values.country(e.value("deviceCountry")).equals(claimed)) {
                hits.add(Hit.of("finding.EQP-04.deviceAbroad", List.of(e.id()), e.value("deviceCountry").strip(),
                        c.subject().claimedCountry().strip()));
            }
        }
        for (SharedValues.Shared s : SharedValues.find(c, shipTo, SharedValues.equal(c),
                SharedValues.inFields("shipToAddress").and(SharedValues.differentlyNamed(c.subject(),
                        p.decimal("sameNameSimilarity"))), p.integer("minCases"))) {
            hits.add(Hits.grouped("finding.EQP-04.sharedShipTo", s.group(), s.evidence(),
                    oneLine(s.identifier().value()), s.cases()));
        }
        return Outcome.hits(hits);
    }

    /** EQP-05: device management reports another serial number than the one shipped. */
    static Outcome serialMismatch(CaseData c, Params p) {
        List<Evidence> both = c.of(EQUIPMENT_SHIPPING).stream()
                .filter(e -> !serial(e, "serialNumber").isEmpty() && !serial(e, "mdmSerial").isEmpty()).toList();
        if (both.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(EQUIPMENT_SHIPPING, "serialNumber"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "mdmSerial"));
        }
        return Outcome.hits(both.stream().filter(e -> !serial(e, "serialNumber").equals(serial(e, "mdmSerial")))
                .map(e -> Hit.of("finding.EQP-05.serialMismatch", List.of(e.id()), e.value("mdmSerial").strip(),
                        e.value("serialNumber").strip())).toList());
    }

    /** EQP-06: endpoint detection alerted in the device's first days. */
    static Outcome earlyEdrAlert(CaseData c, Params p) {
        List<Evidence> answered = c.of(EQUIPMENT_SHIPPING).stream()
                .filter(e -> Values.answered(e, "edrAlertFirstDays")).toList();
        if (answered.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(EQUIPMENT_SHIPPING, "edrAlertFirstDays"));
        }
        return Outcome.hits(answered.stream().filter(e -> Values.yes(e, "edrAlertFirstDays"))
                .map(e -> Hit.of("finding.EQP-06.edrAlert", List.of(e.id()))).toList());
    }

    /** Serial numbers are compared without spaces, dashes or case: labels and MDM consoles print them differently. */
    private static String serial(Evidence e, String field) {
        return e.value(field).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A multi-line address as one line of a sentence. */
    static String oneLine(String address) {
        return address.strip().replaceAll("\\s*\\R\\s*", ", ");
    }
}
