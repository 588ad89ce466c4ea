package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/** Rules of the network indicators that say where the worker connects from (LOG-06 and LOG-07). */
final class NetworkRules {
    /** "AS14061", "as 14061 DigitalOcean", "14061". */
    private static final Pattern ASN = Pattern.compile("(?i)^\\s*(?:AS\\s*)?(\\d{1,10})(?:\\s|$)");

    private NetworkRules() {
    }

    static void register(Map<String, Rule> rules) {
        rules.put("LOG-06", NetworkRules::vpnOrHosting);
        rules.put("LOG-07", NetworkRules::awayFromClaimedHome);
    }

    /**
     * LOG-06: sign-ins through a listed VPN provider, a listed hosting network (by ASN, or by address range when the
     * list holds ranges) or flagged as VPN or proxy. One finding per network, not per sign-in.
     */
    static Outcome vpnOrHosting(CaseData c, Params p) {
        List<String> providers = p.list("vpnProviders").stream().map(Values::fold).filter(s -> !s.isEmpty()).toList();
        Set<String> hostingAsns = new HashSet<>();
        List<String> hostingRanges = new ArrayList<>();
        for (String entry : p.list("hostingAsns")) {
            if (IpNetworks.isRange(entry)) {
                hostingRanges.add(entry);
            } else if (asn(entry) != null) {
                hostingAsns.add(asn(entry));
            }
        }
        IpNetworks ranges = IpNetworks.of(hostingRanges);
        boolean evaluated = false;
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Evidence e : c.of(SIGN_IN_RECORD)) {
            if (LogRules.failed(e)) {
                continue;
            }
            String org = e.value("networkOrganisation").strip();
            String asn = hostingAsns.isEmpty() ? null : asn(e.value("asn"));
            String ip = e.value("ipAddress").strip();
            String range = ranges.isEmpty() ? null : ranges.match(ip);
            evaluated |= Values.answered(e, "vpnOrProxy") || !org.isEmpty() && !providers.isEmpty() || asn != null
                    || !ranges.isEmpty() && IpNetworks.parse(ip) != null;
            String folded = org.isEmpty() ? "" : Values.fold(org);
            Optional<String> provider = providers.stream().filter(v -> Values.containsWords(folded, v)).findFirst();
            if (provider.isPresent()) {
                groups.computeIfAbsent("provider\u001f" + provider.get(), k -> new Group("finding.LOG-06.vpnProvider",
                        org)).add(e, ip);
            } else if (asn != null && hostingAsns.contains(asn)) {
                groups.computeIfAbsent("asn\u001f" + asn, k -> new Group("finding.LOG-06.hostingAsn",
                        network(e))).add(e, ip);
            } else if (range != null) {
                groups.computeIfAbsent("range\u001f" + range, k -> new Group("finding.LOG-06.hostingRange", range))
                        .add(e, ip);
            } else if (Values.yes(e, "vpnOrProxy")) {
                groups.computeIfAbsent("flag\u001f" + network(e), k -> new Group("finding.LOG-06.vpnFlag", network(e)))
                        .add(e, ip);
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "vpnOrProxy"),
                    EvidenceNeed.of(SIGN_IN_RECORD, "networkOrganisation"), EvidenceNeed.of(SIGN_IN_RECORD, "asn"));
        }
        List<Hit> hits = new ArrayList<>();
        groups.forEach((key, g) -> hits.add(Hits.grouped(g.messageKey, key, g.ids, g.network, g.ids.size(),
                Values.join(g.ips))));
        return Outcome.hits(hits);
    }

    /**
     * LOG-07: more than minMismatchShare of the sign-ins and device locations lie outside the claimed country (or,
     * when both cities are known, the claimed city); and each interview connection from another country.
     */
    static Outcome awayFromClaimedHome(CaseData c, Params p) {
        Subject s = c.subject();
        Optional<String> claimed = Values.country(s.claimedCountry());
        if (claimed.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.subject("claimedCountry"));
        }
        int observed = 0;
        List<UUID> away = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        for (Evidence e : c.of(SIGN_IN_RECORD)) {
            Optional<String> country = Values.country(e.value("country"));
            if (LogRules.failed(e) || country.isEmpty()) {
                continue;
            }
            observed++;
            String city = e.value("city").strip();
            boolean otherCity = !city.isEmpty() && !s.claimedCity().isBlank() && !sameCity(city, s.claimedCity());
            if (!country.get().equals(claimed.get()) || otherCity) {
                away.add(e.id());
                places.add(city.isEmpty() ? e.value("country").strip() : city + ", " + e.value("country").strip());
            }
        }
        for (Evidence e : c.of(EQUIPMENT_SHIPPING)) {
            Optional<String> country = Values.country(e.value("deviceCountry"));
            if (country.isPresent()) {
                observed++;
                if (!country.get().equals(claimed.get())) {
                    away.add(e.id());
                    places.add(e.value("deviceCountry").strip());
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        boolean interviews = false;
        for (Evidence e : c.of(INTERVIEW_OBSERVATION)) {
            Optional<String> country = Values.country(e.value("participantCountry"));
            interviews |= country.isPresent();
            if (country.isPresent() && !country.get().equals(claimed.get())) {
                hits.add(Hit.of("finding.LOG-07.interviewCountry", List.of(e.id()), e.value("participantCountry").strip(),
                        s.claimedCountry().strip()));
            }
        }
        if (observed == 0 && !interviews) {
            return Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "country"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "participantCountry"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "deviceCountry"));
        }
        if (!away.isEmpty() && (double) away.size() / observed > p.decimal("minMismatchShare")) {
            String home = s.claimedCity().isBlank() ? s.claimedCountry().strip()
                    : s.claimedCity().strip() + ", " + s.claimedCountry().strip();
            hits.add(0, Hits.grouped("finding.LOG-07.awayFromClaim", "", away, away.size(), observed, home,
                    String.join("; ", places)));
        }
        return Outcome.hits(hits);
    }

    /** "New York" and "New York City" are one place; spelling differences beyond that are not forgiven. */
    private static boolean sameCity(String a, String b) {
        String x = Values.fold(a);
        String y = Values.fold(b);
        return Values.containsWords(x, y) || Values.containsWords(y, x);
    }

    /** The ASN digits of a field or list entry, or null. */
    static String asn(String text) {
        Matcher m = ASN.matcher(text == null ? "" : text);
        return m.find() ? String.valueOf(Long.parseLong(m.group(1))) : null;
    }

    /** How a sign-in's network reads in a finding: its organization, else its ASN, else its address. */
    private static String network(Evidence e) {
        String org = e.value("networkOrganisation").strip();
        String asn = e.value("asn").strip();
        if (!org.isEmpty() && !asn.isEmpty()) {
            return asn + " " + org;
        }
        return !org.isEmpty() ? org : !asn.isEmpty() ? asn : e.value("ipAddress").strip();
    }

    private static final class Group {
        final String messageKey;
        final String network;
        final List<UUID> ids = new ArrayList<>();
        final Set<String> ips = new LinkedHashSet<>();

        Group(String messageKey, String network) {
            this.messageKey = messageKey;
            this.network = network;
        }

        void add(Evidence e, String ip) {
            ids.add(e.id());
            ips.add(ip);
        }
    }
}
