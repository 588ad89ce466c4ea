package org.hirewatch.indicators.rules;

import static org.hirewatch.indicators.rules.CandidateEvidence.day;
import static org.hirewatch.indicators.rules.CandidateEvidence.ids;
import static org.hirewatch.indicators.rules.CandidateEvidence.number;
import static org.hirewatch.indicators.rules.CandidateEvidence.percent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.hirewatch.indicators.Rule;

/** Rules of the Communication indicators: availability, working hours, contact pattern and contact details. */
public final class CommunicationRules {
    private static final Set<String> YES_NO = Set.of("yes", "no");
    private static final Set<String> KNOWN_LINE = Set.of("mobile", "landline", "voip");
    private static final Set<String> INVITATION_ANSWERED = Set.of("attended", "declined", "no_show");

    private CommunicationRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("COM-01", CommunicationRules::unresponsive);
        rules.put("COM-02", CommunicationRules::nightActivity);
        rules.put("COM-03", CommunicationRules::offPlatformContact);
        rules.put("COM-04", CommunicationRules::unstableContacts);
        rules.put("COM-05", CommunicationRules::avoidsMeetingInPerson);
    }

    /** COM-01: median response time or missed tasks above the limits. */
    static Outcome unresponsive(CaseData c, Params p) {
        double maxHours = p.decimal("maxMedianResponseHours");
        int maxMissed = p.integer("maxMissedTasks");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.CONTACT_CHANNEL)) {
            OptionalDouble hours = CandidateEvidence.decimal(e, "medianResponseHours");
            if (hours.isPresent()) {
                evaluated = true;
                if (hours.getAsDouble() > maxHours) {
                    hits.add(Hit.of("finding.COM-01.slowResponse", ids(e), number(hours.getAsDouble()),
                            number(maxHours)));
                }
            }
            OptionalLong missed = CandidateEvidence.integer(e, "missedTasks");
            if (missed.isPresent()) {
                evaluated = true;
                if (missed.getAsLong() > maxMissed) {
                    hits.add(Hit.of("finding.COM-01.missedTasks", ids(e), missed.getAsLong(), maxMissed));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "medianResponseHours"),
                    EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "missedTasks"));
        }
        return Outcome.hits(hits);
    }

    /**
     * COM-02: the share of successful sign-ins that fall at night in the claimed time zone. Failed sign-ins are left
     * out: they may be someone else trying the account.
     */
    static Outcome nightActivity(CaseData c, Params p) {
        return SignInAnalyses.nightActivity(c, p).outcome();
    }

    private static int localHour(Instant t, ZoneRules rules) {
        long local = t.getEpochSecond() + rules.getOffset(t).getTotalSeconds();
        return (int) Math.floorMod(local, 86_400L) / 3600;
    }

    static boolean isNight(int hour, int start, int end) {
        return start <= end ? hour >= start && hour < end : hour >= start || hour < end;
    }

    private static String hour(int h) {
        return String.format(Locale.ROOT, "%02d:00", h);
    }


    /** COM-03: a push to move off the platform, or direct approaches to executives. */
    static Outcome offPlatformContact(CaseData c, Params p) {
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.CONTACT_CHANNEL)) {
            if (CandidateEvidence.isOneOf(e, "offPlatformRequest", YES_NO)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "offPlatformRequest", "yes")) {
                    String handle = e.value("messagingHandle").strip();
                    hits.add(handle.isEmpty() ? Hit.of("finding.COM-03.offPlatform", ids(e), contact(e))
                            : Hit.of("finding.COM-03.offPlatformTo", ids(e), contact(e), handle));
                }
            }
            if (CandidateEvidence.isOneOf(e, "executiveOutreach", YES_NO)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "executiveOutreach", "yes")) {
                    hits.add(Hit.of("finding.COM-03.executiveOutreach", ids(e), contact(e)));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "offPlatformRequest"),
                    EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "executiveOutreach"));
        }
        return Outcome.hits(hits);
    }

    /** The contact as the investigator recorded it: email, phone or messaging handle (one is always there). */
    private static String contact(Evidence e) {
        for (String field : List.of("email", "phone", "messagingHandle")) {
            if (!e.value(field).isBlank()) {
                return e.value(field).strip();
            }
        }
        return "";
    }

    /**
     * COM-04: VoIP lines, carriers outside the claimed country, and phone or email changing more often than allowed
     * within the window. A change is an item bringing a phone number or email not seen before, after the first one.
     */
    static Outcome unstableContacts(CaseData c, Params p) {
        List<Evidence> channels = c.of(EvidenceKind.CONTACT_CHANNEL);
        String claimedCountry = c.subject().claimedCountry();
        boolean countryKnown = CandidateEvidence.country(claimedCountry).isPresent();
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : channels) {
            String phone = e.value("phone").strip();
            if (phone.isEmpty()) {
                continue;
            }
            if (CandidateEvidence.isOneOf(e, "lineType", KNOWN_LINE)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "lineType", "voip")) {
                    hits.add(Hit.of("finding.COM-04.voip", ids(e), phone));
                }
            }
            String carrierCountry = e.value("carrierCountry").strip();
            if (countryKnown && CandidateEvidence.country(carrierCountry).isPresent()) {
                evaluated = true;
                if (CandidateEvidence.countriesDiffer(carrierCountry, claimedCountry)) {
                    hits.add(Hit.of("finding.COM-04.carrierCountry", ids(e), phone, carrierCountry,
                            claimedCountry.strip()));
                }
            }
        }
        List<Evidence> withContact = channels.stream()
                .filter(e -> !e.value("phone").isBlank() || !e.value("email").isBlank())
                .sorted(Comparator.comparing(Evidence::observedAt)).toList();
        if (withContact.size() >= 2) {
            evaluated = true;
            changes(withContact, p).ifPresent(hits::add);
        }
        if (!evaluated) {
            List<EvidenceNeed> missing = new ArrayList<>();
            missing.add(EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "lineType"));
            missing.add(EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "carrierCountry"));
            if (!countryKnown) {
                missing.add(EvidenceNeed.subject("claimedCountry"));
            }
            return Outcome.notEvaluated(missing);
        }
        return Outcome.hits(hits);
    }

    private static Optional<Hit> changes(List<Evidence> byTime, Params p) {
        int max = p.integer("maxContactChanges");
        Duration window = Duration.ofDays(p.integer("windowDays"));
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        List<Evidence> changed = new ArrayList<>();
        for (Evidence e : byTime) {
            String phone = digits(e.value("phone"));
            String email = e.value("email").strip().toLowerCase(Locale.ROOT);
            boolean newPhone = !phone.isEmpty() && phones.add(phone) && phones.size() > 1;
            boolean newEmail = !email.isEmpty() && emails.add(email) && emails.size() > 1;
            if (newPhone || newEmail) {
                changed.add(e);
            }
        }
        // the busiest window: for each change, the changes up to window days after it
        for (int i = 0; i < changed.size(); i++) {
            int j = i;
            while (j + 1 < changed.size() && Duration.between(changed.get(i).observedAt(),
                    changed.get(j + 1).observedAt()).compareTo(window) <= 0) {
                j++;
            }
            int count = j - i + 1;
            if (count > max) {
                List<Evidence> cited = changed.subList(i, j + 1);
                return Optional.of(Hit.of("finding.COM-04.changes", ids(cited), count, p.integer("windowDays"),
                        day(cited.get(0)), day(cited.get(cited.size() - 1)), max));
            }
        }
        return Optional.empty();
    }

    private static String digits(String phone) {
        StringBuilder sb = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            if (Character.isDigit(phone.charAt(i))) {
                sb.append(phone.charAt(i));
            }
        }
        return sb.toString();
    }

    /** COM-05: in-person meetings declined or not attended, counted over the whole case. */
    static Outcome avoidsMeetingInPerson(CaseData c, Params p) {
        int min = p.integer("minDeclined");
        List<Evidence> invited = c.of(EvidenceKind.INTERVIEW_OBSERVATION).stream()
                .filter(e -> CandidateEvidence.isOneOf(e, "inPersonStep", INVITATION_ANSWERED))
                .toList();
        if (invited.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.INTERVIEW_OBSERVATION, "inPersonStep"));
        }
        List<Evidence> declined = invited.stream().filter(e -> CandidateEvidence.is(e, "inPersonStep", "declined"))
                .toList();
        List<Evidence> noShow = invited.stream().filter(e -> CandidateEvidence.is(e, "inPersonStep", "no_show"))
                .toList();
        int avoided = declined.size() + noShow.size();
        if (avoided < min) {
            return Outcome.clear();
        }
        List<Evidence> cited = new ArrayList<>(declined);
        cited.addAll(noShow);
        return Outcome.hit(Hit.of("finding.COM-05.avoided", ids(cited), avoided, declined.size(), noShow.size(), min));
    }
}
