package org.hirewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.FieldValidators;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Records one evidence item, with its files, and prints its id. Everything is checked before the workspace is
 * opened; then the item and its files are saved in one transaction, or nothing is.
 */
@Command(name = "add", description = "${bundle:cli.evidence.add.description}")
final class EvidenceAddCommand extends WorkspaceCommand {
    private static final DateTimeFormatter STRICT_MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    @Option(names = "--case", required = true, paramLabel = "<reference>", descriptionKey = "cli.option.case")
    String reference;

    @Option(names = "--kind", required = true, paramLabel = "<kind>", descriptionKey = "cli.evidence.add.kind")
    EvidenceKind kind;

    @Option(names = "--observed", paramLabel = "<YYYY-MM-DD HH:MM>", descriptionKey = "cli.evidence.add.observed")
    String observed;

    @Option(names = "--observed-zone", paramLabel = "<zone>", descriptionKey = "cli.evidence.add.observedZone")
    String observedZone;

    @Option(names = "--source", required = true, paramLabel = "<text>", descriptionKey = "cli.evidence.add.source")
    String source;

    @Option(names = "--field", paramLabel = "<key=value>", descriptionKey = "cli.evidence.add.field")
    List<String> fields = new ArrayList<>();

    @Option(names = "--attach", paramLabel = "<file>", descriptionKey = "cli.evidence.add.attach")
    List<Path> attachments = new ArrayList<>();

    EvidenceAddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Violation> problems = new ArrayList<>();
        String actor = workspace.actor(problems);
        EvidenceDraft draft = draft(problems);
        for (Path f : attachments) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                problems.add(new Violation("attach", "error.fileUnreadable", f.getFileName()));
            }
        }
        if (kind.importedOnly()) {
            problems.add(new Violation("kind", "cli.evidence.importedOnly", code(kind)));
        }
        if (kind.needsAttachment() && attachments.isEmpty()) {
            problems.add(new Violation("attachments", "validation.attachmentRequired"));
        }
        ValidationException.throwIfAny(problems);
        try (Workspace ws = workspace.open(ctx, actor)) {
            CaseFile c = findCase(ws, reference);
            Evidence saved = ws.evidence().add(c.id(), draft, attachments);
            ctx.out().println(saved.id());
        }
        return ExitCodes.OK;
    }

    private EvidenceDraft draft(List<Violation> problems) {
        ZoneId zone = ctx.zone();
        if (observedZone != null) {
            if (FieldValidators.isTimeZone(observedZone)) {
                zone = ZoneId.of(observedZone.strip());
            } else {
                problems.add(new Violation("observedZone", "validation.timeZone"));
            }
        }
        Instant observedAt = Instant.now();
        if (observed != null) {
            LocalDateTime local = parseObserved(observed);
            if (local == null) {
                problems.add(new Violation("observedAt", "validation.dateTime"));
            } else {
                observedAt = local.atZone(zone).toInstant();
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : fields) {
            int eq = f.indexOf('=');
            String key = eq < 0 ? "" : f.substring(0, eq).strip();
            if (key.isEmpty()) {
                problems.add(new Violation("field", "cli.evidence.fieldSyntax"));
            } else if (kind.field(key).isEmpty()) {
                problems.add(new Violation(key, "cli.evidence.unknownField", key, code(kind), fieldList(kind)));
            } else if (values.containsKey(key)) {
                problems.add(new Violation(key, "cli.evidence.duplicateField"));
            } else {
                values.put(key, f.substring(eq + 1));
            }
        }
        EvidenceDraft draft = new EvidenceDraft(kind, observedAt, source, values);
        problems.addAll(draft.validate());
        return draft;
    }

    /**
     * "YYYY-MM-DD HH:MM" or "YYYY-MM-DD", strictly: 2026-02-30 is refused rather than moved to the 28th, as the
     * lenient resolver of a plain pattern would do.
     */
    static LocalDateTime parseObserved(String s) {
        String v = s.strip().replace('T', ' ');
        try {
            return LocalDateTime.parse(v, STRICT_MINUTES);
        } catch (DateTimeParseException e) {
            LocalDate d = FieldValidators.parseDate(v);
            return d == null ? null : d.atStartOfDay();
        }
    }

    static String code(EvidenceKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    private static String fieldList(EvidenceKind k) {
        return k.fields().stream().map(EvidenceField::key).collect(Collectors.joining(", "));
    }

    /** Help footer lines: each kind with its fields; '*' marks required fields, choices are listed. */
    static List<String> kindsHelp() {
        List<String> lines = new ArrayList<>();
        for (EvidenceKind k : EvidenceKind.values()) {
            if (k.importedOnly()) {
                continue;
            }
            lines.add("  " + code(k));
            List<String> parts = new ArrayList<>();
            for (EvidenceField f : k.fields()) {
                String p = f.key() + (f.required() ? "*" : "");
                if (f.type() == FieldType.CHOICE && !f.choices().isEmpty()) {
                    p += " (" + String.join("|", f.choices()) + ")";
                }
                parts.add(p);
            }
            lines.addAll(HelpText.wrap(String.join(", ", parts), "      ", "      "));
        }
        return lines;
    }
}
