package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.INTERVIEW_OBSERVATION;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_LOG;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;

/**
 * The analyses over sign-ins, typed-in and imported alike. Each returns the rule's outcome and, per hit, the sign-ins
 * behind it: findings cite evidence items (a log is one item), and the Activity tab shows the rows by running the same
 * analysis again, which gives the same rows for the same data.
 */
final class SignInAnalyses {
    /** "AS14061", "as 14061 DigitalOcean", "14061". */
    private static final Pattern ASN = Pattern.compile("(?i)^\\s*(?:AS\\s*)?(\\d{1,10})(?:\\s|$)");
    /** City-level IP geolocation puts one place tens of kilometres off; shorter jumps are never called impossible. */
    static final double MIN_JUMP_KM = 300;
    private static final int MAX_PLACES = 10;
    /**
     * A night window of eight hours lets offsets an hour or two apart fit equally well; only a shift this large says
     * the hours belong to another part of the world.
     */
    static final int MIN_ZONE_SHIFT_HOURS = 3;

    private SignInAnalyses() {
    }

    /** An outcome and the sign-ins behind each of its hits (by hit key). */
    record Analysis(Outcome outcome, Map<String, List<SignIn>> rows) {
        static Analysis of(Outcome o) {
            return new Analysis(o, Map.of());
        }
    }

    // ---- LOG-01 ----

    /** LOG-01: one account signs in from at least minCountries countries within windowHours. */
    static Analysis manyCountries(CaseData c, Params p) {
        long window = Math.round(p.decimal("windowHours") * 3600);
        int minCountries = p.integer("minCountries");
        Map<String, List<Placed>> byAccount = new LinkedHashMap<>();
        for (SignIn s : c.signIns()) {
            Optional<String> country = Values.country(s.country());
            if (!s.failed() && country.isPresent() && s.at() != null) {
                byAccount.computeIfAbsent(s.account().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Placed(s, country.get()));
            }
        }
        if (byAccount.isEmpty()) {
            return Analysis.of(Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "country")));
        }
        List<Hit> hits = new ArrayList<>();
        Map<String, List<SignIn>> rows = new HashMap<>();
        for (Map.Entry<String, List<Placed>> account : byAccount.entrySet()) {
            List<Placed> burst = widestBurst(account.getValue(), window);
            Set<String> countries = new LinkedHashSet<>();
            burst.forEach(s -> countries.add(s.country()));
            if (countries.size() < minCountries) {
                continue;
            }
            Instant first = burst.get(0).s().at();
            Instant last = burst.get(burst.size() - 1).s().at();
            long hours = Math.max(1, (Duration.between(first, last).toMinutes() + 59) / 60);
            List<UUID> ids = burst.stream().map(s -> s.s().evidenceId()).toList();
            String list = String.join(", ", countries);
            String name = account.getValue().get(0).s().account();
            Hit hit = name.isEmpty()
                    ? Hits.grouped("finding.LOG-01.manyCountriesNoAccount", "", ids, countries.size(), list, hours)
                    : Hits.grouped("finding.LOG-01.manyCountries", account.getKey(), ids, name, countries.size(), list,
                            hours);
            hits.add(hit);
            rows.put(hit.key(), burst.stream().map(Placed::s).toList());
        }
        return new Analysis(Outcome.hits(hits), rows);
    }

    /** The sign-ins (in time order) within one window that span the most countries (the earliest on a tie). */
    private static List<Placed> widestBurst(List<Placed> s, long windowSeconds) {
        Map<String, Integer> inWindow = new HashMap<>();
        int from = 0;
        int bestFrom = 0;
        int bestTo = 0;
        int best = 0;
        for (int to = 0; to < s.size(); to++) {
            inWindow.merge(s.get(to).country(), 1, Integer::sum);
            while (Duration.between(s.get(from).s().at(), s.get(to).s().at()).getSeconds() > windowSeconds) {
                inWindow.merge(s.get(from).country(), -1, Integer::sum);
                inWindow.remove(s.get(from).country(), 0);
                from++;
            }
            if (inWindow.size() > best) {
                best = inWindow.size();
                bestFrom = from;
                bestTo = to;
            }
        }
        return s.subList(bestFrom, bestTo + 1);
    }

    // ---- LOG-02 ----

    /**
     * LOG-02: at least minAccounts accounts sign in from one IP address outside the organization's networks, counting
     * this case's accounts and, as one account each, the other cases that used the address (in records or logs).
     */
    static Analysis sharedIp(CaseData c, Params p) {
        IpNetworks corporate = IpNetworks.of(p.list("corporateNetworks"));
        int minAccounts = p.integer("minAccounts");
        Map<String, AccountsOnIp> byIp = new LinkedHashMap<>();
        for (SignIn s : c.signIns()) {
            byIp.computeIfAbsent(s.ip().toLowerCase(Locale.ROOT), k -> new AccountsOnIp(s.ip())).add(s);
        }
        byIp.values().removeIf(a -> IpNetworks.parse(a.ip) == null);
        if (byIp.isEmpty()) {
            return Analysis.of(Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "ipAddress")));
        }
        List<Hit> hits = new ArrayList<>();
        Map<String, List<SignIn>> rows = new HashMap<>();
        for (Map.Entry<String, AccountsOnIp> entry : byIp.entrySet()) {
            AccountsOnIp here = entry.getValue();
            if (!corporate.isEmpty() && corporate.contains(here.ip)) {
                continue;
            }
            // The count alone can reach the threshold only with other cases when this case has too few accounts.
            List<IdentifierOccurrence> elsewhere = c.others().sharing(IdentifierKind.IP, entry.getKey(), c.caseId())
                    .stream().filter(o -> "ipAddress".equals(o.field())).toList();
            int otherCases = SharedValues.otherCases(elsewhere).size();
            int accounts = here.count() + otherCases;
            if (accounts < minAccounts) {
                continue;
            }
            List<UUID> ids = new ArrayList<>(here.evidence);
            elsewhere.forEach(o -> ids.add(o.evidenceId()));
            Hit hit = otherCases == 0
                    ? Hits.grouped("finding.LOG-02.sharedIp", entry.getKey(), ids, here.ip, accounts,
                            Values.join(here.names.values()))
                    : Hits.grouped("finding.LOG-02.sharedIpAcrossCases", entry.getKey(), ids, here.ip, accounts,
                            here.count(), SharedValues.describe(elsewhere));
            hits.add(hit);
            rows.put(hit.key(), here.signIns);
        }
        return new Analysis(Outcome.hits(hits), rows);
    }

    // ---- LOG-03 ----

    /**
     * LOG-03 over sign-ins: a typed-in session open at least minSessionHours is one finding each; an imported log's
     * long sessions are one finding per log and account (a log can hold thousands).
     */
    static Analysis longSessions(CaseData c, Params p, List<Hit> hits) {
        double minHours = p.decimal("minSessionHours");
        boolean evaluated = false;
        Map<String, List<SignIn>> rows = new HashMap<>();
        Map<String, List<SignIn>> importedLong = new LinkedHashMap<>();
        for (SignIn s : c.signIns()) {
            Instant end = s.sessionEnd();
            if (end == null || s.at() == null || end.isBefore(s.at())) {
                continue;
            }
            evaluated = true;
            double hours = hours(s);
            if (hours < minHours) {
                continue;
            }
            if (s.imported()) {
                importedLong.computeIfAbsent(s.evidenceId() + "\u001f" + s.account().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(s);
                continue;
            }
            String from = Values.minute(s.at());
            String to = Values.minute(end);
            Hit hit = s.account().isEmpty()
                    ? Hit.of("finding.LOG-03.longSessionNoAccount", List.of(s.evidenceId()), Values.number(hours), from, to)
                    : Hit.of("finding.LOG-03.longSession", List.of(s.evidenceId()), s.account(), Values.number(hours),
                            from, to);
            hits.add(hit);
            rows.put(hit.key(), List.of(s));
        }
        for (Map.Entry<String, List<SignIn>> e : importedLong.entrySet()) {
            List<SignIn> sessions = e.getValue();
            SignIn longest = sessions.get(0);
            for (SignIn s : sessions) {
                longest = hours(s) > hours(longest) ? s : longest;
            }
            String account = longest.account().isEmpty() ? "?" : longest.account();
            Hit hit = Hits.grouped("finding.LOG-03.longSessionsInLog", e.getKey(), List.of(longest.evidenceId()),
                    account, sessions.size(), Values.number(minHours), Values.number(hours(longest)),
                    Values.minute(longest.at()), Values.minute(longest.sessionEnd()));
            hits.add(hit);
            rows.put(hit.key(), sessions);
        }
        return new Analysis(evaluated ? Outcome.hits(hits) : null, rows);
    }

    private static double hours(SignIn s) {
        return Duration.between(s.at(), s.sessionEnd()).toMinutes() / 60.0;
    }

    // ---- LOG-06 ----

    /**
     * LOG-06: sign-ins through a listed VPN provider, a listed hosting network (by ASN, or by address range when the
     * list holds ranges; the list is the indicator's setting, kept per workspace and audited) or flagged as VPN or
     * proxy by the log. One finding per network, not per sign-in.
     */
    static Analysis vpnOrHosting(CaseData c, Params p) {
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
        for (SignIn s : c.signIns()) {
            if (s.failed()) {
                continue;
            }
            String org = s.organisation();
            String asn = hostingAsns.isEmpty() ? null : asn(s.asn());
            String ip = s.ip();
            String range = ranges.isEmpty() ? null : ranges.match(ip);
            evaluated |= s.vpnOrProxy() != null || !org.isEmpty() && !providers.isEmpty() || asn != null
                    || !ranges.isEmpty() && IpNetworks.parse(ip) != null;
            String folded = org.isEmpty() ? "" : Values.fold(org);
            Optional<String> provider = providers.stream().filter(v -> Values.containsWords(folded, v)).findFirst();
            if (provider.isPresent()) {
                groups.computeIfAbsent("provider\u001f" + provider.get(), k -> new Group("finding.LOG-06.vpnProvider",
                        org)).add(s);
            } else if (asn != null && hostingAsns.contains(asn)) {
                groups.computeIfAbsent("asn\u001f" + asn, k -> new Group("finding.LOG-06.hostingAsn", network(s))).add(s);
            } else if (range != null) {
                groups.computeIfAbsent("range\u001f" + range, k -> new Group("finding.LOG-06.hostingRange", range)).add(s);
            } else if (Boolean.TRUE.equals(s.vpnOrProxy())) {
                groups.computeIfAbsent("flag\u001f" + network(s), k -> new Group("finding.LOG-06.vpnFlag", network(s)))
                        .add(s);
            }
        }
        if (!evaluated) {
            return Analysis.of(Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "vpnOrProxy"),
                    EvidenceNeed.of(SIGN_IN_RECORD, "networkOrganisation"), EvidenceNeed.of(SIGN_IN_RECORD, "asn")));
        }
        List<Hit> hits = new ArrayList<>();
        Map<String, List<SignIn>> rows = new HashMap<>();
        groups.forEach((key, g) -> {
            Hit hit = Hits.grouped(g.messageKey, key, g.ids, g.network, g.signIns.size(), Values.join(g.ips));
            hits.add(hit);
            rows.put(hit.key(), g.signIns);
        });
        return new Analysis(Outcome.hits(hits), rows);
    }

    /** The ASN digits of a field or list entry, or null. */
    static String asn(String text) {
        Matcher m = ASN.matcher(text == null ? "" : text);
        return m.find() ? String.valueOf(Long.parseLong(m.group(1))) : null;
    }

    /** How a sign-in's network reads in a finding: its organization, else its ASN, else its address. */
    private static String network(SignIn s) {
        if (!s.organisation().isEmpty() && !s.asn().isEmpty()) {
            return s.asn() + " " + s.organisation();
        }
        return !s.organisation().isEmpty() ? s.organisation() : !s.asn().isEmpty() ? s.asn() : s.ip();
    }

    // ---- LOG-07 ----

    /**
     * LOG-07: more than minMismatchShare of the sign-ins and device locations lie outside the claimed country (or,
     * when both cities are known, the claimed city); each interview connection from another country; and impossible
     * travel: consecutive sign-ins of one account further apart than the time between them allows at maxTravelKmh.
     */
    static Analysis awayFromClaimedHome(CaseData c, Params p) {
        Map<String, List<SignIn>> rows = new HashMap<>();
        List<Hit> travel = impossibleTravel(c, p.decimal("maxTravelKmh"), rows);
        boolean coordinates = c.signIns().stream().anyMatch(s -> !s.failed() && s.hasCoordinates() && s.at() != null);
        Subject subject = c.subject();
        Optional<String> claimed = Values.country(subject.claimedCountry());
        if (claimed.isEmpty()) {
            return new Analysis(coordinates ? Outcome.hits(travel) : Outcome.notEvaluated(
                    EvidenceNeed.subject("claimedCountry")), rows);
        }
        int observed = 0;
        List<UUID> away = new ArrayList<>();
        List<SignIn> awaySignIns = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        for (SignIn s : c.signIns()) {
            Optional<String> country = Values.country(s.country());
            if (s.failed() || country.isEmpty()) {
                continue;
            }
            observed++;
            String city = s.city();
            boolean otherCity = !city.isEmpty() && !subject.claimedCity().isBlank() && !sameCity(city, subject.claimedCity());
            if (!country.get().equals(claimed.get()) || otherCity) {
                away.add(s.evidenceId());
                awaySignIns.add(s);
                places.add(city.isEmpty() ? s.country() : city + ", " + s.country());
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
                        subject.claimedCountry().strip()));
            }
        }
        if (observed == 0 && !interviews && !coordinates) {
            return Analysis.of(Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "country"),
                    EvidenceNeed.of(INTERVIEW_OBSERVATION, "participantCountry"),
                    EvidenceNeed.of(EQUIPMENT_SHIPPING, "deviceCountry")));
        }
        if (!away.isEmpty() && (double) away.size() / observed > p.decimal("minMismatchShare")) {
            String home = subject.claimedCity().isBlank() ? subject.claimedCountry().strip()
                    : subject.claimedCity().strip() + ", " + subject.claimedCountry().strip();
            Hit hit = Hits.grouped("finding.LOG-07.awayFromClaim", "", away, away.size(), observed, home,
                    places(places));
            hits.add(0, hit);
            rows.put(hit.key(), awaySignIns);
        }
        hits.addAll(travel);
        return new Analysis(Outcome.hits(hits), rows);
    }

    private static String places(Set<String> places) {
        if (places.size() <= MAX_PLACES) {
            return String.join("; ", places);
        }
        return String.join("; ", new ArrayList<>(places).subList(0, MAX_PLACES)) + "; …";
    }

    /** One finding per account: how many consecutive pairs were impossibly far apart, and the fastest of them. */
    private static List<Hit> impossibleTravel(CaseData c, double maxKmh, Map<String, List<SignIn>> rows) {
        Map<String, SignIn> previous = new HashMap<>();
        Map<String, List<SignIn>> jumps = new LinkedHashMap<>();
        Map<String, double[]> fastest = new HashMap<>(); // km, minutes, speed
        Map<String, SignIn[]> fastestPair = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (SignIn s : c.signIns()) { // in time order
            if (s.failed() || !s.hasCoordinates() || s.at() == null) {
                continue;
            }
            String account = s.account().toLowerCase(Locale.ROOT);
            SignIn before = previous.put(account, s);
            if (before == null) {
                continue;
            }
            double km = SignIns.distanceKm(before.latitude(), before.longitude(), s.latitude(), s.longitude());
            if (km < MIN_JUMP_KM) {
                continue;
            }
            double minutes = Math.max(1, Duration.between(before.at(), s.at()).toSeconds() / 60.0);
            double kmh = km / (minutes / 60.0);
            if (kmh <= maxKmh) {
                continue;
            }
            List<SignIn> list = jumps.computeIfAbsent(account, k -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != before) {
                list.add(before);
            }
            list.add(s);
            counts.computeIfAbsent(account, k -> new int[1])[0]++;
            double[] f = fastest.get(account);
            if (f == null || kmh > f[2]) {
                fastest.put(account, new double[] {km, minutes, kmh});
                fastestPair.put(account, new SignIn[] {before, s});
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, List<SignIn>> e : jumps.entrySet()) {
            double[] f = fastest.get(e.getKey());
            SignIn[] pair = fastestPair.get(e.getKey());
            List<UUID> ids = e.getValue().stream().map(SignIn::evidenceId).toList();
            int count = counts.get(e.getKey())[0];
            String account = pair[1].account().isEmpty() ? "?" : pair[1].account();
            Hit hit = Hits.grouped("finding.LOG-07.impossibleTravel", e.getKey(), ids, account, count,
                    Math.round(maxKmh), Math.round(f[0]), Math.round(f[1]), place(pair[0]), place(pair[1]),
                    Values.minute(pair[0].at()));
            hits.add(hit);
            rows.put(hit.key(), e.getValue());
        }
        return hits;
    }

    private static String place(SignIn s) {
        String where = s.city().isEmpty() ? s.country() : s.city() + (s.country().isEmpty() ? "" : ", " + s.country());
        return where.isEmpty() ? String.format(Locale.ROOT, "%.2f, %.2f", s.latitude(), s.longitude()) : where;
    }

    /** "New York" and "New York City" are one place; spelling differences beyond that are not forgiven. */
    private static boolean sameCity(String a, String b) {
        String x = Values.fold(a);
        String y = Values.fold(b);
        return Values.containsWords(x, y) || Values.containsWords(y, x);
    }

    // ---- COM-02 ----

    /**
     * COM-02: the share of successful sign-ins that fall at night in the claimed time zone, and the whole-hour UTC
     * offset under which the most sign-ins fall outside the night (how well the hours fit another zone). Failed
     * sign-ins are left out: they may be someone else trying the account.
     */
    static Analysis nightActivity(CaseData c, Params p) {
        List<SignIn> signIns = c.signIns().stream().filter(s -> !s.failed() && s.at() != null).toList();
        Optional<ZoneId> zone = CandidateEvidence.zone(c.subject().claimedTimeZone());
        int minSignIns = p.integer("minSignIns");
        if (signIns.size() < minSignIns || zone.isEmpty()) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (signIns.size() < minSignIns) {
                missing.add(EvidenceNeed.of(SIGN_IN_RECORD));
            }
            if (zone.isEmpty()) {
                missing.add(EvidenceNeed.subject("claimedTimeZone"));
            }
            return Analysis.of(Outcome.notEvaluated(missing));
        }
        int start = p.integer("nightStartHour");
        int end = p.integer("nightEndHour");
        ZoneRules rules = zone.get().getRules();
        List<SignIn> atNight = new ArrayList<>();
        int[] byUtcHour = new int[24];
        for (SignIn s : signIns) {
            if (CommunicationRules.isNight(localHour(s.at(), rules), start, end)) {
                atNight.add(s);
            }
            byUtcHour[(int) Math.floorMod(s.at().getEpochSecond(), 86_400L) / 3600]++;
        }
        double share = (double) atNight.size() / signIns.size();
        double max = p.decimal("maxNightShare");
        if (share <= max) {
            return Analysis.of(Outcome.clear());
        }
        List<UUID> ids = Hits.distinct(atNight.stream().map(SignIn::evidenceId).toList());
        int claimedHours = Math.round(rules.getOffset(signIns.get(signIns.size() / 2).at()).getTotalSeconds() / 3600f);
        BestOffset best = bestOffset(byUtcHour, signIns.size(), claimedHours);
        Hit hit = Math.abs(best.hours() - claimedHours) < MIN_ZONE_SHIFT_HOURS
                ? Hit.of("finding.COM-02.nightSignIns", ids, atNight.size(), signIns.size(), CandidateEvidence.percent(share),
                        hour(start), hour(end), zone.get().getId(), CandidateEvidence.percent(max))
                : Hit.of("finding.COM-02.nightSignInsOtherZone", ids, atNight.size(), signIns.size(),
                        CandidateEvidence.percent(share), hour(start), hour(end), zone.get().getId(),
                        CandidateEvidence.percent(max), offset(best.hours()), CandidateEvidence.percent(best.fit()));
        return new Analysis(Outcome.hit(hit), Map.of(hit.key(), atNight));
    }

    /** The UTC offset (whole hours) and the share of sign-ins that fall in the working day (08:00-18:00) there. */
    record BestOffset(int hours, double fit) {
    }

    /** The middle of a working day, where the centre of someone's activity usually lies. */
    static final double MIDDAY = 13.0;

    /**
     * The offset from -12 to +14 hours that puts the centre of the activity (the circular mean of the UTC hours) at
     * 13:00, with the share of sign-ins that then fall between 08:00 and 18:00. A flat pattern (no centre) keeps the
     * claimed offset, so it never "moves" the worker.
     */
    static BestOffset bestOffset(int[] byUtcHour, int total, int claimedHours) {
        double x = 0;
        double y = 0;
        for (int h = 0; h < 24; h++) {
            double angle = 2 * Math.PI * (h + 0.5) / 24;
            x += byUtcHour[h] * Math.cos(angle);
            y += byUtcHour[h] * Math.sin(angle);
        }
        int hours = claimedHours;
        if (total > 0 && Math.hypot(x, y) / total > 0.1) {
            double centre = Math.floorMod((long) Math.round(Math.toDegrees(Math.atan2(y, x)) * 1000), 360_000L) / 1000.0
                    / 15.0;
            hours = (int) Math.round(MIDDAY - centre);
            hours = hours > 14 ? hours - 24 : hours < -12 ? hours + 24 : hours;
        }
        return new BestOffset(hours, workdayShare(byUtcHour, total, hours));
    }

    static double workdayShare(int[] byUtcHour, int total, int offsetHours) {
        int inDay = 0;
        for (int h = 0; h < 24; h++) {
            int local = Math.floorMod(h + offsetHours, 24);
            if (local >= 8 && local < 18) {
                inDay += byUtcHour[h];
            }
        }
        return total == 0 ? 0 : (double) inDay / total;
    }

    static String offset(int hours) {
        return "UTC" + ZoneOffset.ofHours(hours).getId().replace("Z", "+00:00");
    }

    private static int localHour(Instant t, ZoneRules rules) {
        long local = t.getEpochSecond() + rules.getOffset(t).getTotalSeconds();
        return (int) Math.floorMod(local, 86_400L) / 3600;
    }

    private static String hour(int h) {
        return String.format(Locale.ROOT, "%02d:00", h);
    }

    // ---- the sign-ins behind XAP-05 ----

    /** The sign-ins behind a shared-address finding: this case's sign-ins from that address. */
    static List<SignIn> fromAddress(CaseData c, String ip) {
        String norm = ip.strip().toLowerCase(Locale.ROOT);
        return c.signIns().stream().filter(s -> s.ip().toLowerCase(Locale.ROOT).equals(norm)).toList();
    }

    static boolean hasLog(CaseData c) {
        return !c.of(SIGN_IN_LOG).isEmpty();
    }

    private record Placed(SignIn s, String country) {
    }

    /** The accounts seen on one address in this case; sign-ins without an account name add an account only alone. */
    private static final class AccountsOnIp {
        final String ip;
        final Map<String, String> names = new LinkedHashMap<>();
        final List<UUID> evidence = new ArrayList<>();
        final List<SignIn> signIns = new ArrayList<>();

        AccountsOnIp(String ip) {
            this.ip = ip;
        }

        void add(SignIn s) {
            if (evidence.isEmpty() || !evidence.get(evidence.size() - 1).equals(s.evidenceId())) {
                evidence.add(s.evidenceId());
            }
            signIns.add(s);
            if (!s.account().isEmpty()) {
                names.putIfAbsent(s.account().toLowerCase(Locale.ROOT), s.account());
            }
        }

        int count() {
            return Math.max(1, names.size());
        }
    }

    private static final class Group {
        final String messageKey;
        final String network;
        final List<UUID> ids = new ArrayList<>();
        final Set<String> ips = new LinkedHashSet<>();
        final List<SignIn> signIns = new ArrayList<>();

        Group(String messageKey, String network) {
            this.messageKey = messageKey;
            this.network = network;
        }

        void add(SignIn s) {
            if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(s.evidenceId())) {
                ids.add(s.evidenceId());
            }
            ips.add(s.ip());
            signIns.add(s);
        }
    }
}
