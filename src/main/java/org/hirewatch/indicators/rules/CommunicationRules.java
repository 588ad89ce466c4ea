package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the Communication indicators. */
public final class CommunicationRules {
    private CommunicationRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
