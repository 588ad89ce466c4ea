package org.hirewatch.exchange.batch;

import java.util.List;

/**
 * One thing wrong with an import file: the line (1 is the header of a CSV file; 0 when the file has no lines to
 * name, as in JSON, where {@code field} is the path instead), the column or path, the applicant when known, and a
 * bundle message with its arguments.
 */
public record ImportProblem(long line, String field, String applicantId, String messageKey, List<Object> args) {
    public ImportProblem {
        field = field == null ? "" : field;
        args = List.copyOf(args);
    }
}
