package org.hirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierNormalizer;
import org.hirewatch.links.LinkService;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's link benchmark: a workspace of 100,000 cases holding 1,000,000 indexed identifiers; "find all cases linked
 * to one case" ({@link LinkService#forCase}) over many random cases, p95 target under 20 ms. It prints median and p95
 * and the query plan of the look-up it relies on. Run it with {@code mvn -B -q -Pbench test -Dtest=LinkBenchmark}.
 * <p>
 * The data is written with batched plain SQL (not through the services, which would take hours), normalised by the same
 * normaliser the app uses, and cached in {@code target/bench-links/generated} while its settings match. Each case has
 * one contact item (email, phone, handle), one shipping item (address, device serial) and five sign-ins (IP): ten
 * identifiers. One case in ten belongs to a ring of three to eight sharing an address, a phone or a VPN exit; a few
 * values are shared by many cases (over the frequency cap) so "common" is exercised. Invented values only: example
 * domains, 555-01xx numbers, documentation IP ranges.
 * <p>
 * Settings: {@code bench.cases} (100000), {@code bench.lookups} (2000), {@code bench.warmup} (300).
 */
class LinkBenchmark {
    static final char[] PASS = "benchmark passphrase".toCharArray();
    static final int GENERATOR_VERSION = 1;
    static final long SEED = 20261201L;
    final int cases = Integer.getInteger("bench.cases", 100_000);
    final int lookups = Integer.getInteger("bench.lookups", 2_000);
    final int warmup = Integer.getInteger("bench.warmup", 300);
    final Path base = Path.of(System.getProperty("bench.folder", "target/bench-links"));

    @Test
    void linkedCasesOfOneCase() throws Exception {
        Path folder = base.resolve("generated");
        Properties wanted = new Properties();
        wanted.setProperty("generator", Integer.toString(GENERATOR_VERSION));
        wanted.setProperty("cases", Integer.toString(cases));
        wanted.setProperty("normalizer", IdentifierNormalizer.current().version());
        Path marker = folder.resolve("bench.properties");
        if (!matches(marker, wanted)) {
            deleteTree(folder);
            long t0 = System.nanoTime();
            long ids = generate(folder);
            try (OutputStream out = Files.newOutputStream(marker)) {
                wanted.store(out, "generated");
            }
            System.out.printf(Locale.ROOT, "Generated %,d cases with %,d identifiers in %.0f s%n", cases, ids,
                    (System.nanoTime() - t0) / 1e9);
        }
        try (Workspace ws = Workspace.open(folder, PASS, "bench")) {
            long identifiers = BenchAccess.withConnection(ws, c -> count(c, "SELECT COUNT(*) FROM evidence_identifier"));
            List<UUID> all = BenchAccess.withConnection(ws, c -> {
                List<UUID> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM hw_case")) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }
                return out;
            });
            assertThat(all).hasSize(cases);
            LinkService links = new LinkService(ws);
            Random rnd = new Random(SEED + 1);
            for (int i = 0; i < warmup; i++) {
                links.forCase(all.get(rnd.nextInt(all.size())));
            }
            double[] ms = new double[lookups];
            long linkedTotal = 0;
            int withLinks = 0;
            for (int i = 0; i < lookups; i++) {
                UUID c = all.get(rnd.nextInt(all.size()));
                long t = System.nanoTime();
                LinkService.CaseLinks l = links.forCase(c);
                ms[i] = (System.nanoTime() - t) / 1e6;
                int n = l.linkedCases().size();
                linkedTotal += n;
                withLinks += n > 0 ? 1 : 0;
            }
            Arrays.sort(ms);
            String plan = BenchAccess.withConnection(ws, c -> {
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + org.hirewatch.store.LinkStore.MATCH_KEYS
                        .replace(":c", "RANDOM_UUID()").replace(":rows", "44").replace(":net", "TRUE"))) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1).replaceAll("\\s+", " ");
                    }
                }
            });
            System.out.printf(Locale.ROOT, "%nLink look-up benchmark: %,d cases, %,d identifiers%n", cases, identifiers);
            System.out.printf(Locale.ROOT, "  find all cases linked to one case (LinkService.forCase), %,d random cases"
                    + " after %,d warm-up:%n", lookups, warmup);
            System.out.printf(Locale.ROOT, "  median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", ms[ms.length / 2],
                    ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1]);
            System.out.printf(Locale.ROOT, "  %d of %d looked-up cases had linked cases (%.2f on average)%n", withLinks,
                    lookups, linkedTotal / (double) lookups);
            System.out.printf(Locale.ROOT, "  target (issue 4): p95 < 20 ms%n");
            System.out.printf(Locale.ROOT, "  one self-join per look-up: evidence_identifier_case (case_id) for the case's"
                    + " own values, evidence_identifier_value (kind, norm_value) and evidence_identifier_near (kind, near_key)"
                    + " per value; details read for the matches only%n");
            System.out.printf(Locale.ROOT, "  plan: %s%n", plan);
        }
    }

    private long generate(Path folder) throws IOException {
        Files.createDirectories(folder);
        Random rnd = new Random(SEED);
        int ringCases = cases / 10;
        long[] written = {0};
        try (Workspace ws = Workspace.create(folder, PASS, KdfParams.fresh(1000), "bench")) {
            BenchAccess.withConnection(ws, c -> {
                c.setAutoCommit(false);
                Timestamp now = Timestamp.from(Instant.parse("2026-01-05T08:00:00Z"));
                try (PreparedStatement pc = c.prepareStatement("INSERT INTO hw_case (id, reference, title, status,"
                        + " decision, decision_rationale, priority, assignee, retention_date, legal_hold, created_at,"
                        + " updated_at, version) VALUES (?, ?, ?, 'NEW', 'UNDECIDED', '', 'NORMAL', '', NULL, FALSE, ?, ?, 1)");
                     PreparedStatement ps = c.prepareStatement("INSERT INTO subject (case_id, primary_name, names_json,"
                             + " names_text, claimed_country, claimed_city, claimed_time_zone, claimed_nationality, job_role,"
                             + " hiring_channel, staffing_firm) VALUES (?, ?, '[]', ?, '', '', '', '', '', '', '')");
                     PreparedStatement pe = c.prepareStatement("INSERT INTO evidence (id, case_id, kind, observed_at,"
                             + " recorded_at, recorded_by, source, payload, version) VALUES (?, ?, ?, ?, ?, 'bench', 'bench', ?, 1)");
                     PreparedStatement pi = c.prepareStatement("INSERT INTO evidence_identifier (evidence_id, case_id, kind,"
                             + " field, raw_value, norm_value, near_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    int ringStart = 0;
                    int ringSize = 0;
                    for (int i = 0; i < cases; i++) {
                        UUID caseId = new UUID(0x1111L, i);
                        pc.setObject(1, caseId);
                        pc.setString(2, String.format(Locale.ROOT, "HW-2026-%06d", i + 1));
                        pc.setString(3, "Generated case " + i);
                        pc.setTimestamp(4, now);
                        pc.setTimestamp(5, now);
                        pc.addBatch();
                        String name = "Person" + i + " Example";
                        ps.setObject(1, caseId);
                        ps.setString(2, name);
                        ps.setString(3, name);
                        ps.addBatch();
                        if (i < ringCases && i >= ringStart + ringSize) {
                            ringStart = i;
                            ringSize = 3 + rnd.nextInt(6);
                        }
                        int ring = i < ringCases ? ringStart : -1;
                        String email = "person" + i + "@example." + (i % 2 == 0 ? "com" : "org");
                        String phone = ring >= 0 && rnd.nextBoolean() ? phone(ring) : phone(i);
                        String handle = "@person_" + i;
                        String address = ring >= 0 && rnd.nextBoolean() ? ring + " Example Street, Apt. 1"
                                : i + " Example Avenue, Unit " + (i % 50);
                        String serial = "SN-" + Integer.toHexString(i * 7919 + 17).toUpperCase(Locale.ROOT);
                        UUID contact = new UUID(0x2222L, i);
                        UUID shipping = new UUID(0x3333L, i);
                        evidence(pe, contact, caseId, "CONTACT_CHANNEL", now);
                        identifier(pi, contact, caseId, IdentifierKind.EMAIL, "email", email);
                        identifier(pi, contact, caseId, IdentifierKind.PHONE, "phone", phone);
                        identifier(pi, contact, caseId, IdentifierKind.HANDLE, "messagingHandle", handle);
                        evidence(pe, shipping, caseId, "EQUIPMENT_SHIPPING", now);
                        identifier(pi, shipping, caseId, IdentifierKind.ADDRESS, "shipToAddress", address);
                        identifier(pi, shipping, caseId, IdentifierKind.DEVICE, "serialNumber", serial);
                        for (int s = 0; s < 5; s++) {
                            UUID signIn = new UUID(0x4444L + s, i);
                            evidence(pe, signIn, caseId, "SIGN_IN_RECORD", now);
                            String ip;
                            if (ring >= 0 && s == 0) {
                                ip = "203.0.113." + (ring % 250 + 1); // the ring's VPN exit
                            } else if (s == 1 && i % 1000 == 0) {
                                ip = "198.51.100.7"; // one busy exit used by a hundred cases: over the cap
                            } else {
                                ip = String.format(Locale.ROOT, "2001:db8:%x:%x::%x", i >> 16, i & 0xffff, s + 1);
                            }
                            identifier(pi, signIn, caseId, IdentifierKind.IP, "ipAddress", ip);
                        }
                        written[0] += 10;
                        if (i % 1000 == 999) {
                            pc.executeBatch();
                            ps.executeBatch();
                            pe.executeBatch();
                            pi.executeBatch();
                            c.commit();
                        }
                    }
                    pc.executeBatch();
                    ps.executeBatch();
                    pe.executeBatch();
                    pi.executeBatch();
                    c.commit();
                }
                try (PreparedStatement v = c.prepareStatement("MERGE INTO workspace_info (info_key, info_value) KEY (info_key)"
                        + " VALUES ('identifier.normalizer', ?)")) {
                    v.setString(1, IdentifierNormalizer.current().version());
                    v.execute();
                }
                c.commit();
                c.setAutoCommit(true);
                return null;
            });
        }
        return written[0];
    }

    private static String phone(int n) {
        return String.format(Locale.ROOT, "+1 %03d 555 01%02d", 201 + n / 100 % 700, n % 100);
    }

    private static void evidence(PreparedStatement pe, UUID id, UUID caseId, String kind, Timestamp at) throws java.sql.SQLException {
        pe.setObject(1, id);
        pe.setObject(2, caseId);
        pe.setString(3, kind);
        pe.setTimestamp(4, at);
        pe.setTimestamp(5, at);
        pe.setString(6, "{}");
        pe.addBatch();
    }

    private static void identifier(PreparedStatement pi, UUID evidence, UUID caseId, IdentifierKind kind, String field,
                                   String value) throws java.sql.SQLException {
        Identifier id = Identifier.of(kind, field, value);
        pi.setObject(1, evidence);
        pi.setObject(2, caseId);
        pi.setString(3, kind.name());
        pi.setString(4, field);
        pi.setString(5, id.value());
        pi.setString(6, id.normalized());
        pi.setString(7, id.nearKey());
        pi.addBatch();
    }

    private static long count(Connection c, String sql) throws java.sql.SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean matches(Path marker, Properties wanted) throws IOException {
        if (!Files.exists(marker)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            p.load(in);
        }
        return p.equals(wanted);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
