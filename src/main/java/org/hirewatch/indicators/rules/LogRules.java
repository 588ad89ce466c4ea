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
        return SignInAnalyses.manyCountries(c, p).outcome();
    }

    /** LOG-02: several accounts on one address outside the organization's networks, here or in other cases. */
    static Outcome sharedIp(CaseData c, Params p) {
        return SignInAnalyses.sharedIp(c, p).outcome();
    }

    /** LOG-03: a session open at least minSessionHours (sign-in to session end), or a keep-awake tool on the device. */
    static Outcome longSessions(CaseData c, Params p) {
        return longSessionsAnalysis(c, p).outcome();
    }

    static SignInAnalyses.Analysis longSessionsAnalysis(CaseData c, Params p) {
        List<Hit> hits = new ArrayList<>();
        SignInAnalyses.Analysis sessions = SignInAnalyses.longSessions(c, p, hits);
        boolean evaluated = sessions.outcome() != null;
        for (Evidence e : c.of(EQUIPMENT_SHIPPING)) {
            evaluated |= Values.answered(e, "keepAwakeTool");
            if (Values.yes(e, "keepAwakeTool")) {
                hits.add(Hit.of("finding.LOG-03.keepAwake", List.of(e.id())));
            }
        }
        return new SignInAnalyses.Analysis(evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(
                EvidenceNeed.of(SIGN_IN_RECORD, "sessionEnd"), EvidenceNeed.of(EQUIPMENT_SHIPPING, "keepAwakeTool")),
                sessions.rows());
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

}
