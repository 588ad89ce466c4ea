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

    /** LOG-06: sign-ins through listed VPN providers, hosting networks or ranges, or flagged as VPN or proxy. */
    static Outcome vpnOrHosting(CaseData c, Params p) {
        return SignInAnalyses.vpnOrHosting(c, p).outcome();
    }

    /** LOG-07: away from the claimed home, interviews from another country, and impossible travel. */
    static Outcome awayFromClaimedHome(CaseData c, Params p) {
        return SignInAnalyses.awayFromClaimedHome(c, p).outcome();
    }

    /** The ASN digits of a field or list entry, or null. */
    static String asn(String text) {
        return SignInAnalyses.asn(text);
    }
}
