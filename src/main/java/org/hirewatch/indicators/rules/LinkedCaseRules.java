package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.APPLICATION;
import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.ONLINE_PROFILE;
import static org.hirewatch.domain.EvidenceKind.PAYMENT_PAYOUT;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;
import static org.hirewatch.domain.EvidenceKind.WORK_ACTIVITY;
import static org.hirewatch.indicators.rules.SharedValues.ANY_OTHER_CASE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/**
 * Cross-applicant rules about people working together: infrastructure shared between workers (XAP-05), referrals
 * between linked cases (XAP-06) and a code profile tied to other cases (XAP-07).
 */
final class LinkedCaseRules {
    /** Shared values named in a referral finding are cut to this length: fingerprinted texts are long. */
    private static final int SHOWN_CHARACTERS = 40;

    private LinkedCaseRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("XAP-05", LinkedCaseRules::sharedInfrastructure);
        rules.put("XAP-06", LinkedCaseRules::linkedReferrals);
        rules.put("XAP-07", LinkedCaseRules::profileNetwork);
    }

    /**
     * XAP-05: a sign-in address outside the organization's networks, a ship-to address or a pay account that at least
     * minCases cases of differently named workers share.
     */
    static Outcome sharedInfrastructure(CaseData c, Params p) {
        List<CaseData.Located> keys = SharedValues.all(SharedValues.values(c, SIGN_IN_RECORD, "ipAddress"),
                c.importedAddresses(), SharedValues.values(c, EQUIPMENT_SHIPPING, "shipToAddress"),
                SharedValues.values(c, PAYMENT_PAYOUT, "accountNumber", "platformAccountId", "walletAddress"));
        if (keys.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "ipAddress"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "shipToAddress"), EvidenceNeed.of(PAYMENT_PAYOUT, "accountNumber"));
        }
        IpNetworks corporate = IpNetworks.of(p.list("corporateNetworks"));
        List<Hit> hits = new ArrayList<>();
        for (SharedValues.Shared s : SharedValues.find(c, keys,
                SharedValues.except(SharedValues.inside(corporate), SharedValues.equal(c)),
                SharedValues.differentlyNamed(c.subject(), p.decimal("sameNameSimilarity")), p.integer("minCases"))) {
            String value = s.identifier().value();
            hits.add(switch (s.identifier().kind()) {
                case IP -> Hits.grouped("finding.XAP-05.sharedIp", s.group(), s.evidence(), value, s.cases());
                case ADDRESS -> Hits.grouped("finding.XAP-05.sharedShipTo", s.group(), s.evidence(),
                        EquipmentRules.oneLine(value), s.cases());
                default -> Hits.grouped("finding.XAP-05.sharedPayAccount", s.group(), s.evidence(), value, s.cases());
            });
        }
        return Outcome.hits(hits);
    }

    /**
     * XAP-06: the candidate's referrer, or a candidate this worker referred or added, shares a key (IP, address, photo,
     * template or CV wording) with this case, once at least minCases cases are linked so; and people added
     * without approval.
     */
    static Outcome linkedReferrals(CaseData c, Params p) {
        List<Evidence> referredBy = c.with(APPLICATION, "referredBy");
        List<Evidence> referrals = c.with(WORK_ACTIVITY, "referredCase").stream()
                .filter(e -> Set.of("referral", "member_added").contains(type(e))).toList();
        if (referredBy.isEmpty() && referrals.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(APPLICATION, "referredBy"),
                    EvidenceNeed.of(WORK_ACTIVITY, "referredCase"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : referrals) {
            if (Values.no(e, "approved")) {
                hits.add(Hit.of("finding.XAP-06.unapprovedAddition", List.of(e.id()),
                        e.observedAt() == null ? "" : Values.day(e.observedAt()), e.value("referredCase").strip()));
            }
        }
        Map<UUID, Link> links = new LinkedHashMap<>();
        for (Evidence e : referredBy) {
            String who = e.value("referredBy").strip();
            List<IdentifierOccurrence> cases = new ArrayList<>();
            c.others().caseByReference(who).filter(o -> !o.caseId().equals(c.caseId())).ifPresent(cases::add);
            if (cases.isEmpty()) {
                cases.addAll(c.others().sharing(IdentifierKind.NAME,
                        Identifier.of(IdentifierKind.NAME, "referredBy", who).normalized(), c.caseId()));
            }
            cases.forEach(o -> links.computeIfAbsent(o.caseId(), k -> new Link(o, true)).referral.add(e.id()));
        }
        for (Evidence e : referrals) {
            c.others().caseByReference(e.value("referredCase")).filter(o -> !o.caseId().equals(c.caseId()))
                    .ifPresent(o -> links.computeIfAbsent(o.caseId(), k -> new Link(o, false)).referral.add(e.id()));
        }
        sharedKeys(c, links, IpNetworks.of(p.list("corporateNetworks")));
        List<Link> linked = links.values().stream().filter(l -> !l.values.isEmpty()).toList();
        if (linked.size() + 1 >= p.integer("minCases")) {
            for (Link l : linked) {
                List<UUID> ids = new ArrayList<>(l.referral);
                ids.addAll(l.evidence);
                hits.add(Hits.grouped(l.referrer ? "finding.XAP-06.referrerShares" : "finding.XAP-06.referredShares",
                        l.partner.caseId().toString(), ids, SharedValues.describe(List.of(l.partner)),
                        Values.join(l.values)));
            }
        }
        return Outcome.hits(hits);
    }

    /**
     * Fills each link with the values this case shares with the linked case, and the items on both sides. The keys
     * are the ones the sources name: IP, address, template (or CV wording) and photo.
     */
    private static void sharedKeys(CaseData c, Map<UUID, Link> links, IpNetworks corporate) {
        if (links.isEmpty()) {
            return;
        }
        List<CaseData.Located> keys = SharedValues.all(SharedValues.values(c, SIGN_IN_RECORD, "ipAddress"),
                SharedValues.values(c, INTERVIEW_OBSERVATION, "participantIp"),
                SharedValues.values(c, WORK_ACTIVITY, "ipAddress"),
                SharedValues.values(c, EQUIPMENT_SHIPPING, "shipToAddress"),
                SharedValues.values(c, IDENTITY_DOCUMENT, "addressOnDocument", "photoHash"),
                SharedValues.values(c, ONLINE_PROFILE, "photoHash", "messageTemplate"),
                SharedValues.values(c, APPLICATION, "cvText"));
        for (CaseData.Located l : keys) {
            Identifier id = l.identifier();
            if (id.kind() == IdentifierKind.IP && corporate.contains(id.value())) {
                continue;
            }
            // equal wording only: a referral plus a merely similar text is too weak a link to escalate
            List<IdentifierOccurrence> elsewhere = id.kind() == IdentifierKind.TEXT_FINGERPRINT
                    ? c.others().similarText(id.normalized(), 0, c.caseId())
                    : c.others().sharing(id.kind(), id.normalized(), c.caseId());
            for (IdentifierOccurrence o : elsewhere) {
                Link link = links.get(o.caseId());
                if (link != null) {
                    link.values.add(shorten(id.value()));
                    link.evidence.add(l.evidence().id());
                    link.evidence.add(o.evidenceId());
                }
            }
        }
    }

    /** XAP-07: at least minFlaggedContributors flagged contributors or followers, or the handle found in other cases. */
    static Outcome profileNetwork(CaseData c, Params p) {
        List<CaseData.Located> handle = SharedValues.values(c, ONLINE_PROFILE, "handle");
        List<Evidence> counted = c.of(ONLINE_PROFILE).stream()
                .filter(e -> Values.count(e.value("flaggedContributors")) != null).toList();
        if (counted.isEmpty() && handle.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(ONLINE_PROFILE, "flaggedContributors"),
                    EvidenceNeed.of(ONLINE_PROFILE, "handle"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : counted) {
            long flagged = Values.count(e.value("flaggedContributors"));
            if (flagged >= p.integer("minFlaggedContributors")) {
                hits.add(Hit.of("finding.XAP-07.flaggedContributors", List.of(e.id()), flagged));
            }
        }
        for (SharedValues.Shared s : SharedValues.find(c, handle, SharedValues.equal(c), o -> true, ANY_OTHER_CASE)) {
            hits.add(Hits.grouped("finding.XAP-07.handleElsewhere", s.group(), s.evidence(), s.identifier().value(),
                    s.cases()));
        }
        return Outcome.hits(hits);
    }

    private static String type(Evidence e) {
        return e.value("activityType").strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String value) {
        String v = EquipmentRules.oneLine(value);
        return v.length() > SHOWN_CHARACTERS ? v.substring(0, SHOWN_CHARACTERS) + "…" : v;
    }

    /** A case linked to this one by a referral, and what the two share. */
    private static final class Link {
        final IdentifierOccurrence partner;
        final boolean referrer;
        final List<UUID> referral = new ArrayList<>();
        final Set<String> values = new LinkedHashSet<>();
        final List<UUID> evidence = new ArrayList<>();

        Link(IdentifierOccurrence partner, boolean referrer) {
            this.partner = partner;
            this.referrer = referrer;
        }
    }
}
