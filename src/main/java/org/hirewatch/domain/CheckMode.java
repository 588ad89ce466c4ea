package org.hirewatch.domain;

/**
 * How an indicator is checked: a rule decides alone, a rule raises a candidate a person must confirm, or a person
 * answers a checklist question.
 */
public enum CheckMode {
    AUTOMATIC, ASSISTED, MANUAL;

    public String messageKey() {
        return "checkMode." + name().toLowerCase();
    }
}
