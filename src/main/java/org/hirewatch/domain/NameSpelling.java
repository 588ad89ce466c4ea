package org.hirewatch.domain;

/** One spelling of the subject's name as it appears in one source (CV, passport, LinkedIn, payroll...). */
public record NameSpelling(String name, String source) {
    public NameSpelling {
        name = name == null ? "" : name;
        source = source == null ? "" : source;
    }
}
