package org.hirewatch.ui.main;

/** An entry of a filter drop-down; a null value means "all". */
public record FilterOption<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
