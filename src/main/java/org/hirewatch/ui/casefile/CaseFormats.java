package org.hirewatch.ui.casefile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.FieldType;
import org.hirewatch.ui.common.I18n;

/**
 * How the case screens write times, sizes and evidence values. Times are shown in the computer's time zone in
 * the same "YYYY-MM-DD HH:MM" form the forms accept, so a value can be copied from a list into a form.
 */
public final class CaseFormats {
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private CaseFormats() {
    }

    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone()));
    }

    /** With seconds, for the audit log where several entries often fall in one minute. */
    public static String dateTimeSeconds(Instant at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at.atZone(zone()));
    }

    public static Instant toInstant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    public static String size(I18n i18n, long bytes) {
        if (bytes < 1024) {
            return i18n.text("casefile.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return i18n.text("casefile.size.kb", bytes / 1024.0);
        }
        return i18n.text("casefile.size.mb", bytes / (1024.0 * 1024.0));
    }

    /** A value of an evidence field as a person reads it: choices translated, hashed numbers by their last characters. */
    public static String fieldValue(I18n i18n, Evidence e, EvidenceField f) {
        String v = e.value(f.key());
        if (v.isBlank()) {
            return "";
        }
        if (f.type() == FieldType.HASHED) {
            return i18n.text("casefile.evidence.hashedValue", e.value(f.key() + org.hirewatch.domain.EvidenceDraft.LAST_CHARS_SUFFIX));
        }
        if (!f.choices().isEmpty()) {
            return choice(i18n, v);
        }
        return v;
    }

    public static String choice(I18n i18n, String code) {
        return code == null || code.isEmpty() ? "" : i18n.text("evidence.choice." + code);
    }

    public static String kind(I18n i18n, org.hirewatch.domain.EvidenceKind kind) {
        return i18n.text(kind.messageKey());
    }

    /**
     * A one-line description of an item for lists: its first filled fields as a person reads them (choices
     * translated, hashed numbers by their last characters), or its first file's name.
     */
    public static String summary(I18n i18n, Evidence e) {
        StringBuilder sb = new StringBuilder();
        for (EvidenceField f : e.kind().fields()) {
            String v = fieldValue(i18n, e, f);
            if (v.isBlank() || f.type() == FieldType.MULTILINE && sb.length() > 0) {
                continue;
            }
            if (f.type() == FieldType.HASHED) {
                v = "…" + e.value(f.key() + org.hirewatch.domain.EvidenceDraft.LAST_CHARS_SUFFIX);
            }
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(v.length() > 80 ? v.substring(0, 80) + "…" : v.replace('\n', ' '));
            if (sb.length() > 120) {
                break;
            }
        }
        if (sb.length() == 0 && !e.attachments().isEmpty()) {
            sb.append(e.attachments().get(0).fileName());
        }
        return sb.toString();
    }

    /** A one-line name for an evidence item, for note labels and confirmations. */
    public static String evidenceLabel(I18n i18n, Evidence e) {
        String summary = summary(i18n, e);
        return summary.isBlank() ? kind(i18n, e.kind()) : kind(i18n, e.kind()) + " · " + summary;
    }
}
