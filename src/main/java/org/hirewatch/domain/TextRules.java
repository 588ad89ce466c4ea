package org.hirewatch.domain;

import java.util.List;

/**
 * Limits on typed text. Text is stored verbatim (quotes, semicolons, markup are data, not code); only control
 * characters, which cannot be shown faithfully, and text beyond the limits are refused.
 */
public final class TextRules {
    public static final int LINE_LIMIT = 500;
    public static final int LONG_TEXT_LIMIT = 20_000;
    public static final int NOTE_LIMIT = 2_000_000;

    private TextRules() {
    }

    public static void checkLine(String field, String value, List<Violation> out) {
        if (value == null) {
            return;
        }
        if (value.length() > LINE_LIMIT) {
            out.add(new Violation(field, "validation.tooLong", value.length(), LINE_LIMIT));
        } else if (hasControlChars(value, false)) {
            out.add(new Violation(field, "validation.controlChars"));
        }
    }

    public static void checkMultiline(String field, String value, int limit, List<Violation> out) {
        if (value == null) {
            return;
        }
        if (value.length() > limit) {
            out.add(new Violation(field, "validation.tooLong", value.length(), limit));
        } else if (hasControlChars(value, true)) {
            out.add(new Violation(field, "validation.controlChars"));
        }
    }

    /** True for C0/C1 control characters; line breaks and tabs are allowed in multi-line text. */
    public static boolean hasControlChars(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }
}
