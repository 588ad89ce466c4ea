package org.hirewatch.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.exchange.applicants.Applicant;
import org.hirewatch.exchange.applicants.ApplicantFile;
import org.hirewatch.exchange.applicants.ApplicantFileReader;
import org.hirewatch.indicators.Catalogue;

/**
 * The built-in pack of invented applicants for training. The applicants are an ordinary applicants file (so
 * {@code hirewatch check --input} reads the same data); the trainer's expectations live beside it, because that format
 * refuses properties it does not know.
 */
public final class DemoPack {
    public static final String PACK_RESOURCE = "/org/hirewatch/training/demo-pack.json";
    public static final String EXPECTED_RESOURCE = "/org/hirewatch/training/demo-pack-expected.json";
    static final String EXPECTED_FORMAT = "hirewatch-demo-expectations";

    private final ApplicantFile file;
    private final List<DemoCase> cases;

    private DemoPack(ApplicantFile file, List<DemoCase> cases) {
        this.file = file;
        this.cases = List.copyOf(cases);
    }

    public static DemoPack builtIn(Catalogue catalogue) {
        try (InputStream pack = resource(PACK_RESOURCE); InputStream expected = resource(EXPECTED_RESOURCE)) {
            return read(new ApplicantFileReader(catalogue).read(pack), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoPack read(ApplicantFile file, InputStream expectedJson) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(expectedJson);
        if (!EXPECTED_FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a demo expectations file");
        }
        Map<String, DemoExpectation> byId = new HashMap<>();
        for (JsonNode n : root.path("applicants")) {
            DemoExpectation e = new DemoExpectation(n.path("applicant").asText(), n.path("title").asText(),
                    strings(n.path("fires")), strings(n.path("mustNotFire")),
                    RiskBand.valueOf(n.path("band").asText().toUpperCase(Locale.ROOT)), n.path("explanation").asText(),
                    n.path("lesson").asText());
            byId.put(e.applicantId(), e);
        }
        List<DemoCase> cases = new ArrayList<>();
        for (Applicant a : file.applicants()) {
            DemoExpectation e = byId.get(a.id());
            if (e == null) {
                throw new IOException("no expectation for demo applicant " + a.id());
            }
            cases.add(new DemoCase(a, e));
        }
        return new DemoPack(file, cases);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoPack.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    public ApplicantFile file() {
        return file;
    }

    public List<DemoCase> cases() {
        return cases;
    }

    public Optional<DemoCase> find(String applicantId) {
        return cases.stream().filter(c -> c.id().equals(applicantId)).findFirst();
    }
}
