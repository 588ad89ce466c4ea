package org.hirewatch.indicators;

/** The check behind one automatic or assisted indicator. Rules are pure: same case data and parameters, same outcome. */
@FunctionalInterface
public interface Rule {
    Outcome evaluate(CaseData data, Params params);
}
