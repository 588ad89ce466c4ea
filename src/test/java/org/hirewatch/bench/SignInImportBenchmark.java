package org.hirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Subject;
import org.hirewatch.signins.CsvLogReader;
import org.hirewatch.signins.CsvMapping;
import org.hirewatch.signins.ParsedLog;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a sign-in CSV of 1,000,000 rows (read, checked, stored with its evidence item in one transaction) against
 * H2's own CSVREAD into a plain table of the same (encrypted) database, in the same run. Target: ratio at least 0.5.
 * Run with {@code mvn -B -q -Pbench test -Dtest=SignInImportBenchmark}; {@code -Dsignins.rows=N} changes the size.
 */
class SignInImportBenchmark {
    @TempDir
    Path dir;

    @Test
    void importAMillionSignIns() throws Exception {
        int rows = Integer.getInteger("signins.rows", 1_000_000);
        Path csv = dir.resolve("signins.csv");
        generate(csv, rows);
        System.out.printf(Locale.ROOT, "Generated %,d sign-in rows (%.0f MB)%n", rows, Files.size(csv) / 1e6);
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "correct horse battery staple".toCharArray(),
                KdfParams.fresh(1000), "bench")) {
            CaseFile c = ws.cases().create(CaseDetails.newCase("Benchmark", Subject.named("Dana Example")));
            // H2's own reader into a plain table, same database, same file: the baseline
            long t0 = System.nanoTime();
            long baselineRows = BenchAccess.withConnection(ws, conn -> {
                try (Statement st = conn.createStatement()) {
                    st.execute("CREATE TABLE bench_plain AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath()
                            .toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
                    try (var rs = st.executeQuery("SELECT COUNT(*) FROM bench_plain")) {
                        rs.next();
                        long n = rs.getLong(1);
                        st.execute("DROP TABLE bench_plain");
                        return n;
                    }
                }
            });
            double baseline = (System.nanoTime() - t0) / 1e9;
            assertThat(baselineRows).isEqualTo(rows);

            long t1 = System.nanoTime();
            ParsedLog parsed = CsvLogReader.read(csv, CsvMapping.guess(java.util.List.of("time", "account", "ip",
                    "country", "city", "latitude", "longitude", "asn", "organisation", "vpn", "device", "outcome")));
            double parse = (System.nanoTime() - t1) / 1e9;
            Evidence item = ws.signIns().importLog(c.id(), parsed.goodRows(""));
            double total = (System.nanoTime() - t1) / 1e9;
            assertThat(parsed.problems()).isEmpty();
            assertThat(item.value("rowCount")).isEqualTo(String.valueOf(rows));

            System.out.printf(Locale.ROOT, "%-40s %10s %14s %8s%n", "sign-in import, " + String.format(Locale.ROOT,
                    "%,d", rows) + " rows", "seconds", "rows/s", "ratio");
            System.out.printf(Locale.ROOT, "%-40s %10.2f %,14.0f %8.2f%n", "H2 CSVREAD into a plain table", baseline,
                    rows / baseline, 1.0);
            System.out.printf(Locale.ROOT, "%-40s %10.2f %,14.0f %8.2f%n", "HireWatch import (read, check, store)",
                    total, rows / total, baseline / total);
            System.out.printf(Locale.ROOT, "%-40s %10.2f %,14.0f%n", "  of which reading and checking the CSV", parse,
                    rows / parse);
        }
    }

    /** Invented sign-ins: a few accounts on documentation addresses, in a handful of places. */
    private static void generate(Path csv, int rows) throws Exception {
        String[][] places = {{"US", "Chicago", "41.88", "-87.63"}, {"US", "Denver", "39.74", "-104.99"},
                {"CN", "Shenyang", "41.81", "123.43"}, {"RU", "Vladivostok", "43.12", "131.89"}};
        Random r = new Random(7);
        long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("time,account,ip,country,city,latitude,longitude,asn,organisation,vpn,device,outcome\n");
            for (int i = 0; i < rows; i++) {
                String[] p = places[r.nextInt(places.length)];
                w.write(Instant.ofEpochSecond(start + i * 30L).toString());
                w.write(",user" + r.nextInt(50) + "@example.com,");
                w.write((r.nextBoolean() ? "192.0.2." : "198.51.100.") + r.nextInt(256));
                w.write("," + p[0] + "," + p[1] + "," + p[2] + "," + p[3] + ",6449" + r.nextInt(10)
                        + ",Example Net," + (r.nextInt(10) == 0) + ",laptop-" + r.nextInt(20) + ","
                        + (r.nextInt(20) == 0 ? "failure" : "success") + "\n");
            }
        }
    }
}
