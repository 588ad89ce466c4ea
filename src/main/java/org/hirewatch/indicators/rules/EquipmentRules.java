package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the Equipment indicators. */
public final class EquipmentRules {
    private EquipmentRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
