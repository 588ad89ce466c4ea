package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.EQUIPMENT_SHIPPING;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierOccurrence;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/** Rules of the network and sign-in indicators that read sign-in records (LOG-01 to LOG-03). */
public final class LogRules {
    private static final Pattern TOOL_SEPARATORS = Pattern.compile("[,;\\n]+");
    /** What people write in an inventory field when nothing was found. */
    private static final Set<String> NOTHING = Set.of("none", "no", "n a", "nil", "nothing", "");

    private LogRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("LOG-01", LogRules::manyCountries);
        rules.put("LOG-02", LogRules::sharedIp);
        rules.put("LOG-03", LogRules::longSessions);
        rules.put("LOG-04", LogRules::remoteAccessTools);
        rules.put("LOG-05", LogRules::hardwareKvm);
        NetworkRules.register(rules);
    }

    /** LOG-01: one account signs in from at least minCountries countries within windowHours. */
    static Outcome manyCountries(CaseData c, Params p) {
        long window = Math.round(p.decimal("windowHours") * 3600);
        int minCountries = p.integer("minCountries");
        Map<String, List<Placed>> byAccount = new LinkedHashMap<>();
        for (Evidence e : c.of(SIGN_IN_RECORD)) {
            Optional<String> country = Values.country(e.value("country"));
            if (!failed(e) && country.isPresent() && e.observedAt() != null) {
                byAccount.computeIfAbsent(accountKey(e), k -> new ArrayList<>()).add(new Placed(e, country.get()));
            }
        }
        if (byAccount.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "country"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, List<Placed>> account : byAccount.entrySet()) {
            List<Placed> burst = widestBurst(account.getValue(), window);
            Set<String> countries = new LinkedHashSet<>();
            burst.forEach(s -> countries.add(s.country()));
            if (countries.size() < minCountries) {
                continue;
            }
            Instant first = burst.get(0).e().observedAt();
            Instant last = burst.get(burst.size() - 1).e().observedAt();
            long hours = Math.max(1, (Duration.between(first, last).toMinutes() + 59) / 60);
            List<UUID> ids = burst.stream().map(s -> s.e().id()).toList();
            String list = String.join(", ", countries);
            String name = account.getValue().get(0).e().value("account").strip();
            hits.add(name.isEmpty()
                    ? Hits.grouped("finding.LOG-01.manyCountriesNoAccount", "", ids, countries.size(), list, hours)
                    : Hits.grouped("finding.LOG-01.manyCountries", account.getKey(), ids, name, countries.size(), list,
                            hours));
        }
        return Outcome.hits(hits);
    }

    /** The sign-ins within one window that span the most countries (the earliest such window on a tie). */
    private static List<Placed> widestBurst(List<Placed> signIns, long windowSeconds) {
        List<Placed> s = new ArrayList<>(signIns);
        s.sort(Comparator.comparing(x -> x.e().observedAt()));
        Map<String, Integer> inWindow = new HashMap<>();
        int from = 0;
        int bestFrom = 0;
        int bestTo = 0;
        int best = 0;
        for (int to = 0; to < s.size(); to++) {
            inWindow.merge(s.get(to).country(), 1, Integer::sum);
            while (Duration.between(s.get(from).e().observedAt(), s.get(to).e().observedAt()).getSeconds() > windowSeconds) {
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

    /**
     * LOG-02: at least minAccounts accounts sign in from one IP address outside the organization's networks, counting
     * this case's accounts and, as one account each, the other cases that used the address.
     */
    static Outcome sharedIp(CaseData c, Params p) {
        IpNetworks corporate = IpNetworks.of(p.list("corporateNetworks"));
        int minAccounts = p.integer("minAccounts");
        Map<String, AccountsOnIp> byIp = new LinkedHashMap<>();
        for (Evidence e : c.of(SIGN_IN_RECORD)) {
            String ip = e.value("ipAddress").strip();
            byIp.computeIfAbsent(ip.toLowerCase(Locale.ROOT), k -> new AccountsOnIp(ip)).add(e);
        }
        byIp.values().removeIf(a -> IpNetworks.parse(a.ip) == null);
        if (byIp.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "ipAddress"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, AccountsOnIp> entry : byIp.entrySet()) {
            AccountsOnIp here = entry.getValue();
            if (!corporate.isEmpty() && corporate.contains(here.ip)) {
                continue;
            }
            List<IdentifierOccurrence> elsewhere = c.others().sharing(IdentifierKind.IP, entry.getKey(), c.caseId())
                    .stream().filter(o -> "ipAddress".equals(o.field())).toList();
            int otherCases = SharedValues.otherCases(elsewhere).size();
            int accounts = here.count() + otherCases;
            if (accounts < minAccounts) {
                continue;
            }
            List<UUID> ids = new ArrayList<>(here.evidence);
            elsewhere.forEach(o -> ids.add(o.evidenceId()));
            hits.add(otherCases == 0
                    ? Hits.grouped("finding.LOG-02.sharedIp", entry.getKey(), ids, here.ip, accounts,
                            Values.join(here.names.values()))
                    : Hits.grouped("finding.LOG-02.sharedIpAcrossCases", entry.getKey(), ids, here.ip, accounts,
                            here.count(), SharedValues.describe(elsewhere)));
        }
        return Outcome.hits(hits);
    }

    /** LOG-03: a session open at least minSessionHours (sign-in to session end), or a keep-awake tool on the device. */
    static Outcome longSessions(CaseData c, Params p) {
        double minHours = p.decimal("minSessionHours");
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.with(SIGN_IN_RECORD, "sessionEnd")) {
            Instant end = Values.instant(e.value("sessionEnd"));
            if (end == null || e.observedAt() == null || end.isBefore(e.observedAt())) {
                continue;
            }
            evaluated = true;
            double hours = Duration.between(e.observedAt(), end).toMinutes() / 60.0;
            if (hours >= minHours) {
                String account = e.value("account").strip();
                String from = Values.minute(e.observedAt());
                String to = Values.minute(end);
                hits.add(account.isEmpty()
                        ? Hit.of("finding.LOG-03.longSessionNoAccount", List.of(e.id()), Values.number(hours), from, to)
                        : Hit.of("finding.LOG-03.longSession", List.of(e.id()), account, Values.number(hours), from, to));
            }
        }
        for (Evidence e : c.of(EQUIPMENT_SHIPPING)) {
            evaluated |= Values.answered(e, "keepAwakeTool");
            if (Values.yes(e, "keepAwakeTool")) {
                hits.add(Hit.of("finding.LOG-03.keepAwake", List.of(e.id())));
            }
        }
        return evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(EvidenceNeed.of(SIGN_IN_RECORD, "sessionEnd"),
                EvidenceNeed.of(EQUIPMENT_SHIPPING, "keepAwakeTool"));
    }

    /** LOG-04: a remote-access tool that is not on the approved list, or an open remote-desktop port. */
    static Outcome remoteAccessTools(CaseData c, Params p) {
        List<String> approved = p.list("sanctionedRemoteTools");
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(EQUIPMENT_SHIPPING)) {
            String tools = e.value("remoteAccessTools");
            evaluated |= !tools.isBlank() || Values.answered(e, "rdpPortOpen");
            List<String> unapproved = new ArrayList<>();
            for (String tool : TOOL_SEPARATORS.split(tools)) {
                String folded = Values.fold(tool);
                if (!NOTHING.contains(folded) && approved.stream().noneMatch(a -> Values.mentions(folded, a))) {
                    unapproved.add(tool.strip());
                }
            }
            if (!unapproved.isEmpty()) {
                hits.add(Hit.of("finding.LOG-04.unapprovedTools", List.of(e.id()), String.join(", ", unapproved)));
            }
            if (Values.yes(e, "rdpPortOpen")) {
                hits.add(Hit.of("finding.LOG-04.rdpOpen", List.of(e.id())));
            }
        }
        return evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(EvidenceNeed.of(EQUIPMENT_SHIPPING,
                "remoteAccessTools"), EvidenceNeed.of(EQUIPMENT_SHIPPING, "rdpPortOpen"));
    }

    /** LOG-05: the peripheral inventory shows a network KVM. */
    static Outcome hardwareKvm(CaseData c, Params p) {
        List<Evidence> answered = c.of(EQUIPMENT_SHIPPING).stream().filter(e -> Values.answered(e, "hardwareKvm"))
                .toList();
        if (answered.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(EQUIPMENT_SHIPPING, "hardwareKvm"));
        }
        return Outcome.hits(answered.stream().filter(e -> Values.yes(e, "hardwareKvm"))
                .map(e -> Hit.of("finding.LOG-05.kvm", List.of(e.id()))).toList());
    }

    /** A failed sign-in may be someone else trying the account: it says nothing about where the worker is. */
    static boolean failed(Evidence signIn) {
        return "failure".equalsIgnoreCase(signIn.value("signInOutcome").strip());
    }

    private static String accountKey(Evidence signIn) {
        return signIn.value("account").strip().toLowerCase(Locale.ROOT);
    }

    private record Placed(Evidence e, String country) {
    }

    /** The accounts seen on one address in this case; sign-ins without an account name add an account only alone. */
    private static final class AccountsOnIp {
        final String ip;
        final Map<String, String> names = new LinkedHashMap<>();
        final List<UUID> evidence = new ArrayList<>();

        AccountsOnIp(String ip) {
            this.ip = ip;
        }

        void add(Evidence e) {
            evidence.add(e.id());
            String account = e.value("account").strip();
            if (!account.isEmpty()) {
                names.putIfAbsent(account.toLowerCase(Locale.ROOT), account);
            }
        }

        int count() {
            return Math.max(1, names.size());
        }
    }
}
