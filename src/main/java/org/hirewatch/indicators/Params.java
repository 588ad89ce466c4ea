package org.hirewatch.indicators;

import java.util.List;
import java.util.Map;

/** An indicator's parameter values: the workspace's where it set them, the catalogue defaults otherwise. */
public final class Params {
    private final IndicatorDefinition definition;
    private final Map<String, String> overrides;
    /** Rules ask for their parameters in every case: the defaults are looked up in a map, not the catalogue's list. */
    private final Map<String, String> defaults = new java.util.HashMap<>();

    public Params(IndicatorDefinition definition, Map<String, String> overrides) {
        this.definition = definition;
        this.overrides = overrides == null ? Map.of() : overrides;
        definition.parameters().forEach(p -> defaults.putIfAbsent(p.key(), p.defaultValue()));
    }

    public static Params defaults(IndicatorDefinition definition) {
        return new Params(definition, Map.of());
    }

    public String text(String key) {
        String v = overrides.get(key);
        if (v == null) {
            v = defaults.get(key);
        }
        if (v == null) {
            throw new IllegalStateException(definition.id() + " has no parameter " + key);
        }
        return v;
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
