package org.hirewatch.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The tables that hold one case, as a case bundle carries them: each with its columns and their types, in the order
 * rows must be inserted (parents first). Rows travel as maps of JSON-friendly values (UUIDs, instants and dates as
 * text), so a bundle keeps every column without a hand-written record per table.
 * <p>
 * A table added by a later migration that belongs to a case joins the bundle by adding one line here; a bundle that
 * lacks the table reads it as empty. The case's risk assessment is not carried: the checks re-run after an import and
 * recompute it. Confirmed case links join two cases, so they travel beside the tables ({@link #CASE_LINK}).
 */
public final class CaseTables {

    /** How a column's value travels in a bundle. */
    public enum Type { UUID, TEXT, INSTANT, DATE, BOOLEAN, INT, LONG, DOUBLE }

    public record Column(String name, Type type, boolean nullable) {
    }

    /**
     * One table: {@code owner} is the column holding the case id (null when rows belong to the case through a
     * parent row, as note revisions do through their note); {@code select} reads a case's rows given {@code :c}.
     */
    public record Table(String name, String owner, List<Column> columns, String select) {
        public Set<String> columnNames() {
            return columns.stream().map(Column::name).collect(java.util.stream.Collectors.toSet());
        }
    }

    public static final List<Table> ALL = List.of(
            table("hw_case", "id", "id:UUID reference title status decision decision_rationale priority assignee"
                    + " retention_date:DATE? legal_hold:BOOLEAN created_at:INSTANT updated_at:INSTANT version:INT"),
            table("case_tag", "case_id", "case_id:UUID tag"),
            table("subject", "case_id", "case_id:UUID primary_name names_json names_text claimed_country claimed_city"
                    + " claimed_time_zone claimed_nationality job_role hiring_channel staffing_firm"),
            table("evidence", "case_id", "id:UUID case_id:UUID kind observed_at:INSTANT recorded_at:INSTANT recorded_by"
                    + " source payload version:INT"),
            table("evidence_identifier", "case_id", "evidence_id:UUID case_id:UUID kind field raw_value norm_value"
                    + " near_key?"),
            // A log's rows without their identity id: nothing outside this workspace refers to it, and carried ids
            // would collide with the target's own rows. Rows go in log order, so new ids keep that order.
            new Table("sign_in", "case_id", columns("case_id:UUID evidence_id:UUID line_no:INT signed_in_at:INSTANT"
                    + " account ip ip_norm country city latitude:DOUBLE? longitude:DOUBLE? asn organisation"
                    + " vpn_or_proxy:BOOLEAN? device outcome session_end:INSTANT?"),
                    "SELECT * FROM sign_in WHERE evidence_id IN (SELECT id FROM evidence WHERE case_id = :c)"
                            + " ORDER BY evidence_id, line_no, id"),
            new Table("sign_in_ip", "case_id", columns("ip_norm case_id:UUID evidence_id:UUID sign_ins:INT"),
                    "SELECT * FROM sign_in_ip WHERE case_id = :c ORDER BY evidence_id, ip_norm"),
            // The file content travels as its own bundle entry, not as a column.
            table("attachment", "case_id", "id:UUID evidence_id:UUID case_id:UUID file_name media_type size_bytes:LONG"
                    + " sha256 added_at:INSTANT added_by"),
            table("note", "case_id", "id:UUID case_id:UUID target_type target_id:UUID body created_at:INSTANT created_by"
                    + " updated_at:INSTANT updated_by version:INT"),
            new Table("note_revision", null, columns("note_id:UUID revision:INT body written_at:INSTANT written_by"),
                    "SELECT * FROM note_revision WHERE note_id IN (SELECT id FROM note WHERE case_id = :c)"
                            + " ORDER BY note_id, revision"),
            table("finding", "case_id", "id:UUID case_id:UUID indicator_id hit_key severity check_mode message_key"
                    + " args_json evidence_json evidence_fingerprint catalogue_version state review_reason reviewed_by"
                    + " reviewed_at:INSTANT? reopened:BOOLEAN active:BOOLEAN raised_at:INSTANT version:INT"),
            table("checklist_answer", "case_id", "case_id:UUID indicator_id answer comment_text answered_by"
                    + " answered_at:INSTANT"),
            // History that came with an earlier bundle travels on, so a case handed on twice keeps all of it.
            table("imported_audit", "case_id", "case_id:UUID bundle_sha256 position:INT seq:LONG at:INSTANT actor action"
                    + " entity_type entity_id:UUID? source_case_id:UUID? before_state:TEXT? after_state:TEXT? prev_hash"
                    + " hash imported_at:INSTANT"));

    /**
     * A confirmed link as it travels: in the snapshot of each case at either end. Not one of {@link #ALL}, because it
     * belongs to two cases and is written only when both exist in the target.
     */
    public static final Table CASE_LINK = new Table("case_link", null, columns("id:UUID case_a:UUID case_b:UUID"
            + " link_type reason identifiers_json created_by created_at:INSTANT"),
            "SELECT * FROM case_link WHERE case_a = :c OR case_b = :c ORDER BY id");

    private CaseTables() {
    }

    public static Table named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    private static Table table(String name, String owner, String spec) {
        List<Column> cols = columns(spec);
        String order = cols.stream().anyMatch(c -> c.name().equals("id")) ? "id"
                : cols.stream().map(Column::name).filter(n -> !n.equals(owner)).findFirst().orElse(owner);
        return new Table(name, owner, cols, "SELECT * FROM " + name + " WHERE " + owner + " = :c ORDER BY " + order);
    }

    /** "name" is non-null text; "name:TYPE" gives the type; a trailing "?" allows null. */
    private static List<Column> columns(String spec) {
        return java.util.Arrays.stream(spec.trim().split("\\s+")).map(s -> {
            boolean nullable = s.endsWith("?");
            String bare = nullable ? s.substring(0, s.length() - 1) : s;
            int colon = bare.indexOf(':');
            return colon < 0 ? new Column(bare, Type.TEXT, nullable)
                    : new Column(bare.substring(0, colon), Type.valueOf(bare.substring(colon + 1)), nullable);
        }).toList();
    }

    /** A database value as it travels: text for UUIDs, instants and dates; numbers and booleans as they are. */
    static Object toTravel(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof UUID || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant().toString();
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return value;
    }

    /**
     * A travelled value back in its column's type, or an {@link IllegalArgumentException} naming what is wrong; a
     * bundle is checked with this before anything is written.
     */
    public static Object fromTravel(Column c, Object value) {
        if (value == null) {
            if (!c.nullable()) {
                throw new IllegalArgumentException(c.name() + " is missing");
            }
            return null;
        }
        try {
            return switch (c.type()) {
                case UUID -> UUID.fromString(text(c, value));
                case TEXT -> text(c, value);
                case INSTANT -> Instant.parse(text(c, value));
                case DATE -> LocalDate.parse(text(c, value));
                case BOOLEAN -> {
                    if (!(value instanceof Boolean b)) {
                        throw new IllegalArgumentException(c.name() + " is not true or false");
                    }
                    yield b;
                }
                case INT -> Math.toIntExact(whole(c, value));
                case LONG -> whole(c, value);
                case DOUBLE -> {
                    if (!(value instanceof Number n)) {
                        throw new IllegalArgumentException(c.name() + " is not a number");
                    }
                    yield n.doubleValue();
                }
            };
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException(c.name() + " has a value of the wrong form", e);
        }
    }

    private static String text(Column c, Object value) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(c.name() + " is not text");
        }
        return s;
    }

    private static long whole(Column c, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException(c.name() + " is not a whole number");
    }

    /** The row with every value in its column's type, ready to bind. */
    static Map<String, Object> typed(Table t, Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            Object v = fromTravel(c, row.get(c.name()));
            out.put(c.name(), v instanceof Instant i ? i : v);
        }
        return out;
    }
}
