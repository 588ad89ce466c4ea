package org.hirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.Test;

/**
 * How long the case list takes to load with 100,000 generated cases (the issue's "done" figure). Not a timed unit
 * test: it asserts only that each query returns what it should, and prints the figures. Run it with
 * {@code mvn -B -q -Pbench test}. Settings (system properties): {@code bench.cases} (100000), {@code bench.runs} (10),
 * {@code bench.warmup} (3), {@code bench.folder} (a folder to keep and reuse the generated workspace; default: a
 * temporary folder deleted afterwards), {@code bench.compact} (false; true compacts the database before measuring, as
 * after H2's SHUTDOWN COMPACT). With {@code bench.runs=0} it only generates.
 *
 * <p>Every generated person is invented: names from syllables, emails under {@code .test}, phone numbers in the
 * fictional 555-01xx range, IP addresses from the documentation ranges (RFC 5737, RFC 3849).
 */
class CaseListBenchmark {
    static final char[] PASS = "benchmark passphrase".toCharArray();
    static final String[] SYLLABLES = {"ka", "ren", "tho", "vel", "mur", "sa", "lin", "dor", "qui", "zan", "bex", "ol",
            "tar", "nim", "vos", "ely", "gran", "pho", "sku", "wen", "dra", "mik", "yor", "ast", "bel", "cor", "fen", "hul"};
    static final String[] ROLES = {"Backend engineer", "Frontend developer", "Mobile developer", "Data engineer",
            "DevOps contractor", "QA engineer", "Blockchain developer", "Full-stack developer"};
    static final String[] TAGS = {"payroll", "laptop-farm", "vpn", "referral", "contractor", "urgent-hire"};
    static final String[] ASSIGNEES = {"inv.alvaro", "inv.brenna", "inv.chidi", "inv.dagny", "inv.emeka", "inv.farah"};
    static final String[] SOURCES = {"CV", "LinkedIn", "Passport scan", "Payroll form", "Email signature"};
    static final Instant OBSERVED = Instant.parse("2026-02-01T10:00:00Z");

    final int cases = Integer.getInteger("bench.cases", 100_000);
    final int runs = Integer.getInteger("bench.runs", 10);
    final int warmup = Integer.getInteger("bench.warmup", 3);

    @Test
    void caseList() throws Exception {
        String keep = System.getProperty("bench.folder", "");
        Path folder = keep.isBlank() ? Files.createTempDirectory("hirewatch-bench-").resolve("ws") : Path.of(keep);
        try {
            long generationMs = -1;
            if (!Files.exists(folder.resolve("workspace.properties"))) {
                generationMs = generate(folder);
            }
            if (Boolean.getBoolean("bench.compact")) {
                compact(folder);
            }
            if (runs > 0) { // bench.runs=0 only generates (with bench.folder, to measure later)
                run(folder, generationMs);
            }
        } finally {
            if (keep.isBlank()) {
                deleteTree(folder.getParent());
            }
        }
    }

    /** Rewrites the database with only its live pages, in order (H2 SHUTDOWN COMPACT), and prints the sizes. */
    private static void compact(Path folder) throws IOException {
        Path db = folder.resolve("hirewatch.mv.db");
        long before = Files.size(db);
        long t0 = System.nanoTime();
        Workspace ws = Workspace.open(folder, PASS, "bench");
        try {
            BenchAccess.withConnection(ws, c -> {
                try (var st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
                return null;
            });
        } finally {
            ws.close(); // the database is already shut down; this releases the pool and the folder
        }
        System.out.printf(Locale.ROOT, "Compacted %.0f MB to %.0f MB in %.1f s%n", before / 1e6, Files.size(db) / 1e6,
                (System.nanoTime() - t0) / 1e9);
    }

    private long generate(Path folder) {
        Random rnd = new Random(20260314);
        long t0 = System.nanoTime();
        long evidenceItems = 0;
        long notes = 0;
        long tCases = 0;
        long tEvidence = 0;
        long tNotes = 0;
        try (Workspace ws = Workspace.create(folder, PASS, KdfParams.fresh(1000), "bench")) {
            int batch = 1000;
            for (int start = 0; start < cases; start += batch) {
                List<CaseDetails> details = new ArrayList<>(batch);
                for (int i = start; i < Math.min(cases, start + batch); i++) {
                    details.add(inventCase(rnd, i));
                }
                long ta = System.nanoTime();
                List<CaseFile> created = ws.cases().createAll(details);
                tCases += System.nanoTime() - ta;
                Map<UUID, List<EvidenceDraft>> evidence = new LinkedHashMap<>();
                for (CaseFile c : created) {
                    List<EvidenceDraft> items = inventEvidence(rnd, c);
                    evidenceItems += items.size();
                    evidence.put(c.id(), items);
                }
                ta = System.nanoTime();
                ws.evidence().addAll(evidence);
                tEvidence += System.nanoTime() - ta;
                ta = System.nanoTime();
                for (CaseFile c : created) {
                    if (rnd.nextInt(10) == 0) {
                        ws.notes().addToCase(c.id(), "Call with " + c.subject().primaryName() + ": camera "
                                + (rnd.nextBoolean() ? "stayed off" : "froze twice") + ", asked to be paid via a third party.");
                        notes++;
                    }
                }
                tNotes += System.nanoTime() - ta;
                if ((start / batch) % 10 == 9) {
                    System.out.printf(Locale.ROOT, "  generated %,d cases in %.0f s%n", start + batch, (System.nanoTime() - t0) / 1e9);
                }
            }
            assertThat(ws.cases().count()).isEqualTo(cases);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "  of which cases %.1f s, evidence %.1f s, notes %.1f s%n", tCases / 1e9, tEvidence / 1e9, tNotes / 1e9);
        System.out.printf(Locale.ROOT, "Generated %,d cases, %,d evidence items, %,d notes in %.1f s (%.2f ms per case)%n",
                cases, evidenceItems, notes, ms / 1000.0, (double) ms / cases);
        return ms;
    }

    static String invent(Random rnd, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    static CaseDetails inventCase(Random rnd, int n) {
        String first = invent(rnd, 2 + rnd.nextInt(2));
        String last = invent(rnd, 2 + rnd.nextInt(2));
        List<NameSpelling> names = new ArrayList<>();
        names.add(new NameSpelling(first + " " + last, "CV"));
        if (rnd.nextBoolean()) {
            names.add(new NameSpelling(last.toUpperCase(Locale.ROOT) + " " + first, SOURCES[2]));
        }
        if (rnd.nextInt(4) == 0) {
            names.add(new NameSpelling(first.charAt(0) + ". " + last, SOURCES[1 + rnd.nextInt(SOURCES.length - 1)]));
        }
        int p = rnd.nextInt(100);
        CaseStatus status = p < 30 ? CaseStatus.NEW : p < 55 ? CaseStatus.IN_REVIEW : p < 75 ? CaseStatus.ESCALATED
                : p < 85 ? CaseStatus.REPORTED : CaseStatus.CLOSED;
        Decision decision = status.needsDecision() ? (rnd.nextBoolean() ? Decision.CLEARED : Decision.NOT_CLEARED)
                : Decision.UNDECIDED;
        List<String> tags = new ArrayList<>();
        for (int t = rnd.nextInt(3); t > 0; t--) {
            String tag = TAGS[rnd.nextInt(TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        Subject subject = new Subject(names, "Examplestan", "Sample City", rnd.nextBoolean() ? "America/Chicago" : "Europe/Berlin",
                "", ROLES[rnd.nextInt(ROLES.length)], rnd.nextBoolean() ? "Job board" : "Staffing firm", "");
        return new CaseDetails(subject.role() + " applicant #" + n, status, decision,
                decision == Decision.UNDECIDED ? "" : "Generated decision for the benchmark.",
                Priority.values()[rnd.nextInt(Priority.values().length)], ASSIGNEES[rnd.nextInt(ASSIGNEES.length)], tags,
                rnd.nextBoolean() ? LocalDate.of(2030, 1, 1) : null, rnd.nextInt(50) == 0, subject);
    }

    static List<EvidenceDraft> inventEvidence(Random rnd, CaseFile c) {
        String[] name = c.subject().primaryName().toLowerCase(Locale.ROOT).split(" ");
        List<EvidenceDraft> out = new ArrayList<>();
        out.add(new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, OBSERVED, "CV", Map.of(
                "email", name[0] + "." + name[1] + rnd.nextInt(100) + "@mail-example.test",
                "phone", String.format(Locale.ROOT, "+1 202 555 01%02d", rnd.nextInt(100)),
                "lineType", rnd.nextBoolean() ? "voip" : "mobile")));
        out.add(new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, OBSERVED.plusSeconds(rnd.nextInt(86_400 * 30)), "IdP export",
                Map.of("ipAddress", rnd.nextInt(5) == 0 ? "2001:db8::" + Integer.toHexString(rnd.nextInt(65_536))
                                : new String[] {"192.0.2.", "198.51.100.", "203.0.113."}[rnd.nextInt(3)] + rnd.nextInt(256),
                        "country", rnd.nextBoolean() ? "US" : "CN", "vpnOrProxy", rnd.nextBoolean() ? "yes" : "unknown")));
        if (rnd.nextBoolean()) {
            out.add(new EvidenceDraft(EvidenceKind.ONLINE_PROFILE, OBSERVED, "web", Map.of("platform", "github",
                    "profileUrl", "https://code-host.example.test/" + name[0] + name[1], "accountCreated", "2025-12-01")));
        }
        if (rnd.nextInt(4) == 0) {
            out.add(new EvidenceDraft(EvidenceKind.PAYMENT_PAYOUT, OBSERVED, "payroll form", Map.of("payoutMethod", "crypto",
                    "walletAddress", "bc1q" + Long.toHexString(rnd.nextLong()))));
        }
        return out;
    }

    record Row(UUID id, String reference, String title) {
    }

    private void run(Path folder, long generationMs) throws Exception {
        long t0 = System.nanoTime();
        Workspace ws = Workspace.open(folder, PASS, "bench");
        long openMs = (System.nanoTime() - t0) / 1_000_000;
        try (ws) {
            long total = ws.cases().count();
            // The first load after opening is what a user waits for; measured once, before any warm-up.
            t0 = System.nanoTime();
            List<CaseSummary> first = ws.cases().list(CaseQuery.all());
            double firstMs = (System.nanoTime() - t0) / 1e6;
            assertThat(first).hasSize((int) total);

            // A surname that occurs in the data, picked from a row in the middle of the list.
            String someone = first.get(first.size() / 2).subjectName();
            String surname = someone.substring(someone.lastIndexOf(' ') + 1);
            CaseQuery text = CaseQuery.all().withText(surname);
            CaseQuery emailPart = CaseQuery.all().withText("@mail-example.test");
            CaseQuery status = new CaseQuery("", CaseStatus.ESCALATED, "", "", 0);
            CaseQuery tag = new CaseQuery("", null, "vpn", "", 0);
            String cacheMb = BenchAccess.withConnection(ws, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM information_schema.settings"
                        + " WHERE setting_name = 'info.CACHE_MAX_SIZE'"); ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "?";
                }
            });

            Supplier<List<Row>> baseline = () -> BenchAccess.withConnection(ws, c -> {
                List<Row> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, reference, title FROM hw_case")) {
                    ps.setFetchSize(2000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                        }
                    }
                }
                return rows;
            });

            Stats base = measure(() -> baseline.get().size(), (int) total);
            Stats all = measure(() -> ws.cases().list(CaseQuery.all()).size(), (int) total);
            int textHits = ws.cases().list(text).size();
            Stats textStats = measure(() -> ws.cases().list(text).size(), textHits);
            int emailHits = ws.cases().list(emailPart).size();
            Stats emailStats = measure(() -> ws.cases().list(emailPart).size(), emailHits);
            int statusHits = ws.cases().list(status).size();
            Stats statusStats = measure(() -> ws.cases().list(status).size(), statusHits);
            int tagHits = ws.cases().list(tag).size();
            Stats tagStats = measure(() -> ws.cases().list(tag).size(), tagHits);

            long dbBytes = Files.size(folder.resolve("hirewatch.mv.db"));
            System.out.println();
            System.out.printf(Locale.ROOT, "Case-list benchmark: %,d cases, database %.0f MB, H2 cache %s MB, Java %s, %d cores,"
                    + " max heap %d MB%n", total, dbBytes / 1e6, cacheMb, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1_000_000);
            if (generationMs >= 0) {
                System.out.printf(Locale.ROOT, "  generation: %.1f s%n", generationMs / 1000.0);
            }
            System.out.printf(Locale.ROOT, "  open workspace (KDF 1000 iterations, no migration): %d ms%n", openMs);
            System.out.printf(Locale.ROOT, "  first full list after open: %.0f ms%n", firstMs);
            System.out.printf(Locale.ROOT, "  %d warm-up + %d measured runs each%n", warmup, runs);
            System.out.printf(Locale.ROOT, "  %-52s %8s %10s %8s %9s%n", "query", "rows", "median ms", "p95 ms", "x base");
            print("baseline: JDBC SELECT id, reference, title", total, base, base);
            print("list(CaseQuery.all())", total, all, base);
            print("text search \"" + surname + "\"", textHits, textStats, base);
            print("text search \"@mail-example.test\" (identifiers)", emailHits, emailStats, base);
            print("status filter ESCALATED", statusHits, statusStats, base);
            print("tag filter \"vpn\"", tagHits, tagStats, base);
            System.out.println();
        }
    }

    record Stats(double median, double p95) {
    }

    private Stats measure(Supplier<Integer> query, int expectedRows) {
        for (int i = 0; i < warmup; i++) {
            assertThat(query.get()).isEqualTo(expectedRows);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            int n = query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            assertThat(n).isEqualTo(expectedRows);
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        double p95 = ms[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)];
        return new Stats(median, p95);
    }

    private static void print(String label, long rows, Stats s, Stats base) {
        System.out.printf(Locale.ROOT, "  %-52s %,8d %10.1f %8.1f %8.1fx%n", label, rows, s.median(), s.p95(), s.median() / base.median());
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
