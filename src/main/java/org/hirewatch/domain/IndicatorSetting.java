package org.hirewatch.domain;

import java.util.Map;

/**
 * A workspace's own choice for one indicator: on or off, a weight ({@code null} = the catalogue's) and parameter
 * values that differ from the defaults.
 */
public record IndicatorSetting(String indicatorId, boolean enabled, Double weight, Map<String, String> parameters) {

    public IndicatorSetting {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public static IndicatorSetting defaults(String indicatorId) {
        return new IndicatorSetting(indicatorId, true, null, Map.of());
    }
}
