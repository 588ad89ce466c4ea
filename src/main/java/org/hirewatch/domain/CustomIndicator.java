package org.hirewatch.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator a workspace adds without code: it fires when an evidence item of one kind meets every condition.
 * A case with no evidence of that kind leaves it unevaluated.
 */
public record CustomIndicator(String id, String title, String category, Severity severity, double weight,
                              EvidenceKind kind, List<Condition> conditions, boolean enabled, int version) {

    public static final String ID_PREFIX = "CUS-";

    public CustomIndicator {
        title = title == null ? "" : title.strip();
        category = category == null ? "" : category;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public enum Operator {
        EQUALS, NOT_EQUALS, CONTAINS, GREATER_THAN, LESS_THAN, IS_FILLED, IS_EMPTY;

        public boolean needsValue() {
            return this != IS_FILLED && this != IS_EMPTY;
        }

        public boolean numeric() {
            return this == GREATER_THAN || this == LESS_THAN;
        }

        public String messageKey() {
            return "custom.operator." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One test on one field of the evidence item. Text comparisons ignore case and surrounding spaces. */
    public record Condition(String field, Operator operator, String value) {
        public Condition {
            value = value == null ? "" : value.strip();
        }

        public boolean matches(Evidence e) {
            String actual = e.value(field).strip();
            return switch (operator) {
                case IS_FILLED -> !actual.isEmpty();
                case IS_EMPTY -> actual.isEmpty();
                case EQUALS -> actual.equalsIgnoreCase(value);
                case NOT_EQUALS -> !actual.isEmpty() && !actual.equalsIgnoreCase(value);
                case CONTAINS -> actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
                case GREATER_THAN, LESS_THAN -> compare(actual) != null
                        && (operator == Operator.GREATER_THAN ? compare(actual) > 0 : compare(actual) < 0);
            };
        }

        private Integer compare(String actual) {
            try {
                return new BigDecimal(actual).compareTo(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return actual.matches("\\d{4}-\\d{2}-\\d{2}.*") && value.matches("\\d{4}-\\d{2}-\\d{2}.*")
                        ? Integer.signum(actual.compareTo(value)) : null;
            }
        }
    }

    /** Problems a user can fix in the form; empty when it can be saved. */
    public List<Violation> validate() {
        List<Violation> out = new ArrayList<>();
        if (title.isBlank()) {
            out.add(new Violation("title", "validation.required"));
        }
        TextRules.checkLine("title", title, out);
        if (severity == null) {
            out.add(new Violation("severity", "validation.required"));
        }
        if (kind == null) {
            out.add(new Violation("kind", "validation.required"));
        }
        if (weight < 0 || weight > 100) {
            out.add(new Violation("weight", "validation.weightRange"));
        }
        if (conditions.isEmpty()) {
            out.add(new Violation("conditions", "validation.conditionRequired"));
        }
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            if (kind != null && kind.field(c.field()).isEmpty()) {
                out.add(new Violation("conditions[" + i + "].field", "validation.unknownField"));
            }
            if (c.operator() == null) {
                out.add(new Violation("conditions[" + i + "].operator", "validation.required"));
            } else if (c.operator().needsValue() && c.value().isEmpty()) {
                out.add(new Violation("conditions[" + i + "].value", "validation.required"));
            } else if (c.operator().numeric() && !c.value().matches("-?\\d+(\\.\\d+)?|\\d{4}-\\d{2}-\\d{2}")) {
                out.add(new Violation("conditions[" + i + "].value", "validation.numberOrDate"));
            }
            TextRules.checkLine("conditions[" + i + "].value", c.value(), out);
        }
        return out;
    }
}
