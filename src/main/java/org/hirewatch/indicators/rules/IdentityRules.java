package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the Identity indicators. */
public final class IdentityRules {
    private IdentityRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
