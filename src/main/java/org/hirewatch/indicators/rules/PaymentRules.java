package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the Payment indicators. */
public final class PaymentRules {
    private PaymentRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
