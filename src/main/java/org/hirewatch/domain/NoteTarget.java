package org.hirewatch.domain;

/** What a note is about: the case as a whole, one evidence item, or one finding. */
public enum NoteTarget {
    CASE, EVIDENCE, FINDING;

    public String messageKey() {
        return "noteTarget." + name().toLowerCase();
    }
}
