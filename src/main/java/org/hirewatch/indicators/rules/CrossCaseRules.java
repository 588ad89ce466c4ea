package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.APPLICATION;
import static org.hirewatch.domain.EvidenceKind.CONTACT_CHANNEL;
import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.ONLINE_PROFILE;
import static org.hirewatch.domain.EvidenceKind.PAYMENT_PAYOUT;
import static org.hirewatch.domain.EvidenceKind.REFERENCE_CHECK;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;
import static org.hirewatch.indicators.rules.SharedValues.ANY_OTHER_CASE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.TextFingerprint;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/**
 * Rules of the cross-applicant indicators about one actor behind several applications: re-used CVs and contacts,
 * shared devices, documents and payout accounts, platform reputation gaming (XAP-01 to XAP-04). XAP-05 to XAP-07 are
 * in {@link LinkedCaseRules}.
 */
public final class CrossCaseRules {
    private CrossCaseRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("XAP-01", CrossCaseRules::sameCvOrContacts);
        rules.put("XAP-02", CrossCaseRules::oneActorManyApplications);
        rules.put("XAP-03", CrossCaseRules::sharedDocumentsOrPayouts);
        rules.put("XAP-04", CrossCaseRules::reputationGaming);
        LinkedCaseRules.register(rules);
    }

    /** XAP-01: a near-duplicate CV, or a shared email or phone (own or a reference's), in a case with another name. */
    static Outcome sameCvOrContacts(CaseData c, Params p) {
        List<CaseData.Located> cv = SharedValues.values(c, APPLICATION, "cvText");
        List<CaseData.Located> contacts = SharedValues.all(SharedValues.values(c, CONTACT_CHANNEL, "email", "phone"),
                SharedValues.values(c, REFERENCE_CHECK, "referenceEmail", "referencePhone"));
        if (cv.isEmpty() && contacts.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(APPLICATION, "cvText"), EvidenceNeed.of(CONTACT_CHANNEL, "email"),
                    EvidenceNeed.of(CONTACT_CHANNEL, "phone"));
        }
        Predicate<IdentifierOccurrence> otherName = SharedValues.differentlyNamed(c.subject(),
                p.decimal("sameNameSimilarity"));
        List<Hit> hits = new ArrayList<>();
        for (SharedValues.Shared s : SharedValues.find(c, cv, SharedValues.close(c, p.integer("maxSimhashDistance")),
                SharedValues.inFields("cvText").and(otherName), ANY_OTHER_CASE)) {
            hits.add(Hits.grouped("finding.XAP-01.similarCv", s.group(), s.evidence(), s.cases(), farthest(s)));
        }
        for (SharedValues.Shared s : SharedValues.find(c, contacts, SharedValues.equal(c),
                SharedValues.inFields("email", "phone", "referenceEmail", "referencePhone").and(otherName),
                ANY_OTHER_CASE)) {
            hits.add(Hits.grouped("finding.XAP-01.sharedContact", s.group(), s.evidence(), s.identifier().value(),
                    s.cases()));
        }
        return Outcome.hits(hits);
    }

    /**
     * XAP-02: a profile that the candidate's contacts link to another name; or an interview address, sign-in address,
     * device or near-identical CV that at least minCases cases share, whatever names they give.
     */
    static Outcome oneActorManyApplications(CaseData c, Params p) {
        IpNetworks corporate = IpNetworks.of(p.list("corporateNetworks"));
        List<CaseData.Located> keys = SharedValues.all(SharedValues.values(c, INTERVIEW_OBSERVATION, "participantIp"),
                SharedValues.values(c, SIGN_IN_RECORD, "ipAddress", "device"),
                SharedValues.values(c, APPLICATION, "cvText"));
        List<Evidence> answered = c.of(ONLINE_PROFILE).stream().filter(e -> Values.answered(e, "linkedToOtherName"))
                .toList();
        if (answered.isEmpty() && keys.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(ONLINE_PROFILE, "linkedToOtherName"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "participantIp"), EvidenceNeed.of(SIGN_IN_RECORD, "device"),
                    EvidenceNeed.of(APPLICATION, "cvText"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : answered) {
            if (Values.yes(e, "linkedToOtherName")) {
                hits.add(Hit.of("finding.XAP-02.linkedProfile", List.of(e.id())));
            }
        }
        Predicate<IdentifierOccurrence> cvOnly = o -> o.kind() != IdentifierKind.TEXT_FINGERPRINT
                || "cvText".equals(o.field());
        for (SharedValues.Shared s : SharedValues.find(c, keys, SharedValues.except(SharedValues.inside(corporate),
                SharedValues.close(c, p.integer("maxSimhashDistance"))), cvOnly, p.integer("minCases"))) {
            hits.add(switch (s.identifier().kind()) {
                case IP -> Hits.grouped("finding.XAP-02.sharedIp", s.group(), s.evidence(), s.identifier().value(),
                        s.cases());
                case DEVICE -> Hits.grouped("finding.XAP-02.sharedDevice", s.group(), s.evidence(),
                        s.identifier().value(), s.cases());
                default -> Hits.grouped("finding.XAP-02.similarCv", s.group(), s.evidence(), s.cases());
            });
        }
        return Outcome.hits(hits);
    }

    /** XAP-03: an identity document, document photo or payout account that at least minCases cases share. */
    static Outcome sharedDocumentsOrPayouts(CaseData c, Params p) {
        List<CaseData.Located> keys = SharedValues.all(
                SharedValues.values(c, IDENTITY_DOCUMENT, "documentNumber", "photoHash"),
                SharedValues.values(c, PAYMENT_PAYOUT, "accountNumber", "platformAccountId", "walletAddress"));
        if (keys.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(IDENTITY_DOCUMENT, "documentNumber"),
                    EvidenceNeed.of(IDENTITY_DOCUMENT, "photoHash"), EvidenceNeed.of(PAYMENT_PAYOUT, "accountNumber"),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "platformAccountId"), EvidenceNeed.of(PAYMENT_PAYOUT, "walletAddress"));
        }
        List<Hit> hits = new ArrayList<>();
        for (SharedValues.Shared s : SharedValues.find(c, keys, SharedValues.equal(c), o -> true,
                p.integer("minCases"))) {
            hits.add(switch (s.identifier().kind()) {
                // the document number is stored hashed: naming the cases says enough
                case DOCUMENT_NUMBER_HASH -> Hits.grouped("finding.XAP-03.sharedDocument", s.group(), s.evidence(),
                        s.cases());
                case PHOTO_HASH -> Hits.grouped("finding.XAP-03.sharedPhoto", s.group(), s.evidence(), s.cases());
                default -> Hits.grouped("finding.XAP-03.sharedPayout", s.group(), s.evidence(), s.identifier().value(),
                        s.cases());
            });
        }
        return Outcome.hits(hits);
    }

    /**
     * XAP-04: a bid or message template used in another case; at least minBids bids with an acceptance ratio at or
     * below maxAcceptRatio; at least minRatingsFromOneClient ratings from one client.
     */
    static Outcome reputationGaming(CaseData c, Params p) {
        List<CaseData.Located> template = SharedValues.values(c, ONLINE_PROFILE, "messageTemplate");
        boolean evaluated = !template.isEmpty();
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(ONLINE_PROFILE)) {
            Long sent = Values.count(e.value("bidsSent"));
            Long accepted = Values.count(e.value("bidsAccepted"));
            Long ratings = Values.count(e.value("ratingsFromOneClient"));
            evaluated |= sent != null && accepted != null || ratings != null;
            if (sent != null && accepted != null && sent >= p.integer("minBids") && sent > 0
                    && (double) accepted / sent <= p.decimal("maxAcceptRatio")) {
                hits.add(Hit.of("finding.XAP-04.lowAcceptance", List.of(e.id()), accepted, sent,
                        Values.number(100.0 * accepted / sent), Values.number(100 * p.decimal("maxAcceptRatio"))));
            }
            if (ratings != null && ratings >= p.integer("minRatingsFromOneClient")) {
                hits.add(Hit.of("finding.XAP-04.ratingBurst", List.of(e.id()), ratings));
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(ONLINE_PROFILE, "messageTemplate"),
                    EvidenceNeed.of(ONLINE_PROFILE, "bidsSent"), EvidenceNeed.of(ONLINE_PROFILE, "bidsAccepted"),
                    EvidenceNeed.of(ONLINE_PROFILE, "ratingsFromOneClient"));
        }
        for (SharedValues.Shared s : SharedValues.find(c, template, SharedValues.close(c,
                p.integer("maxTemplateDistance")), SharedValues.inFields("messageTemplate"), ANY_OTHER_CASE)) {
            hits.add(Hits.grouped("finding.XAP-04.sharedTemplate", s.group(), s.evidence(), s.cases()));
        }
        return Outcome.hits(hits);
    }

    /** The largest fingerprint distance to the matching texts: "at most this many bits apart". */
    private static int farthest(SharedValues.Shared s) {
        return s.theirs().stream().mapToInt(o -> TextFingerprint.distance(s.identifier().normalized(), o.normalized()))
                .max().orElse(0);
    }
}
