package org.hirewatch.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A setting of an indicator (threshold, window or list) with its default and bounds. Values are kept as text, the way
 * a user types them, and checked against the type and bounds before they are saved.
 */
public record ParameterSpec(String key, Type type, String defaultValue, String min, String max) {

    public enum Type { INTEGER, DECIMAL, DURATION_HOURS, TEXT_LIST }

    public String labelKey() {
        return "indicator.param." + key;
    }

    /** Empty when the value is acceptable; otherwise a bundle key with the bound as argument. */
    public Optional<Problem> check(String value) {
        String v = value == null ? "" : value.strip();
        if (type == Type.TEXT_LIST) {
            return v.length() > 5000 ? Optional.of(new Problem("indicator.param.tooLong", "5000")) : Optional.empty();
        }
        double d;
        try {
            d = type == Type.DECIMAL ? Double.parseDouble(v) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return Optional.of(new Problem(type == Type.DECIMAL ? "indicator.param.notNumber" : "indicator.param.notWhole", v));
        }
        if (min != null && !min.isBlank() && d < Double.parseDouble(min)) {
            return Optional.of(new Problem("indicator.param.belowMin", min));
        }
        if (max != null && !max.isBlank() && d > Double.parseDouble(max)) {
            return Optional.of(new Problem("indicator.param.aboveMax", max));
        }
        return Optional.empty();
    }

    /** A comma-separated list, trimmed, lower-case, without empty entries. */
    public static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(s -> s.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    public record Problem(String messageKey, String arg) {
    }
}
