package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the Log indicators. */
public final class LogRules {
    private LogRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
