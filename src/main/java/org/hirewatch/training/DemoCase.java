package org.hirewatch.training;

import org.hirewatch.exchange.applicants.Applicant;

/** One invented applicant of the demo pack with the trainer's expectation for it. */
public record DemoCase(Applicant applicant, DemoExpectation expected) {

    public String id() {
        return applicant.id();
    }

    public String name() {
        return applicant.subject().primaryName();
    }
}
