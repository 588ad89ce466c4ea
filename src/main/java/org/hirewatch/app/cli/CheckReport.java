package org.hirewatch.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.Finding;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.IndicatorConfig;

/**
 * Prints check results, case by case as they come, so that a run over every case never holds all of them: JSON (one
 * object with a list of results) or readable text (per case a table of findings, then the risk and coverage).
 */
final class CheckReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The text table keeps at least this many columns for the finding, however wide the other columns are. */
    private static final int MIN_FINDING_WIDTH = 30;
    /** Text output names the evidence kinds most worth collecting, at most this many. */
    private static final int COLLECT_NEXT = 5;

    /** One case or applicant: how it is named, its results, and how to name the evidence its findings cite. */
    record Entry(String labelField, String label, String subjectName, Assessment assessment, List<Finding> findings,
                 Function<UUID, String> evidenceLabel) {
    }

    private final PrintStream out;
    private final Texts texts;
    private final Output.SimpleFormat format;
    private final IndicatorConfig config;
    private JsonGenerator json;
    private boolean first = true;

    CheckReport(PrintStream out, Texts texts, Output.SimpleFormat format, IndicatorConfig config) {
        this.out = out;
        this.texts = texts;
        this.format = format;
        this.config = config;
    }

    void begin() {
        if (format != Output.SimpleFormat.JSON) {
            return;
        }
        try {
            json = JSON.getFactory().createGenerator(writer(out)).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("catalogueVersion", config.catalogue().version());
            json.writeStringField("notice", texts.get("cli.check.notice"));
            json.writeArrayFieldStart("results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(Entry e) {
        if (format == Output.SimpleFormat.JSON) {
            try {
                json.writeObject(json(e));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        } else {
            text(e);
        }
        first = false;
    }

    void end() {
        if (format == Output.SimpleFormat.JSON) {
            try {
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        } else {
            out.println();
            HelpText.wrap(texts.get("cli.check.notice"), "", "").forEach(out::println);
        }
        out.flush();
    }

    // ---- JSON ----

    private Map<String, Object> json(Entry e) {
        Assessment a = e.assessment();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(e.labelField(), e.label());
        m.put("subject", e.subjectName());
        m.put("catalogueVersion", a.catalogueVersion());
        m.put("score", a.score());
        m.put("band", Output.code(a.band()));
        m.put("openFindings", a.openFindings());
        m.put("confirmedFindings", a.confirmedFindings());
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("evaluated", a.evaluated());
        coverage.put("applicable", a.applicable());
        coverage.put("percent", a.coveragePercent());
        List<Map<String, Object>> missing = new ArrayList<>();
        for (Assessment.MissingCheck mc : a.notEvaluated()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("indicator", mc.indicatorId());
            one.put("missing", mc.missing().stream().map(n -> {
                Map<String, String> need = new LinkedHashMap<>();
                need.put("kind", n.kind());
                need.put("field", n.field());
                return need;
            }).toList());
            missing.add(one);
        }
        coverage.put("notEvaluated", missing);
        m.put("coverage", coverage);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : e.findings()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("indicator", f.indicatorId());
            one.put("title", title(f));
            one.put("severity", Output.code(f.severity()));
            one.put("mode", Output.code(f.mode()));
            one.put("state", Output.code(f.state()));
            one.put("explanation", explanation(f));
            one.put("messageKey", f.messageKey());
            one.put("args", f.args());
            one.put("evidence", f.evidenceIds().stream().map(e.evidenceLabel()).toList());
            one.put("catalogueVersion", f.catalogueVersion());
            findings.add(one);
        }
        m.put("findings", findings);
        return m;
    }

    // ---- text ----

    private void text(Entry e) {
        if (!first) {
            out.println();
        }
        Assessment a = e.assessment();
        out.println(Texts.printable(e.label()) + (e.subjectName().isBlank() ? "" : "  " + Texts.printable(e.subjectName())));
        HelpText.wrap(texts.get("cli.check.text.risk", texts.get(a.band().messageKey()), a.score(), a.evaluated(),
                a.applicable(), a.coveragePercent(), a.notEvaluated().size()), "", "  ").forEach(out::println);
        String collect = collectNext(a);
        if (!collect.isEmpty()) {
            HelpText.wrap(texts.get("cli.check.text.collectNext", collect), "", "  ").forEach(out::println);
        }
        if (e.findings().isEmpty()) {
            out.println(texts.get("cli.check.text.noFindings"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (Finding f : e.findings()) {
            rows.add(new String[] {Texts.printable(f.indicatorId()), texts.get(f.severity().messageKey()),
                    texts.get(f.state().messageKey())});
        }
        String[] heading = {texts.get("cli.check.column.indicator"), texts.get("cli.check.column.severity"),
                texts.get("cli.check.column.state")};
        int[] width = new int[heading.length];
        for (int i = 0; i < heading.length; i++) {
            width[i] = heading[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        out.println(cells(heading, width) + texts.get("cli.check.column.finding"));
        String indent = " ".repeat(Math.min(cells(heading, width).length(), HelpText.WIDTH - MIN_FINDING_WIDTH));
        for (int i = 0; i < rows.size(); i++) {
            Finding f = e.findings().get(i);
            String left = cells(rows.get(i), width);
            List<String> lines = new ArrayList<>();
            if (left.length() > indent.length()) { // a very wide label: the finding starts on the next line
                lines.add(left.stripTrailing());
                left = indent;
            }
            lines.addAll(HelpText.wrap(title(f), left, indent));
            lines.addAll(HelpText.wrap(explanation(f), indent, indent));
            if (!f.evidenceIds().isEmpty()) {
                lines.addAll(HelpText.wrap(texts.get("cli.check.text.evidence", f.evidenceIds().stream()
                        .map(e.evidenceLabel()).map(Texts::printable).collect(Collectors.joining(", "))), indent, indent));
            }
            lines.forEach(out::println);
        }
    }

    private static String cells(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]).append(" ".repeat(width[i] - cells[i].length() + 2));
        }
        return sb.toString();
    }

    /** The kinds of evidence that would let most of the unevaluated indicators run, most useful first. */
    private String collectNext(Assessment a) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (Assessment.MissingCheck mc : a.notEvaluated()) {
            Set<String> kinds = new HashSet<>();
            mc.missing().forEach(n -> kinds.add(n.kind()));
            kinds.forEach(k -> byKind.merge(k, 1, Integer::sum));
        }
        return byKind.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(COLLECT_NEXT)
                .map(en -> texts.get("cli.check.text.needCount", needLabel(en.getKey()), en.getValue()))
                .collect(Collectors.joining(", "));
    }

    private String needLabel(String kind) {
        if (EvidenceNeed.SUBJECT.equals(kind)) {
            return texts.get("cli.check.need.subject");
        }
        if (CheckEngine.CHECKLIST.equals(kind)) {
            return texts.get("cli.check.need.checklist");
        }
        String key = "evidence.kind." + kind.toLowerCase(Locale.ROOT);
        return texts.has(key) ? texts.get(key) : Texts.printable(kind);
    }

    // ---- shared ----

    private String title(Finding f) {
        String custom = config.get(f.indicatorId()).map(x -> x.definition().customTitle()).orElse(null);
        if (custom != null) {
            return Texts.printable(custom);
        }
        String key = "indicator." + f.indicatorId() + ".title";
        return texts.has(key) ? texts.get(key) : Texts.printable(f.indicatorId());
    }

    /** The explanation in words; the key and its values as they are when this version has no text for the key. */
    private String explanation(Finding f) {
        if (texts.has(f.messageKey())) {
            return texts.get(f.messageKey(), f.args());
        }
        return Texts.printable(f.messageKey() + " " + String.join(", ", f.args()));
    }

    private static Writer writer(PrintStream ps) {
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                ps.append(CharBuffer.wrap(cbuf, off, len));
            }

            @Override
            public void flush() {
                ps.flush();
            }

            @Override
            public void close() {
                ps.flush();
            }
        };
    }
}
