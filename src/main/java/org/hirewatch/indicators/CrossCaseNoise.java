package org.hirewatch.indicators;

import org.hirewatch.domain.IdentifierKind;

/**
 * Shared values that do not link cases: those on a warning list (the firm's own office address, a cloud range) and
 * those held by more cases than the workspace's frequency cap. The links feature supplies it.
 */
@FunctionalInterface
public interface CrossCaseNoise {

    /** True when this value, held by {@code casesHolding} cases in all, should not count as shared. */
    boolean ignored(IdentifierKind kind, String normalized, int casesHolding);

    CrossCaseNoise NONE = (kind, normalized, casesHolding) -> false;
}
