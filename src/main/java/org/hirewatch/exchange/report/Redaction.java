package org.hirewatch.exchange.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.IdentifierKind;

/**
 * Masks personal identifiers for the redacted report. Findings quote the actual values, so masking fields alone would
 * leak them: every sensitive value of the case is collected first and replaced wherever it appears (explanations,
 * notes, audit changes), and patterns catch emails, phone numbers, IP addresses and long account numbers typed
 * elsewhere. Each distinct value gets a numbered token ("[email 2]"), so a reader still sees that two places name
 * the same value.
 */
final class Redaction {
    /** What the redacted report masks; the cover lists these. */
    enum Category {
        DOCUMENT_NUMBER, ACCOUNT_NUMBER, DATE_OF_BIRTH, EMAIL, PHONE, ADDRESS, IP_ADDRESS, HANDLE
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern IPV4 = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
    /** Needs "::" or all eight groups, so that times of day (10:30:00) are left alone. */
    private static final Pattern IPV6 = Pattern.compile(
            "(?i)\\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\\b|\\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?");
    private static final Pattern PHONE = Pattern.compile("\\+\\d[\\d ().-]{5,}\\d");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\b\\d{9,}\\b");
    /** Applied in this order after the known values; a later pattern never sees what an earlier one replaced. */
    private static final List<Map.Entry<Category, Pattern>> PATTERNS = List.of(Map.entry(Category.EMAIL, EMAIL),
            Map.entry(Category.IP_ADDRESS, IPV6), Map.entry(Category.PHONE, PHONE), Map.entry(Category.IP_ADDRESS, IPV4),
            Map.entry(Category.ACCOUNT_NUMBER, LONG_NUMBER));

    private final boolean active;
    private final ReportTexts texts;
    /** Lower-cased value to its token, longest values first when matched. */
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<Category, Integer> counts = new EnumMap<>(Category.class);
    private Pattern known;

    private Redaction(boolean active, ReportTexts texts) {
        this.active = active;
        this.texts = texts;
    }

    static Redaction none() {
        return new Redaction(false, null);
    }

    /** A redaction that knows every sensitive value recorded in these evidence items. */
    static Redaction of(List<Evidence> evidence, ReportTexts texts) {
        Redaction r = new Redaction(true, texts);
        for (Evidence e : evidence) {
            for (Map.Entry<String, String> f : e.fields().entrySet()) {
                if (f.getKey().endsWith(EvidenceDraft.LAST_CHARS_SUFFIX)) {
                    continue; // four digits alone would mask every date and amount that happens to contain them
                }
                r.category(e.kind(), f.getKey()).ifPresent(c -> r.register(c, f.getValue()));
            }
        }
        r.compile();
        return r;
    }

    boolean active() {
        return active;
    }

    /** The sensitive category of a field, if it has one. */
    Optional<Category> category(EvidenceKind kind, String key) {
        if ("dateOfBirth".equals(key)) {
            return Optional.of(Category.DATE_OF_BIRTH);
        }
        if ("previousHandles".equals(key)) {
            return Optional.of(Category.HANDLE);
        }
        if (key.endsWith(EvidenceDraft.LAST_CHARS_SUFFIX)) {
            String base = key.substring(0, key.length() - EvidenceDraft.LAST_CHARS_SUFFIX.length());
            return kind.field(base).filter(f -> f.type() == FieldType.HASHED).map(f -> Category.DOCUMENT_NUMBER);
        }
        Optional<EvidenceField> field = kind.field(key);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        EvidenceField f = field.get();
        if (f.type() == FieldType.HASHED) {
            return Optional.of(Category.DOCUMENT_NUMBER);
        }
        IdentifierKind id = f.identifierKind();
        if (id == null) {
            return switch (f.type()) {
                case EMAIL -> Optional.of(Category.EMAIL);
                case PHONE -> Optional.of(Category.PHONE);
                case IP -> Optional.of(Category.IP_ADDRESS);
                default -> Optional.empty();
            };
        }
        return switch (id) {
            case EMAIL -> Optional.of(Category.EMAIL);
            case PHONE -> Optional.of(Category.PHONE);
            case IP -> Optional.of(Category.IP_ADDRESS);
            case ADDRESS -> Optional.of(Category.ADDRESS);
            case BANK_ACCOUNT, PAYOUT_ACCOUNT, WALLET -> Optional.of(Category.ACCOUNT_NUMBER);
            case DOCUMENT_NUMBER_HASH -> Optional.of(Category.DOCUMENT_NUMBER);
            case HANDLE -> Optional.of(Category.HANDLE);
            default -> Optional.empty();
        };
    }

    /** A field's value as the report shows it: a sensitive field is replaced whole, any other is masked inside. */
    String field(EvidenceKind kind, String key, String value) {
        if (!active) {
            return value;
        }
        Optional<Category> c = category(kind, key);
        return c.isPresent() ? token(c.get(), value) : mask(value);
    }

    /** Free text with every known sensitive value and every recognisable identifier replaced by its token. */
    String mask(String text) {
        if (!active || text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        if (known != null) {
            s = replace(s, known, m -> tokens.get(key(m.group())));
        }
        for (Map.Entry<Category, Pattern> p : PATTERNS) {
            s = replace(s, p.getValue(), m -> token(p.getKey(), m.group()));
        }
        return s;
    }

    private String replace(String s, Pattern p, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, last, m.start()).append(with.apply(m));
            last = m.end();
        }
        return sb == null ? s : sb.append(s, last, s.length()).toString();
    }

    private void register(Category c, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return;
        }
        token(c, v);
        // Findings quote addresses on one line, and rules may quote a value in its normalised form.
        String oneLine = v.replaceAll("\\s*\\R\\s*", ", ");
        if (!oneLine.equals(v)) {
            tokens.putIfAbsent(key(oneLine), tokens.get(key(v)));
            for (String line : v.split("\\R")) {
                if (line.strip().length() >= 8) {
                    tokens.putIfAbsent(key(line.strip()), tokens.get(key(v)));
                }
            }
        }
        if (c == Category.PHONE) {
            tokens.putIfAbsent(key("+" + v.replaceAll("[^0-9]", "")), tokens.get(key(v)));
        }
    }

    private String token(Category c, String value) {
        String k = key(value);
        String t = tokens.get(k);
        if (t == null) {
            int n = counts.merge(c, 1, Integer::sum);
            t = texts.text("report.mask.token", label(c), n);
            tokens.put(k, t);
        }
        return t;
    }

    private void compile() {
        List<String> values = new ArrayList<>(tokens.keySet());
        if (values.isEmpty()) {
            return;
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String v : values) {
            if (v.length() < 3) {
                continue; // too short to find in text without masking unrelated words
            }
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(v));
        }
        known = alt.length() == 0 ? null : Pattern.compile(alt.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The translated name of a category, as the tokens and the cover use it. */
    String label(Category c) {
        return switch (c) {
            case DOCUMENT_NUMBER -> texts.text("report.mask.documentNumber");
            case ACCOUNT_NUMBER -> texts.text("report.mask.accountNumber");
            case DATE_OF_BIRTH -> texts.text("report.mask.dateOfBirth");
            case EMAIL -> texts.text("report.mask.email");
            case PHONE -> texts.text("report.mask.phone");
            case ADDRESS -> texts.text("report.mask.address");
            case IP_ADDRESS -> texts.text("report.mask.ip");
            case HANDLE -> texts.text("report.mask.handle");
        };
    }
}
