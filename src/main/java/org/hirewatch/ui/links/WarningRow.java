package org.hirewatch.ui.links;

import org.hirewatch.domain.WarningEntry;

/**
 * One line of the warning-list table: a workspace entry, or a public webmail domain shipped with HireWatch
 * ({@code entry} null), which can be neither changed nor removed.
 */
public record WarningRow(WarningEntry entry, String listLabel, String kindLabel, String value, String note,
                         String added) {

    public boolean builtIn() {
        return entry == null;
    }
}
