package org.hirewatch.signins;

import java.util.List;

/** A row that could not be read: its line in the file, and why (a bundle key with its arguments). */
public record RowProblem(int line, String messageKey, List<String> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem of(int line, String messageKey, String... args) {
        return new RowProblem(line, messageKey, List.of(args));
    }
}
