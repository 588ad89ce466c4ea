package org.hirewatch.domain;

import java.util.List;

/** Thrown when input breaks the rules; carries every problem so that a form can mark all fields at once. */
public class ValidationException extends RuntimeException {
    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("invalid input: " + violations.stream().map(v -> v.field() + " " + v.messageKey()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
