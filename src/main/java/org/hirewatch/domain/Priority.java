package org.hirewatch.domain;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public String messageKey() {
        return "priority." + name().toLowerCase();
    }
}
