package org.hirewatch.ui.workspace;

/**
 * A rough strength hint for a new passphrase. It cannot measure real entropy; it nudges towards length, which is
 * what protects an encrypted file against offline guessing.
 */
public enum PassphraseStrength {
    EMPTY, TOO_SHORT, WEAK, FAIR, STRONG;

    public static final int MIN_LENGTH = 10;

    public static PassphraseStrength of(String p) {
        if (p == null || p.isEmpty()) {
            return EMPTY;
        }
        if (p.length() < MIN_LENGTH) {
            return TOO_SHORT;
        }
        int classes = 0;
        classes += p.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += p.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += p.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        long distinct = p.chars().distinct().count();
        if (distinct < 5) {
            return WEAK;
        }
        if (p.length() >= 20 || p.length() >= 14 && classes >= 3) {
            return STRONG;
        }
        return p.length() >= 12 || classes >= 3 ? FAIR : WEAK;
    }

    public boolean acceptable() {
        return this == WEAK || this == FAIR || this == STRONG;
    }

    public String messageKey() {
        return "workspace.strength." + name().toLowerCase();
    }

    /** 0..1 for the strength bar. */
    public double level() {
        return switch (this) {
            case EMPTY -> 0;
            case TOO_SHORT -> 0.1;
            case WEAK -> 0.35;
            case FAIR -> 0.65;
            case STRONG -> 1;
        };
    }
}
