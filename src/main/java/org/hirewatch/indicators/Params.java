package org.hirewatch.indicators;

import java.util.List;
import java.util.Map;

/** An indicator's parameter values: the workspace's where it set them, the catalogue defaults otherwise. */
public final class Params {
    private final IndicatorDefinition definition;
    private final Map<String, String> overrides;

    public Params(IndicatorDefinition definition, Map<String, String> overrides) {
        this.definition = definition;
        this.overrides = overrides == null ? Map.of() : overrides;
    }

    public static Params defaults(IndicatorDefinition definition) {
        return new Params(definition, Map.of());
    }

    public String text(String key) {
        String v = overrides.get(key);
        if (v != null) {
            return v;
        }
        return definition.parameter(key).map(ParameterSpec::defaultValue)
                .orElseThrow(() -> new IllegalStateException(definition.id() + " has no parameter " + key));
    }

    public int integer(String key) {
        return (int) Math.round(Double.parseDouble(text(key)));
    }

    public double decimal(String key) {
        return Double.parseDouble(text(key));
    }

    public List<String> list(String key) {
        return ParameterSpec.list(text(key));
    }
}
