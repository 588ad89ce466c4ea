package org.hirewatch.indicators.rules;

import static org.hirewatch.indicators.rules.CandidateEvidence.distinct;
import static org.hirewatch.indicators.rules.CandidateEvidence.ids;
import static org.hirewatch.indicators.rules.CandidateEvidence.number;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.ParameterSpec;

/** Rules of the Identity indicators about the claimed history: skills, employers, references, online footprint. */
final class IdentityHistoryRules {
    private static final Set<String> HISTORY_CHECKS = Set.of("employment", "education");
    private static final double DAYS_PER_YEAR = 365.25;
    private static volatile ReleaseYears releaseYears = new ReleaseYears("", Map.of());

    private IdentityHistoryRules() {
    }

    /** IDN-09: a skill claimed from a year before the technology's first public release. */
    static Outcome skillBeforeRelease(CaseData c, Params p) {
        Map<String, Integer> released = releaseYears(p.text("technologyReleaseYears"));
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.with(EvidenceKind.APPLICATION, "claimedSkills")) {
            for (String line : e.value("claimedSkills").split("\n")) {
                SkillYear claim = skillYear(line);
                if (claim == null) {
                    continue;
                }
                evaluated = true;
                String key = skillKey(claim.skill());
                Integer release = released.get(key);
                if (release != null && claim.year() < release) {
                    hits.add(distinct(Hit.of("finding.IDN-09.beforeRelease", ids(e), claim.skill(), claim.year(),
                            release), key));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.APPLICATION, "claimedSkills"));
        }
        return Outcome.hits(hits);
    }

    /**
     * A "Skill: year" line as people write it ("Solidity: 2013", "- Rust - 2015", "Go (2012)", "Kotlin since 2011"):
     * the first stand-alone year from 1900 to 2099 and the skill named before it; null when there is none.
     */
    static SkillYear skillYear(String line) {
        for (int i = 0; i + 4 <= line.length(); i++) {
            if (isYearAt(line, i)) {
                String skill = skillBefore(line.substring(0, i));
                return skill.isEmpty() ? null : new SkillYear(skill, Integer.parseInt(line.substring(i, i + 4)));
            }
        }
        return null;
    }

    private static boolean isYearAt(String s, int i) {
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        boolean century = a == '1' && b == '9' || a == '2' && b == '0';
        return century && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
                && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                && (i + 4 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 4)));
    }

    /** The skill name: separators, "since"/"from" and list bullets around it removed. */
    private static String skillBefore(String text) {
        String s = trimSeparators(text);
        String lower = s.toLowerCase(Locale.ROOT);
        for (String word : List.of("since", "from")) {
            if (lower.endsWith(word) && (s.length() == word.length()
                    || !Character.isLetterOrDigit(s.charAt(s.length() - word.length() - 1)))) {
                s = trimSeparators(s.substring(0, s.length() - word.length()));
                break;
            }
        }
        int start = 0;
        while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start)) && s.charAt(start) != '.') {
            start++;
        }
        return s.substring(start);
    }

    private static String trimSeparators(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ":=-–—(".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    record SkillYear(String skill, int year) {
    }

    /** A technology name compared without case, spaces or punctuation ("Node.js" = "NodeJS"), keeping + and #. */
    static String skillKey(String skill) {
        StringBuilder sb = new StringBuilder(skill.length());
        for (int i = 0; i < skill.length(); i++) {
            char ch = skill.charAt(i);
            if (Character.isLetterOrDigit(ch) || ch == '+' || ch == '#') {
                sb.append(Character.toLowerCase(ch));
            }
        }
        return sb.toString();
    }

    /** The release table parsed once per distinct parameter value, not once per case. */
    private static Map<String, Integer> releaseYears(String text) {
        ReleaseYears cached = releaseYears;
        if (!cached.source().equals(text)) {
            Map<String, Integer> years = new HashMap<>();
            for (String entry : ParameterSpec.list(text)) {
                int colon = entry.lastIndexOf(':');
                if (colon > 0) {
                    try {
                        int year = Integer.parseInt(entry.substring(colon + 1).strip());
                        years.put(skillKey(entry.substring(0, colon)), year);
                    } catch (NumberFormatException e) {
                        // an entry without a readable year cannot date anything; the others still can
                    }
                }
            }
            cached = new ReleaseYears(text, Map.copyOf(years));
            releaseYears = cached;
        }
        return cached.years();
    }

    private record ReleaseYears(String source, Map<String, Integer> years) {
    }

    /**
     * IDN-10: employment or education that was contradicted, not confirmed or not answered, or that was confirmed
     * only through contacts the candidate supplied (or without any check) and never through one found independently.
     */
    static Outcome unverifiedHistory(CaseData c, Params p) {
        List<Evidence> checks = c.of(EvidenceKind.REFERENCE_CHECK).stream()
                .filter(e -> CandidateEvidence.isOneOf(e, "checkType", HISTORY_CHECKS)
                        || e.value("checkType").isBlank() && !e.value("employer").isBlank())
                .toList();
        List<Evidence> answered = checks.stream().filter(e -> !e.value("outcome").isBlank()).toList();
        if (answered.isEmpty()) {
            return checks.isEmpty()
                    ? Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.REFERENCE_CHECK, "outcome"),
                            EvidenceNeed.of(EvidenceKind.REFERENCE_CHECK, "checkType"))
                    : Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.REFERENCE_CHECK, "outcome"));
        }
        Set<String> independentlyConfirmed = new HashSet<>();
        for (Evidence e : answered) {
            if (CandidateEvidence.is(e, "outcome", "confirmed")
                    && CandidateEvidence.is(e, "contactSource", "independently_sourced")
                    && !CandidateEvidence.is(e, "verificationMethod", "none")) {
                independentlyConfirmed.add(CandidateEvidence.fold(subjectOf(e)));
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : answered) {
            String who = subjectOf(e);
            switch (CandidateEvidence.choice(e, "outcome")) {
                case "contradicted" -> hits.add(Hit.of("finding.IDN-10.contradicted", ids(e), who));
                case "not_confirmed" -> hits.add(Hit.of("finding.IDN-10.notConfirmed", ids(e), who));
                case "no_response" -> hits.add(Hit.of("finding.IDN-10.noResponse", ids(e), who));
                case "confirmed" -> {
                    boolean settled = independentlyConfirmed.contains(CandidateEvidence.fold(who));
                    if (!settled && CandidateEvidence.is(e, "verificationMethod", "none")) {
                        hits.add(Hit.of("finding.IDN-10.confirmedUnchecked", ids(e), who));
                    } else if (!settled && CandidateEvidence.is(e, "contactSource", "supplied_by_candidate")) {
                        hits.add(Hit.of("finding.IDN-10.candidateContactOnly", ids(e), who));
                    }
                }
                default -> {
                    // an outcome this version does not know raises nothing
                }
            }
        }
        return Outcome.hits(hits);
    }

    /** The employer or school a check was about; the reference's name when no employer was recorded. */
    private static String subjectOf(Evidence e) {
        return e.value("employer").isBlank() ? e.value("referenceName").strip() : e.value("employer").strip();
    }

    /**
     * IDN-11: a reference address at free webmail, or at a domain a few characters away from the employer's real one.
     * Contacts the investigator found independently are not the candidate's choice and are left out.
     */
    static Outcome referenceDomains(CaseData c, Params p) {
        List<String> webmail = CandidateEvidence.list(p, "webmailDomains");
        int maxDistance = p.integer("maxDomainDistance");
        List<Evidence> withEmail = c.of(EvidenceKind.REFERENCE_CHECK).stream()
                .filter(e -> !Texts.domainOf(e.value("referenceEmail")).isEmpty()).toList();
        if (withEmail.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.REFERENCE_CHECK, "referenceEmail"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : withEmail) {
            if (CandidateEvidence.is(e, "contactSource", "independently_sourced")) {
                continue;
            }
            String email = e.value("referenceEmail").strip();
            String domain = Texts.domainOf(email);
            if (webmail.contains(domain)) {
                hits.add(Hit.of("finding.IDN-11.webmail", ids(e), email, domain));
                continue;
            }
            String employer = normalDomain(e.value("employerDomain"));
            if (maxDistance > 0 && !employer.isEmpty() && !sameOrganisation(domain, employer)) {
                int d = Texts.distance(domain, employer);
                if (d <= maxDistance) {
                    hits.add(Hit.of("finding.IDN-11.lookalike", ids(e), email, domain, d, employer, maxDistance));
                }
            }
        }
        return Outcome.hits(hits);
    }

    /** "https://www.Example.com/about" and "hr@example.com" both read as "example.com". */
    static String normalDomain(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.contains("@")) {
            s = Texts.domainOf(s);
        }
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean sameOrganisation(String a, String b) {
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    /**
     * IDN-13: the oldest online account much younger than the claimed career, or an account silent for years before
     * it became active. Ages are measured to the day each profile was looked at, so the result does not drift with
     * the clock.
     */
    static Outcome thinFootprint(CaseData c, Params p) {
        double minRatio = p.decimal("minAccountAgeRatio");
        double maxGap = p.decimal("maxActivityGapYears");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.ONLINE_PROFILE)) {
            OptionalDouble gap = CandidateEvidence.decimal(e, "activityGapYears");
            if (gap.isPresent()) {
                evaluated = true;
                if (gap.getAsDouble() > maxGap) {
                    hits.add(Hit.of("finding.IDN-13.activityGap", ids(e), e.value("platform").strip(),
                            number(gap.getAsDouble()), number(maxGap)));
                }
            }
        }
        Evidence oldest = null;
        LocalDate oldestCreated = null;
        for (Evidence e : c.of(EvidenceKind.ONLINE_PROFILE)) {
            Optional<LocalDate> created = CandidateEvidence.date(e, "accountCreated");
            if (created.isPresent() && (oldestCreated == null || created.get().isBefore(oldestCreated))) {
                oldest = e;
                oldestCreated = created.get();
            }
        }
        Evidence application = null;
        long startYear = Long.MAX_VALUE;
        for (Evidence e : c.of(EvidenceKind.APPLICATION)) {
            OptionalLong year = CandidateEvidence.integer(e, "careerStartYear");
            if (year.isPresent() && year.getAsLong() < startYear) {
                application = e;
                startYear = year.getAsLong();
            }
        }
        if (oldest != null && application != null) {
            evaluated = true;
            LocalDate seen = LocalDate.ofInstant(oldest.observedAt(), ZoneOffset.UTC);
            double careerYears = ChronoUnit.DAYS.between(LocalDate.of((int) startYear, 1, 1), seen) / DAYS_PER_YEAR;
            double accountYears = Math.max(0, ChronoUnit.DAYS.between(oldestCreated, seen)) / DAYS_PER_YEAR;
            if (careerYears > 0 && accountYears < careerYears * minRatio) {
                hits.add(Hit.of("finding.IDN-13.youngAccount", ids(oldest, application), oldestCreated.toString(),
                        number(accountYears), number(careerYears), startYear, number(minRatio)));
            }
        }
        if (!evaluated) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (oldest == null) {
                missing.add(EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "accountCreated"));
            }
            if (application == null) {
                missing.add(EvidenceNeed.of(EvidenceKind.APPLICATION, "careerStartYear"));
            }
            missing.add(EvidenceNeed.of(EvidenceKind.ONLINE_PROFILE, "activityGapYears"));
            return Outcome.notEvaluated(missing);
        }
        return Outcome.hits(hits);
    }
}
