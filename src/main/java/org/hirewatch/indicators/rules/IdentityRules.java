package org.hirewatch.indicators.rules;

import static org.hirewatch.indicators.rules.CandidateEvidence.closest;
import static org.hirewatch.indicators.rules.CandidateEvidence.distinct;
import static org.hirewatch.indicators.rules.CandidateEvidence.ids;
import static org.hirewatch.indicators.rules.CandidateEvidence.nameDistance;
import static org.hirewatch.indicators.rules.CandidateEvidence.number;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/**
 * Rules of the Identity indicators that compare what the candidate claims with profiles and devices. Document checks
 * live in {@link IdentityDocumentRules}, history and footprint checks in {@link IdentityHistoryRules}; this class
 * registers all of them.
 */
public final class IdentityRules {
    private static final Set<String> YES_NO = Set.of("yes", "no");

    private IdentityRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("IDN-01", IdentityRules::nameConsistency);
        rules.put("IDN-02", IdentityDocumentRules::personFitsDocument);
        rules.put("IDN-03", IdentityDocumentRules::forgedDocument);
        rules.put("IDN-04", IdentityDocumentRules::identityOwnerUnaware);
        rules.put("IDN-05", IdentityDocumentRules::lentIdentity);
        rules.put("IDN-06", IdentityRules::documentResidenceNationality);
        rules.put("IDN-07", IdentityRules::browserLanguage);
        rules.put("IDN-08", IdentityDocumentRules::implausibleAddress);
        rules.put("IDN-09", IdentityHistoryRules::skillBeforeRelease);
        rules.put("IDN-10", IdentityHistoryRules::unverifiedHistory);
        rules.put("IDN-11", IdentityHistoryRules::referenceDomains);
        rules.put("IDN-12", IdentityRules::profilePhoto);
        rules.put("IDN-13", IdentityHistoryRules::thinFootprint);
        rules.put("IDN-14", IdentityRules::photoUnderSeveralNames);
        rules.put("IDN-15", IdentityRules::identitySwitch);
    }

    /**
     * IDN-01: names on the document and on profiles compared with the claimed spellings (and those with each other),
     * and the location a profile states compared with the claimed country.
     */
    static Outcome nameConsistency(CaseData c, Params p) {
        int max = p.integer("maxNameDistance");
        List<String> claimed = CandidateEvidence.claimedNames(c.subject());
        List<Evidence> documents = c.with(EvidenceKind.IDENTITY_DOCUMENT, "nameAsPrinted");
        List<Evidence> profiles = c.with(EvidenceKind.ONLINE_PROFILE, "displayName");
        Optional<String> claimedCountry = CandidateEvidence.country(c.subject().claimedCountry());
        List<Evidence> located = c.with(EvidenceKind.ONLINE_PROFILE, "statedLocation").stream()
                .filter(e -> CandidateEvidence.country(e.value("statedLocation")).isPresent()).toList();
        boolean namesRun = !claimed.isEmpty() && (claimed.size() > 1 || !documents.isEmpty() || !profiles.isEmpty());
        boolean countryRuns = claimedCountry.isPresent() && !located.isEmpty();
        if (!namesRun && !countryRuns) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (claimed.isEmpty()) {
                missing.add(EvidenceNeed.subject("names"));
            }
            if (documents.isEmpty()) {
                missing.add(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "nameAsPrinted"));
            }
            if (profiles.isEmpty()) {
                missing.add(EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "displayName"));
            }
            if (claimedCountry.isEmpty()) {
                missing.add(EvidenceNeed.subject("claimedCountry"));
            }
            if (located.isEmpty()) {
                missing.add(EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "statedLocation"));
            }
            return Outcome.notEvaluated(missing);
        }
        List<Hit> hits = new ArrayList<>();
        if (namesRun) {
            List<CandidateEvidence.NameKey> keys = CandidateEvidence.nameKeys(claimed);
            String first = claimed.get(0);
            for (int i = 1; i < keys.size(); i++) {
                String other = claimed.get(i);
                int d = nameDistance(keys.get(i), keys.get(0));
                if (d > max) {
                    hits.add(distinct(Hit.of("finding.IDN-01.claimedSpelling", List.of(), other, first, d, max),
                            other));
                }
            }
            compareNames(documents, "nameAsPrinted", "finding.IDN-01.documentName", keys, max, hits);
            compareNames(profiles, "displayName", "finding.IDN-01.profileName", keys, max, hits);
        }
        if (countryRuns) {
            for (Evidence e : located) {
                if (CandidateEvidence.countriesDiffer(e.value("statedLocation"), c.subject().claimedCountry())) {
                    hits.add(Hit.of("finding.IDN-01.profileLocation", ids(e), e.value("statedLocation").strip(),
                            c.subject().claimedCountry().strip()));
                }
            }
        }
        return Outcome.hits(hits);
    }

    private static void compareNames(List<Evidence> items, String field, String messageKey,
                                     List<CandidateEvidence.NameKey> claimed, int max, List<Hit> hits) {
        for (Evidence e : items) {
            String name = e.value(field).strip();
            CandidateEvidence.Closest near = closest(name, claimed).orElseThrow();
            if (near.distance() > max) {
                hits.add(Hit.of(messageKey, ids(e), name, near.spelling(), near.distance(), max));
            }
        }
    }

    /**
     * IDN-06: document issuing country, claimed residence and claimed nationality all different. A prompt for
     * questions, never a judgement on any one of the three.
     */
    static Outcome documentResidenceNationality(CaseData c, Params p) {
        Optional<String> residence = CandidateEvidence.country(c.subject().claimedCountry());
        Optional<String> nationality = CandidateEvidence.nationality(c.subject().claimedNationality());
        Map<String, List<Evidence>> byIssuer = new LinkedHashMap<>();
        for (Evidence e : c.with(EvidenceKind.IDENTITY_DOCUMENT, "issuingCountry")) {
            CandidateEvidence.country(e.value("issuingCountry")).ifPresent(code ->
                    byIssuer.computeIfAbsent(code, k -> new ArrayList<>()).add(e));
        }
        if (byIssuer.isEmpty() || residence.isEmpty() || nationality.isEmpty()) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (byIssuer.isEmpty()) {
                missing.add(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "issuingCountry"));
            }
            if (residence.isEmpty()) {
                missing.add(EvidenceNeed.subject("claimedCountry"));
            }
            if (nationality.isEmpty()) {
                missing.add(EvidenceNeed.subject("claimedNationality"));
            }
            return Outcome.notEvaluated(missing);
        }
        if (residence.get().equals(nationality.get())) {
            return Outcome.clear();
        }
        List<Hit> hits = new ArrayList<>();
        byIssuer.forEach((code, docs) -> {
            if (!code.equals(residence.get()) && !code.equals(nationality.get())) {
                hits.add(Hit.of("finding.IDN-06.threeCountries", ids(docs), docs.get(0).value("issuingCountry").strip(),
                        c.subject().claimedCountry().strip(), c.subject().claimedNationality().strip()));
            }
        });
        return Outcome.hits(hits);
    }

    /**
     * IDN-07: the browser or system language setting against the claimed country. It reads only that technical
     * setting; names, nationality and the way someone speaks play no part.
     */
    static Outcome browserLanguage(CaseData c, Params p) {
        List<Evidence> seen = c.with(EvidenceKind.INTERVIEW_OBSERVATION, "browserLocale");
        Optional<String> claimed = CandidateEvidence.country(c.subject().claimedCountry());
        if (seen.isEmpty() || claimed.isEmpty()) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (seen.isEmpty()) {
                missing.add(EvidenceNeed.of(EvidenceKind.INTERVIEW_OBSERVATION, "browserLocale"));
            }
            if (claimed.isEmpty()) {
                missing.add(EvidenceNeed.subject("claimedCountry"));
            }
            return Outcome.notEvaluated(missing);
        }
        if (CandidateEvidence.list(p, "exemptCountries").contains(claimed.get().toLowerCase(Locale.ROOT))) {
            return Outcome.clear();
        }
        List<String> prefixes = CandidateEvidence.list(p, "localePrefixes");
        List<Evidence> matching = new ArrayList<>();
        String firstLocale = null;
        String firstTag = null;
        for (Evidence e : seen) {
            String tag = matchingTag(e.value("browserLocale"), prefixes);
            if (tag != null) {
                matching.add(e);
                if (firstTag == null) {
                    firstTag = tag;
                    firstLocale = e.value("browserLocale").strip();
                }
            }
        }
        if (matching.isEmpty()) {
            return Outcome.clear();
        }
        return Outcome.hit(Hit.of("finding.IDN-07.localeLanguage", ids(matching), firstLocale, firstTag,
                c.subject().claimedCountry().strip()));
    }

    /** The first language tag of an Accept-Language style value ("en-US,ko;q=0.8") that starts with a prefix. */
    static String matchingTag(String locale, List<String> prefixes) {
        for (String part : locale.split(",")) {
            int q = part.indexOf(';');
            String tag = (q < 0 ? part : part.substring(0, q)).strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (String prefix : prefixes) {
                if (tag.equals(prefix) || tag.startsWith(prefix + "-")) {
                    return tag;
                }
            }
        }
        return null;
    }

    /** IDN-12: a reverse-image hit under another name, or an AI-image detector score above the limit. */
    static Outcome profilePhoto(CaseData c, Params p) {
        double max = p.decimal("maxAiImageScore");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.ONLINE_PROFILE)) {
            if (CandidateEvidence.isOneOf(e, "reverseImageOtherName", YES_NO)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "reverseImageOtherName", "yes")) {
                    String detail = e.value("reverseImageResult").strip();
                    hits.add(detail.isEmpty() ? Hit.of("finding.IDN-12.otherName", ids(e))
                            : Hit.of("finding.IDN-12.otherNameFound", ids(e), detail));
                }
            }
            OptionalDouble score = CandidateEvidence.decimal(e, "aiImageScore");
            if (score.isPresent()) {
                evaluated = true;
                if (score.getAsDouble() > max) {
                    hits.add(Hit.of("finding.IDN-12.aiScore", ids(e), number(score.getAsDouble()), number(max)));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "reverseImageOtherName"),
                    EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "aiImageScore"));
        }
        return Outcome.hits(hits);
    }

    /**
     * IDN-14: one photo under several names across the profiles and documents of the case. Photo hashes cannot tell
     * whether two different photos show the same face, so only a repeated photo is compared.
     */
    static Outcome photoUnderSeveralNames(CaseData c, Params p) {
        int max = p.integer("maxNameDistance");
        Map<String, List<Named>> byPhoto = new LinkedHashMap<>();
        int named = 0;
        for (Evidence e : c.with(EvidenceKind.IDENTITY_DOCUMENT, "photoHash")) {
            named += addNamed(byPhoto, e, e.value("nameAsPrinted"));
        }
        for (Evidence e : c.with(EvidenceKind.ONLINE_PROFILE, "photoHash")) {
            named += addNamed(byPhoto, e, e.value("displayName"));
        }
        if (named < 2) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "photoHash"),
                    EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "photoHash"));
        }
        List<Hit> hits = new ArrayList<>();
        for (List<Named> group : byPhoto.values()) {
            if (group.size() < 2) {
                continue;
            }
            CandidateEvidence.NameKey first = CandidateEvidence.NameKey.of(group.get(0).name());
            group.stream().filter(n -> nameDistance(CandidateEvidence.NameKey.of(n.name()), first) > max).findFirst()
                    .ifPresent(other -> hits.add(Hit.of("finding.IDN-14.samePhotoOtherName",
                            ids(group.stream().map(Named::evidence).toList()), first.name(), other.name())));
        }
        return Outcome.hits(hits);
    }

    private static int addNamed(Map<String, List<Named>> byPhoto, Evidence e, String name) {
        if (name.isBlank()) {
            return 0;
        }
        String hash = e.value("photoHash").strip().toLowerCase(Locale.ROOT);
        byPhoto.computeIfAbsent(hash, k -> new ArrayList<>()).add(new Named(e, name.strip()));
        return 1;
    }

    private record Named(Evidence evidence, String name) {
    }

    /**
     * IDN-15: a profile linked to another name, an account renamed, or a payout moved to an account in another
     * person's name.
     */
    static Outcome identitySwitch(CaseData c, Params p) {
        int max = p.integer("maxNameDistance");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.ONLINE_PROFILE)) {
            String label = e.value("handle").isBlank() ? e.value("platform").strip() : e.value("handle").strip();
            if (CandidateEvidence.isOneOf(e, "linkedToOtherName", YES_NO)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "linkedToOtherName", "yes")) {
                    hits.add(Hit.of("finding.IDN-15.linkedToOtherName", ids(e), label));
                }
            }
            String previous = e.value("previousHandles").strip();
            if (!previous.isEmpty()) {
                evaluated = true;
                List<String> earlier = earlierHandles(previous, e.value("handle"));
                if (!earlier.isEmpty()) {
                    hits.add(Hit.of("finding.IDN-15.handleChanged", ids(e), label, String.join(", ", earlier)));
                }
            }
        }
        List<CandidateEvidence.NameKey> claimed =
                CandidateEvidence.nameKeys(CandidateEvidence.claimedNames(c.subject()));
        List<EvidenceNeed> payoutNeeds = new ArrayList<>();
        for (Evidence e : c.of(EvidenceKind.PAYMENT_PAYOUT)) {
            if (CandidateEvidence.is(e, "changeRequested", "no")) {
                evaluated = true;
            } else if (CandidateEvidence.is(e, "changeRequested", "yes")) {
                String holder = e.value("accountHolderName").strip();
                if (holder.isEmpty()) {
                    payoutNeeds.add(EvidenceNeed.of(EvidenceKind.PAYMENT_PAYOUT, "accountHolderName"));
                } else if (claimed.isEmpty()) {
                    payoutNeeds.add(EvidenceNeed.subject("names"));
                } else {
                    evaluated = true;
                    CandidateEvidence.Closest near = closest(holder, claimed).orElseThrow();
                    if (near.distance() > max) {
                        hits.add(Hit.of("finding.IDN-15.payeeChanged", ids(e), holder, near.spelling()));
                    }
                }
            }
        }
        if (!evaluated) {
            List<EvidenceNeed> missing = new ArrayList<>(List.of(
                    EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "linkedToOtherName"),
                    EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "previousHandles"),
                    EvidenceNeed.of(EvidenceKind.PAYMENT_PAYOUT, "changeRequested")));
            payoutNeeds.stream().distinct().forEach(missing::add);
            return Outcome.notEvaluated(missing);
        }
        return Outcome.hits(hits);
    }

    /** The handles listed as previous ones that differ from the current handle (a repeat of it is no change). */
    private static List<String> earlierHandles(String previous, String current) {
        String now = normalHandle(current);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String h : previous.replace(';', ',').split(",")) {
            String n = normalHandle(h);
            if (!n.isEmpty() && !n.equals(now) && seen.add(n)) {
                out.add(h.strip());
            }
        }
        return out;
    }

    private static String normalHandle(String h) {
        String s = h.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("@") ? s.substring(1) : s;
    }
}
