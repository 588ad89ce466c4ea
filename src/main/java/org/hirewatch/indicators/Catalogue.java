package org.hirewatch.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.Severity;

/**
 * The versioned indicator catalogue shipped inside the app ({@code catalogue.json} beside this class). It is data:
 * ids, categories, severities, default weights, check modes, the evidence each indicator reads, parameters and
 * sources. Rules live in code, keyed by indicator id.
 */
public final class Catalogue {
    public static final List<String> CATEGORIES = List.of("IDN", "COM", "LOG", "PAY", "EQP", "WRK", "INT", "XAP");
    private static final String RESOURCE = "catalogue.json";

    private final String version;
    private final String published;
    private final Map<String, IndicatorDefinition> indicators;
    private final Map<String, Source> sources;

    Catalogue(String version, String published, List<IndicatorDefinition> indicators, List<Source> sources) {
        this.version = version;
        this.published = published;
        this.indicators = new LinkedHashMap<>();
        indicators.forEach(i -> this.indicators.put(i.id(), i));
        this.sources = new LinkedHashMap<>();
        sources.forEach(s -> this.sources.put(s.key(), s));
    }

    /** The catalogue built into this version of the app. */
    public static Catalogue builtIn() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Indicator catalogue missing from the application");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalogue parse(JsonNode root) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            sources.add(new Source(s.path("key").asText(), s.path("title").asText(), s.path("date").asText()));
        }
        List<IndicatorDefinition> list = new ArrayList<>();
        for (JsonNode n : root.path("indicators")) {
            List<EvidenceNeed> needs = new ArrayList<>();
            for (JsonNode need : n.path("needs")) {
                Iterator<JsonNode> fields = need.path("fields").elements();
                if (!fields.hasNext()) {
                    needs.add(new EvidenceNeed(need.path("kind").asText(), ""));
                }
                fields.forEachRemaining(f -> needs.add(new EvidenceNeed(need.path("kind").asText(), f.asText())));
            }
            List<ParameterSpec> params = new ArrayList<>();
            for (JsonNode p : n.path("parameters")) {
                params.add(new ParameterSpec(p.path("key").asText(), ParameterSpec.Type.valueOf(p.path("type").asText()),
                        p.path("default").asText(), text(p, "min"), text(p, "max")));
            }
            List<String> src = new ArrayList<>();
            n.path("sources").forEach(s -> src.add(s.asText()));
            list.add(new IndicatorDefinition(n.path("id").asText(), n.path("category").asText(),
                    Severity.valueOf(n.path("severity").asText()), n.path("weight").asDouble(),
                    CheckMode.valueOf(n.path("check").asText()), n.path("crossCase").asBoolean(), needs, params, src,
                    null));
        }
        return new Catalogue(root.path("catalogueVersion").asText(), root.path("published").asText(), list, sources);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    public String version() {
        return version;
    }

    public String published() {
        return published;
    }

    public List<IndicatorDefinition> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<IndicatorDefinition> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    public Optional<Source> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public int size() {
        return indicators.size();
    }

    /** Manual indicators are answered by a person; the rest have rules. */
    public boolean isManual(String id) {
        return indicator(id).map(i -> i.mode() == CheckMode.MANUAL).orElse(false);
    }
}
