package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the CrossCase indicators. */
public final class CrossCaseRules {
    private CrossCaseRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
