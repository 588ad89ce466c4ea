package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.ONLINE_PROFILE;
import static org.hirewatch.domain.EvidenceKind.SIGN_IN_RECORD;
import static org.hirewatch.domain.EvidenceKind.WORK_ACTIVITY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/** Rules of the work product and account indicators (WRK-02 is a checklist question). */
public final class WorkRules {
    /** Activity types that stage company data for theft, with the explanation for an unapproved one. */
    private static final Map<String, String[]> STAGING = Map.of(
            "repository_push", new String[] {"finding.WRK-01.unapprovedPush", "finding.WRK-01.unapprovedPushNoDestination"},
            "cloud_upload", new String[] {"finding.WRK-01.unapprovedUpload", "finding.WRK-01.unapprovedUploadNoDestination"},
            "secret_access", new String[] {"finding.WRK-01.unapprovedSecretAccess",
                "finding.WRK-01.unapprovedSecretAccessNoDestination"});

    private WorkRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("WRK-01", WorkRules::dataStaging);
        rules.put("WRK-03", WorkRules::erraticOutput);
        rules.put("WRK-04", WorkRules::commitsOlderThanAccount);
        rules.put("WRK-05", WorkRules::inflatedProfile);
        rules.put("WRK-06", WorkRules::widerRights);
    }

    /**
     * WRK-01: an unapproved push, upload or secret access; such activity from an unmanaged device; sign-ins from
     * unmanaged devices (one finding for all of them).
     */
    static Outcome dataStaging(CaseData c, Params p) {
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(WORK_ACTIVITY)) {
            String[] keys = STAGING.get(e.value("activityType").strip().toLowerCase(Locale.ROOT));
            if (keys == null) {
                continue;
            }
            evaluated |= Values.answered(e, "approved") || Values.answered(e, "managedDevice");
            String destination = e.value("destination").strip();
            String day = e.observedAt() == null ? "" : Values.day(e.observedAt());
            if (Values.no(e, "approved")) {
                hits.add(destination.isEmpty() ? Hit.of(keys[1], List.of(e.id()), day)
                        : Hit.of(keys[0], List.of(e.id()), day, destination));
            } else if (Values.no(e, "managedDevice")) {
                hits.add(Hit.of("finding.WRK-01.unmanagedActivity", List.of(e.id()), day));
            }
        }
        List<Evidence> unmanaged = new ArrayList<>();
        for (Evidence e : c.of(SIGN_IN_RECORD)) {
            evaluated |= Values.answered(e, "managedDevice");
            if (Values.no(e, "managedDevice") && e.observedAt() != null) {
                unmanaged.add(e);
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(WORK_ACTIVITY, "approved"),
                    EvidenceNeed.of(SIGN_IN_RECORD, "managedDevice"));
        }
        if (!unmanaged.isEmpty()) {
            unmanaged.sort(Comparator.comparing(Evidence::observedAt));
            hits.add(Hits.grouped("finding.WRK-01.unmanagedSignIns", "", unmanaged.stream().map(Evidence::id).toList(),
                    unmanaged.size(), Values.day(unmanaged.get(0).observedAt()),
                    Values.day(unmanaged.get(unmanaged.size() - 1).observedAt())));
        }
        return Outcome.hits(hits);
    }

    /**
     * WRK-03: weekly commits of one account, over at least minWeeks weeks, whose coefficient of variation (standard
     * deviation over mean) exceeds maxVariation. A person then looks at style and meetings.
     */
    static Outcome erraticOutput(CaseData c, Params p) {
        Map<String, List<Evidence>> byAccount = new LinkedHashMap<>();
        for (Evidence e : c.of(WORK_ACTIVITY)) {
            if (Values.count(e.value("weeklyCommits")) != null && e.observedAt() != null) {
                byAccount.computeIfAbsent(e.value("account").strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(e);
            }
        }
        int minWeeks = p.integer("minWeeks");
        double maxVariation = p.decimal("maxVariation");
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, List<Evidence>> account : byAccount.entrySet()) {
            List<Evidence> weeks = new ArrayList<>(account.getValue());
            if (weeks.size() < minWeeks) {
                continue;
            }
            evaluated = true;
            weeks.sort(Comparator.comparing(Evidence::observedAt));
            double[] counts = weeks.stream().mapToDouble(e -> Values.count(e.value("weeklyCommits"))).toArray();
            double mean = Arrays.stream(counts).average().orElse(0);
            if (mean == 0) {
                continue;
            }
            double variance = Arrays.stream(counts).map(x -> (x - mean) * (x - mean)).sum() / counts.length;
            double variation = Math.sqrt(variance) / mean;
            if (variation > maxVariation) {
                List<UUID> ids = weeks.stream().map(Evidence::id).toList();
                String list = Values.join(Arrays.stream(counts).mapToObj(x -> String.valueOf((long) x)).toList());
                String name = weeks.get(0).value("account").strip();
                hits.add(name.isEmpty()
                        ? Hits.grouped("finding.WRK-03.variationNoAccount", "", ids, Values.ratio(variation),
                                weeks.size(), list)
                        : Hits.grouped("finding.WRK-03.variation", account.getKey(), ids, name, Values.ratio(variation),
                                weeks.size(), list));
            }
        }
        return evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(EvidenceNeed.of(WORK_ACTIVITY, "weeklyCommits"));
    }

    /** WRK-04: commits dated before the account was created, or repositories copied from someone else. */
    static Outcome commitsOlderThanAccount(CaseData c, Params p) {
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(ONLINE_PROFILE)) {
            LocalDate created = Values.date(e.value("accountCreated"));
            LocalDate earliest = Values.date(e.value("earliestCommit"));
            evaluated |= created != null && earliest != null || Values.answered(e, "upstreamCopy");
            if (created != null && earliest != null && earliest.isBefore(created)) {
                hits.add(Hit.of("finding.WRK-04.commitsBeforeAccount", List.of(e.id()), created, earliest));
            }
            if (Values.yes(e, "upstreamCopy")) {
                hits.add(Hit.of("finding.WRK-04.upstreamCopy", List.of(e.id())));
            }
        }
        return evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(EvidenceNeed.of(ONLINE_PROFILE, "accountCreated"),
                EvidenceNeed.of(ONLINE_PROFILE, "earliestCommit"), EvidenceNeed.of(ONLINE_PROFILE, "upstreamCopy"));
    }

    /**
     * WRK-05: a GitHub profile with at least minFollowers followers or following, or at least minContributors
     * contributors. The thresholds come from GitHub; other platforms' counts mean something else.
     */
    static Outcome inflatedProfile(CaseData c, Params p) {
        int minFollowers = p.integer("minFollowers");
        int minContributors = p.integer("minContributors");
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(ONLINE_PROFILE)) {
            if (!"github".equalsIgnoreCase(e.value("platform").strip())) {
                continue;
            }
            Long followers = Values.count(e.value("followers"));
            Long following = Values.count(e.value("following"));
            Long contributors = Values.count(e.value("contributors"));
            evaluated |= followers != null || following != null || contributors != null;
            if (followers != null && followers >= minFollowers) {
                hits.add(Hit.of("finding.WRK-05.followers", List.of(e.id()), followers, minFollowers));
            }
            if (following != null && following >= minFollowers) {
                hits.add(Hit.of("finding.WRK-05.following", List.of(e.id()), following, minFollowers));
            }
            if (contributors != null && contributors >= minContributors) {
                hits.add(Hit.of("finding.WRK-05.contributors", List.of(e.id()), contributors, minContributors));
            }
        }
        return evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(EvidenceNeed.of(ONLINE_PROFILE, "followers"),
                EvidenceNeed.of(ONLINE_PROFILE, "following"), EvidenceNeed.of(ONLINE_PROFILE, "contributors"));
    }

    /** WRK-06: a request for wider permissions, or a member added, that was not approved. */
    static Outcome widerRights(CaseData c, Params p) {
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(WORK_ACTIVITY)) {
            String type = e.value("activityType").strip().toLowerCase(Locale.ROOT);
            boolean request = type.equals("permission_request");
            if (!request && !type.equals("member_added")) {
                continue;
            }
            evaluated |= Values.answered(e, "approved");
            if (Values.no(e, "approved")) {
                String day = e.observedAt() == null ? "" : Values.day(e.observedAt());
                hits.add(Hit.of(request ? "finding.WRK-06.permissionRequest" : "finding.WRK-06.memberAdded",
                        List.of(e.id()), day));
            }
        }
        return evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(EvidenceNeed.of(WORK_ACTIVITY, "approved"));
    }
}
