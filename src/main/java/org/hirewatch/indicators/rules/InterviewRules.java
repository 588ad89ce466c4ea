package org.hirewatch.indicators.rules;

import java.util.Map;
import org.hirewatch.indicators.Rule;

/** Rules of the Interview indicators. */
public final class InterviewRules {
    private InterviewRules() {
    }

    public static void register(Map<String, Rule> rules) {
    }
}
