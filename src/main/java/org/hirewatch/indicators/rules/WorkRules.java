package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the Work indicators. */
public final class WorkRules {
    private WorkRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
