package org.hirewatch.indicators;

import java.util.HashMap;
import java.util.Map;
import org.hirewatch.indicators.rules.CommunicationRules;
import org.hirewatch.indicators.rules.CrossCaseRules;
import org.hirewatch.indicators.rules.EquipmentRules;
import org.hirewatch.indicators.rules.IdentityRules;
import org.hirewatch.indicators.rules.InterviewRules;
import org.hirewatch.indicators.rules.LogRules;
import org.hirewatch.indicators.rules.PaymentRules;
import org.hirewatch.indicators.rules.WorkRules;

/** Every built-in rule, by indicator id. Each category keeps its rules in its own class. */
public final class Rules {
    private Rules() {
    }

    public static Map<String, Rule> all() {
        Map<String, Rule> rules = new HashMap<>();
        IdentityRules.register(rules);
        CommunicationRules.register(rules);
        LogRules.register(rules);
        PaymentRules.register(rules);
        EquipmentRules.register(rules);
        WorkRules.register(rules);
        InterviewRules.register(rules);
        CrossCaseRules.register(rules);
        return rules;
    }
}
