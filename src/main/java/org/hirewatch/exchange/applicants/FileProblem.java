package org.hirewatch.exchange.applicants;

import java.util.List;

/**
 * One thing wrong with an applicants file: where (a path such as {@code applicants[2].evidence[0].fields.email}, empty
 * for the file as a whole), the id of the applicant it belongs to when known, and a bundle message with its arguments.
 */
public record FileProblem(String path, String applicantId, String messageKey, List<Object> args) {

    public FileProblem {
        path = path == null ? "" : path;
        args = List.copyOf(args);
    }
}
