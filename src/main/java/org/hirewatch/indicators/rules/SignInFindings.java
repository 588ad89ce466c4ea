package org.hirewatch.indicators.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hirewatch.domain.SignIn;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;

/**
 * The sign-ins behind the findings of the sign-in indicators, found by running the same analysis again on the same
 * data (deterministic), so that no per-row list has to be stored with a finding.
 */
public final class SignInFindings {
    /** The indicators whose findings rest on sign-ins. */
    public static final Set<String> INDICATORS = Set.of("LOG-01", "LOG-02", "LOG-03", "LOG-06", "LOG-07", "COM-02",
            "XAP-05");

    private SignInFindings() {
    }

    /** For one indicator: the sign-ins behind each hit, by hit key (empty when it raises nothing). */
    public static Map<String, List<SignIn>> behind(String indicatorId, CaseData c, Params p) {
        return switch (indicatorId) {
            case "LOG-01" -> SignInAnalyses.manyCountries(c, p).rows();
            case "LOG-02" -> SignInAnalyses.sharedIp(c, p).rows();
            case "LOG-03" -> LogRules.longSessionsAnalysis(c, p).rows();
            case "LOG-06" -> SignInAnalyses.vpnOrHosting(c, p).rows();
            case "LOG-07" -> SignInAnalyses.awayFromClaimedHome(c, p).rows();
            case "COM-02" -> SignInAnalyses.nightActivity(c, p).rows();
            case "XAP-05" -> sharedAddresses(c, p);
            default -> Map.of();
        };
    }

    private static Map<String, List<SignIn>> sharedAddresses(CaseData c, Params p) {
        Outcome o = LinkedCaseRules.sharedInfrastructure(c, p);
        return o.hits().stream().filter(h -> h.messageKey().equals("finding.XAP-05.sharedIp"))
                .collect(Collectors.toMap(Hit::key, h -> SignInAnalyses.fromAddress(c, h.args().get(0)), (a, b) -> a));
    }
}
