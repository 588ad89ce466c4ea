package org.hirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.indicators.IndicatorDefinition;
import org.hirewatch.indicators.MemoryCrossCaseView;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceListener;
import org.junit.jupiter.api.Test;

/**
 * The indicator checks at scale (issue 3, "Performance"): a workspace of 10,000 generated cases with 30 evidence items
 * each, then
 * <ol>
 * <li>the baseline: the same evidence rows read with plain JDBC;</li>
 * <li>all checks over all cases ({@link CheckService#checkAll}: read, evaluate, save), and apart from it reading alone
 * and reading plus evaluating without saving;</li>
 * <li>re-checking after one evidence change ({@code EvidenceStore.update} with the check service listening), which
 * includes re-checking the cross-applicant indicators of every case sharing an old or new identifier.</li>
 * </ol>
 * It prints the figures and asserts none of them (only that the data is what it should be). Run it with
 * {@code mvn -B -q -Pbench test -Dtest=CheckBenchmark}. The generated workspace is kept in
 * {@code target/bench-check/generated} (compacted once) and reused while its settings match; each run works on a fresh
 * copy, so every run starts from generated data that was never checked.
 * <p>
 * Settings (system properties): {@code bench.cases} (10000), {@code bench.items} (30 per case), {@code bench.runs}
 * (5), {@code bench.warmup} (2), {@code bench.changes} (50), {@code bench.folder} (target/bench-check).
 * <p>
 * Every person is invented: syllable names, addresses under example.com/.org/.net, phone numbers in the fictional
 * 555-01xx range of each area code, IP addresses from the documentation ranges (RFC 5737, RFC 3849). About one case in
 * ten belongs to a ring of three to eight that share identifiers (a shipping address, a payout account, a VPN exit,
 * a CV template, referrals), and red flags (VoIP lines, cameras off, crypto payouts, remote-access tools...) are
 * spread at plausible rates, so the rules and the cross-applicant index have real work.
 */
class CheckBenchmark {
    static final char[] PASS = "benchmark passphrase".toCharArray();
    /** Changes when the generated data changes, so that an old cached workspace is not measured by mistake. */
    static final int GENERATOR_VERSION = 1;
    static final long SEED = 20261123L;
    static final int CHUNK = 500;
    static final String COMPACTED = "compacted";
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    static final String[] COUNTRIES = {"United States", "Canada", "United Kingdom", "Germany", "Poland", "Netherlands",
            "Singapore", "Japan", "Brazil", "Mexico", "Spain", "Australia"};
    static final String[] CITIES = {"Springfield", "Riverton", "Lakeside", "Hillview", "Brookfield", "Fairmont"};
    static final String[] ZONES = {"America/Chicago", "America/New_York", "America/Los_Angeles", "Europe/Berlin",
            "Europe/London", "Europe/Warsaw", "Asia/Singapore", "Asia/Tokyo", "America/Sao_Paulo", "Australia/Sydney"};
    static final String[] ROLES = {"Backend engineer", "Frontend developer", "Mobile developer", "Data engineer",
            "DevOps contractor", "QA engineer", "Blockchain developer", "Full-stack developer"};
    static final String[] SKILLS = {"Java", "Go", "Rust", "Kotlin", "React", "Kubernetes", "Terraform", "Solidity",
            "Python", "TypeScript", "PostgreSQL", "Swift"};
    static final String[] SENTENCES = {"Built payment services handling thousands of requests per second.",
            "Led a migration from a monolith to small services.", "Mentored junior developers and ran code reviews.",
            "Introduced automated testing and continuous delivery.", "Designed data pipelines for reporting.",
            "Worked closely with product owners in an agile team.", "Reduced cloud costs by tuning workloads.",
            "Shipped mobile features used by a large audience.", "Maintained open-source libraries.",
            "Built smart contracts and their audit tooling.", "Owned on-call rotations and incident reviews.",
            "Wrote technical documentation and onboarding guides."};
    static final String[] DOMAINS = {"example.com", "example.org", "example.net"};

    final int cases = Integer.getInteger("bench.cases", 10_000);
    final int itemsPerCase = Integer.getInteger("bench.items", 30);
    final int runs = Integer.getInteger("bench.runs", 5);
    final int warmup = Integer.getInteger("bench.warmup", 2);
    final int changes = Integer.getInteger("bench.changes", 50);
    final Path base = Path.of(System.getProperty("bench.folder", "target/bench-check"));

    @Test
    void checks() throws Exception {
        Path generated = base.resolve("generated");
        long generationMs = -1;
        if (!complete(generated)) {
            deleteTree(generated);
            generationMs = generate(generated);
        }
        if (!currentAndCompacted(generated)) {
            compact(generated);
        }
        Path work = base.resolve("run");
        deleteTree(work);
        copyTree(generated, work);
        measure(work, generationMs);
        deleteTree(work);
    }

    // ---- the generated workspace, cached ----

    private Properties settings() {
        Properties p = new Properties();
        p.setProperty("generator", Integer.toString(GENERATOR_VERSION));
        p.setProperty("cases", Integer.toString(cases));
        p.setProperty("items", Integer.toString(itemsPerCase));
        p.setProperty("seed", Long.toString(SEED));
        return p;
    }

    /**
     * Rewrites the generated database with only its live pages (H2's SHUTDOWN COMPACT). Generation writes 300,000 items
     * in large transactions and leaves a file several times the size of its data; a workspace filled over months is
     * compacted a little at every close. Measuring the compacted file keeps the figures about the checks, not about
     * the generator's leftovers. Opening it first brings it to the current schema.
     */
    private static void compact(Path folder) throws IOException {
        long before = Files.size(folder.resolve("hirewatch.mv.db"));
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
            ws.close(); // the database is shut down already; this releases the pool and the folder
        }
        Files.writeString(folder.resolve(COMPACTED), Integer.toString(Workspace.SCHEMA_VERSION));
        System.out.printf(Locale.ROOT, "Compacted the generated workspace from %.0f MB to %.0f MB in %.0f s%n",
                before / 1e6, Files.size(folder.resolve("hirewatch.mv.db")) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Whether the cached workspace was compacted at this schema version. Opening it migrates an older one; doing that
     * once here, not in every measured copy, keeps migrations (a minute on this data) out of the figures.
     */
    private static boolean currentAndCompacted(Path folder) throws IOException {
        Path marker = folder.resolve(COMPACTED);
        return Files.exists(marker)
                && Files.readString(marker).strip().equals(Integer.toString(Workspace.SCHEMA_VERSION));
    }

    /** A workspace generated completely with these settings (the marker is written last). */
    private boolean complete(Path folder) throws IOException {
        Path marker = folder.resolve("generated.properties");
        if (!Files.exists(marker)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            p.load(in);
        }
        return p.equals(settings());
    }

    private long generate(Path folder) throws IOException {
        System.out.printf(Locale.ROOT, "Generating %,d cases with %d evidence items each in %s%n", cases, itemsPerCase,
                folder);
        Random rnd = new Random(SEED);
        long t0 = System.nanoTime();
        long items = 0;
        // No check service is attached: the listener would re-check every case as its evidence arrives.
        try (Workspace ws = Workspace.create(folder, PASS, KdfParams.fresh(1000), "bench")) {
            for (int start = 0; start < cases; start += CHUNK) {
                int n = Math.min(CHUNK, cases - start);
                List<Person> people = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    people.add(new Person(start + i, rnd));
                }
                rings(people, rnd);
                List<CaseDetails> details = people.stream().map(Person::details).toList();
                List<CaseFile> created = ws.cases().createAll(details);
                for (int i = 0; i < n; i++) {
                    people.get(i).reference = created.get(i).reference();
                }
                Map<UUID, List<EvidenceDraft>> evidence = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    List<EvidenceDraft> list = people.get(i).evidence(rnd, itemsPerCase);
                    items += list.size();
                    evidence.put(created.get(i).id(), list);
                }
                ws.evidence().addAll(evidence);
                if ((start / CHUNK) % 4 == 3 || start + n >= cases) {
                    System.out.printf(Locale.ROOT, "  %,d cases, %,d items, %.0f s%n", start + n, items,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            assertThat(ws.cases().count()).isEqualTo(cases);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve("generated.properties"))) {
            settings().store(out, "CheckBenchmark: the workspace in this folder is complete");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** About one case in ten joins a ring of 3..8 cases in the same chunk that share identifiers. */
    private static void rings(List<Person> people, Random rnd) {
        int i = 0;
        while (i < people.size()) {
            if (rnd.nextInt(30) == 0) {
                int size = 3 + rnd.nextInt(6);
                Ring ring = new Ring(people.get(i).index, rnd);
                for (int j = i; j < Math.min(people.size(), i + size); j++) {
                    people.get(j).ring = ring;
                    ring.members.add(people.get(j));
                }
                i += size;
            } else {
                i++;
            }
        }
    }

    /** What the members of a fraud ring have in common. */
    static final class Ring {
        final List<Person> members = new ArrayList<>();
        final String shipTo;
        final String vpnIp;
        final String account;
        final String wallet;
        final String phone;
        final String cvTemplate;
        final String bidTemplate;
        final String referenceEmail;
        final String photoHash;

        Ring(int n, Random rnd) {
            shipTo = (100 + rnd.nextInt(800)) + " Example Avenue, Unit " + (1 + rnd.nextInt(40)) + "\n"
                    + CITIES[rnd.nextInt(CITIES.length)] + " " + (10000 + n % 89999);
            vpnIp = "203.0.113." + (n % 256);
            account = "EX" + String.format(Locale.ROOT, "%010d", n);
            wallet = "bc1qexample" + Long.toHexString(n * 7919L);
            phone = phone(n + 500_000);
            cvTemplate = String.join(" ", SENTENCES[n % SENTENCES.length], SENTENCES[(n + 3) % SENTENCES.length],
                    SENTENCES[(n + 7) % SENTENCES.length], "Available immediately for long-term remote work in any time zone.");
            bidTemplate = "Hello, I read your job post carefully and I am the right developer for it. I have " + (5 + n % 5)
                    + " years of experience and can start today. Let us discuss on chat.";
            referenceEmail = "hr.desk" + n + "@" + DOMAINS[n % DOMAINS.length];
            photoHash = "phash:" + Long.toHexString(n * 104729L);
        }
    }

    /** One invented applicant and the evidence about them. */
    static final class Person {
        final int index;
        final String first;
        final String last;
        final String country;
        final String zone;
        final String role;
        Ring ring;
        String reference;

        Person(int index, Random rnd) {
            this.index = index;
            this.first = CaseListBenchmark.invent(rnd, 2);
            this.last = CaseListBenchmark.invent(rnd, 2 + rnd.nextInt(2));
            this.country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            this.zone = ZONES[rnd.nextInt(ZONES.length)];
            this.role = ROLES[rnd.nextInt(ROLES.length)];
        }

        String name() {
            return first + " " + last;
        }

        CaseDetails details() {
            List<org.hirewatch.domain.NameSpelling> names = new ArrayList<>();
            names.add(new org.hirewatch.domain.NameSpelling(name(), "CV"));
            if (index % 3 == 0) {
                names.add(new org.hirewatch.domain.NameSpelling(last.toUpperCase(Locale.ROOT) + " " + first, "Passport"));
            }
            org.hirewatch.domain.Subject s = new org.hirewatch.domain.Subject(names, country,
                    CITIES[index % CITIES.length], zone, index % 4 == 0 ? country : "", role,
                    ring != null || index % 5 == 0 ? "Staffing firm" : "Job board",
                    ring != null ? "Example Talent Partners" : "");
            return CaseDetails.newCase(role + " applicant #" + index, s);
        }

        List<EvidenceDraft> evidence(Random rnd, int total) {
            List<EvidenceDraft> out = new ArrayList<>(total);
            boolean r = ring != null;
            String login = (first + "." + last).toLowerCase(Locale.ROOT);
            String email = login + index + "@" + DOMAINS[index % DOMAINS.length];
            Instant t = START.plusSeconds(86_400L * rnd.nextInt(200));
            out.add(item(EvidenceKind.APPLICATION, t, "application form",
                    "roleApplied", role,
                    "cvText", r && rnd.nextInt(4) > 0 ? ring.cvTemplate + " Contact: " + name() + "." : cv(rnd),
                    "claimedSkills", skills(rnd),
                    "careerStartYear", Integer.toString(2008 + rnd.nextInt(12)),
                    "languages", rnd.nextInt(3) == 0 ? "English, Spanish" : "English",
                    "referredBy", r && ring.members.get(0) != this && ring.members.get(0).reference != null
                            ? ring.members.get(0).reference : rnd.nextInt(10) == 0 ? "A former colleague" : ""));
            out.add(item(EvidenceKind.IDENTITY_DOCUMENT, t.plusSeconds(86_400), "onboarding document check",
                    "documentType", rnd.nextInt(4) == 0 ? "drivers_licence" : "passport",
                    "issuingCountry", rnd.nextInt(12) == 0 ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : country,
                    "documentNumber", r && rnd.nextBoolean() ? "RING" + ring.members.get(0).index : "DOC" + (1_000_000 + index),
                    "nameAsPrinted", rnd.nextInt(15) == 0 ? first + " " + CaseListBenchmark.invent(rnd, 2) : name(),
                    "dateOfBirth", (1975 + rnd.nextInt(25)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10),
                    "expiryDate", (2027 + rnd.nextInt(8)) + "-06-30",
                    "addressOnDocument", (1 + index % 900) + " Sample Road\n" + CITIES[index % CITIES.length],
                    "authenticityResult", pick(rnd, 20, "failed", "passed"),
                    "faceMatchScore", String.format(Locale.ROOT, "%.2f", r ? 0.4 + rnd.nextDouble() * 0.5 : 0.7 + rnd.nextDouble() * 0.29),
                    "imageResolution", rnd.nextInt(10) == 0 ? "640x480" : "2400x1600",
                    "photoHash", r && rnd.nextInt(3) == 0 ? ring.photoHash : "phash:" + Integer.toHexString(index * 31 + 7),
                    "addressCheck", pick(rnd, 15, "mail_drop", "residential"),
                    "everifyResult", pick(rnd, 25, "mismatch", "match")));
            out.add(item(EvidenceKind.CONTACT_CHANNEL, t, "CV",
                    "email", email,
                    "emailProvider", "Example Mail",
                    "domainCreated", "2019-04-01",
                    "medianResponseHours", String.format(Locale.ROOT, "%.1f", 1 + rnd.nextDouble() * (r ? 30 : 10)),
                    "missedTasks", Integer.toString(rnd.nextInt(r ? 6 : 2))));
            out.add(item(EvidenceKind.CONTACT_CHANNEL, t, "application form",
                    "phone", r && rnd.nextBoolean() ? ring.phone : phone(index),
                    "lineType", pick(rnd, r ? 2 : 8, "voip", "mobile"),
                    "carrier", "Example Telecom",
                    "carrierCountry", rnd.nextInt(20) == 0 ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : country,
                    "messagingHandle", "@" + login + (index % 97),
                    "offPlatformRequest", pick(rnd, r ? 3 : 30, "yes", "no")));
            out.add(item(EvidenceKind.ONLINE_PROFILE, t.minusSeconds(86_400 * 3), "web search",
                    "platform", "github",
                    "profileUrl", "https://code." + DOMAINS[index % 3] + "/" + login + index,
                    "handle", login + index,
                    "accountCreated", r ? "2026-0" + (1 + rnd.nextInt(8)) + "-15" : (2012 + rnd.nextInt(10)) + "-03-01",
                    "followers", Integer.toString(rnd.nextInt(r ? 5 : 300)),
                    "following", Integer.toString(rnd.nextInt(r ? 400 : 100)),
                    "contributors", Integer.toString(1 + rnd.nextInt(5)),
                    "earliestCommit", (2013 + rnd.nextInt(12)) + "-05-20",
                    "upstreamCopy", pick(rnd, r ? 3 : 40, "yes", "no"),
                    "avatarType", pick(rnd, r ? 3 : 20, "ai_generated", "photo")));
            out.add(item(EvidenceKind.ONLINE_PROFILE, t.minusSeconds(86_400 * 3), "web search",
                    "platform", "linkedin",
                    "profileUrl", "https://profiles." + DOMAINS[(index + 1) % 3] + "/in/" + login + index,
                    "displayName", rnd.nextInt(12) == 0 ? CaseListBenchmark.invent(rnd, 2) + " " + last : name(),
                    "statedLocation", rnd.nextInt(10) == 0 ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : country,
                    "accountCreated", (2010 + rnd.nextInt(16)) + "-02-11",
                    "connections", Integer.toString(rnd.nextInt(r ? 40 : 900)),
                    "photoHash", "phash:li" + Integer.toHexString(index),
                    "aiImageScore", String.format(Locale.ROOT, "%.2f", rnd.nextDouble() * (r ? 1.0 : 0.4)),
                    "reverseImageOtherName", pick(rnd, r ? 4 : 100, "yes", "no")));
            out.add(item(EvidenceKind.ONLINE_PROFILE, t.minusSeconds(86_400 * 2), "freelance platform",
                    "platform", "freelance",
                    "handle", "fl-" + login + index,
                    "bidsSent", Integer.toString(rnd.nextInt(r ? 400 : 60)),
                    "bidsAccepted", Integer.toString(rnd.nextInt(10)),
                    "ratingsFromOneClient", Integer.toString(rnd.nextInt(r ? 12 : 3)),
                    "flaggedContributors", Integer.toString(r && rnd.nextBoolean() ? 1 + rnd.nextInt(3) : 0),
                    "messageTemplate", r ? ring.bidTemplate : "Hi, I am " + first + ". " + SENTENCES[rnd.nextInt(SENTENCES.length)]
                            + " I would like to help with " + SKILLS[rnd.nextInt(SKILLS.length)] + " work.",
                    "previousHandles", rnd.nextInt(20) == 0 ? "old-" + login : ""));
            for (int i = 0; i < 2; i++) {
                out.add(item(EvidenceKind.INTERVIEW_OBSERVATION, t.plusSeconds(86_400L * (2 + i)), "video interview",
                        "platform", "video call",
                        "claimedLocalTime", (9 + rnd.nextInt(8)) + ":00",
                        "camera", pick(rnd, r ? 2 : 12, "off", "on"),
                        "cameraExcuse", r && rnd.nextBoolean() ? "webcam broken" : "",
                        "background", pick(rnd, r ? 3 : 10, "virtual_default", "real"),
                        "otherVoices", pick(rnd, r ? 4 : 50, "yes", "no"),
                        "livenessCheck", pick(rnd, r ? 3 : 40, "refused", "passed"),
                        "personChanged", pick(rnd, r ? 8 : 300, "yes", "no"),
                        "faceMatchScore", String.format(Locale.ROOT, "%.2f", 0.5 + rnd.nextDouble() * 0.49),
                        "answerLatencySeconds", String.format(Locale.ROOT, "%.1f", 1 + rnd.nextDouble() * (r ? 9 : 4)),
                        "readingSigns", pick(rnd, r ? 3 : 30, "yes", "no"),
                        "browserLocale", rnd.nextInt(r ? 4 : 60) == 0 ? "en-US,ko;q=0.8" : "en-US,en;q=0.9",
                        "inPersonStep", pick(rnd, r ? 2 : 20, "declined", "not_requested"),
                        "verificationRequest", pick(rnd, r ? 3 : 40, "left_call", "complied"),
                        "participantIp", r && rnd.nextBoolean() ? ring.vpnIp : ipv6(index, 200 + i),
                        "participantCountry", country));
            }
            for (int i = 0; i < 2; i++) {
                String employer = CaseListBenchmark.invent(rnd, 2) + " Software";
                out.add(item(EvidenceKind.REFERENCE_CHECK, t.plusSeconds(86_400L * 4), "reference call",
                        "referenceName", CaseListBenchmark.invent(rnd, 2) + " " + CaseListBenchmark.invent(rnd, 2),
                        "checkType", i == 0 ? "employment" : "reference",
                        "employer", employer,
                        "employerDomain", DOMAINS[(index + i) % 3],
                        "referenceEmail", r && i == 0 ? ring.referenceEmail : "ref" + i + "." + index + "@" + DOMAINS[(index + i) % 3],
                        "referencePhone", phone(index + 100_000 * (i + 1)),
                        "contactSource", pick(rnd, r ? 1 : 3, "supplied_by_candidate", "independently_sourced"),
                        "verificationMethod", pick(rnd, 4, "email", "call"),
                        "outcome", pick(rnd, r ? 3 : 25, "no_response", "confirmed")));
            }
            int signIns = Math.max(0, total - 18);
            for (int i = 0; i < signIns; i++) {
                Instant at = t.plusSeconds(86_400L * (7 + i) + 3600L * rnd.nextInt(24));
                boolean vpn = r ? rnd.nextInt(3) == 0 : rnd.nextInt(80) == 0;
                String ip = vpn ? (r ? ring.vpnIp : "198.51.100." + rnd.nextInt(50)) : ipv6(index, i);
                out.add(item(EvidenceKind.SIGN_IN_RECORD, at, "identity provider export",
                        "account", login,
                        "ipAddress", ip,
                        "country", vpn && rnd.nextBoolean() ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : country,
                        "city", CITIES[index % CITIES.length],
                        "asn", vpn ? "AS64500" : "AS6451" + (index % 10),
                        "networkOrganisation", vpn ? "Example VPN Ltd" : "Example Broadband",
                        "vpnOrProxy", vpn ? "yes" : "no",
                        "device", "LT-" + index + (r && rnd.nextInt(8) == 0 ? "-KVM" : ""),
                        "managedDevice", pick(rnd, r ? 4 : 50, "no", "yes"),
                        "signInOutcome", pick(rnd, 15, "failure", "success"),
                        "sessionEnd", java.time.LocalDateTime.ofInstant(at.plusSeconds(3600L * (1 + rnd.nextInt(r ? 20 : 9))),
                                java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
            }
            out.add(item(EvidenceKind.EQUIPMENT_SHIPPING, t.plusSeconds(86_400L * 6), "IT asset system",
                    "assetTag", "LT-" + index,
                    "serialNumber", "SN" + (5_000_000 + index),
                    "mdmSerial", rnd.nextInt(r ? 4 : 200) == 0 ? "SN" + (6_000_000 + index) : "SN" + (5_000_000 + index),
                    "shipToAddress", r ? ring.shipTo : (1 + index % 900) + " Sample Road\n" + CITIES[index % CITIES.length],
                    "shipDate", "2026-0" + (1 + rnd.nextInt(9)) + "-10",
                    "addressChangedOn", r && rnd.nextBoolean() ? "2026-0" + (1 + rnd.nextInt(9)) + "-09" : "",
                    "shippingCarrier", "Example Parcel",
                    "trackingNumber", "EXP" + (90_000_000 + index),
                    "pickupPhotoMatches", pick(rnd, r ? 3 : 60, "no", "yes"),
                    "addressChangeRequested", pick(rnd, r ? 2 : 30, "yes", "no"),
                    "deviceCountry", r && rnd.nextBoolean() ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : country,
                    "remoteAccessTools", r && rnd.nextBoolean() ? "AnyDesk, TeamViewer" : "",
                    "rdpPortOpen", pick(rnd, r ? 3 : 80, "yes", "no"),
                    "hardwareKvm", pick(rnd, r ? 4 : 300, "yes", "no"),
                    "keepAwakeTool", pick(rnd, r ? 3 : 60, "yes", "no"),
                    "edrAlertFirstDays", pick(rnd, r ? 5 : 150, "yes", "no")));
            boolean crypto = r ? rnd.nextBoolean() : rnd.nextInt(25) == 0;
            out.add(item(EvidenceKind.PAYMENT_PAYOUT, t.plusSeconds(86_400L * 8), "payroll form",
                    "payoutMethod", crypto ? "crypto" : rnd.nextInt(5) == 0 ? "payment_platform" : "bank",
                    "accountHolderName", r && rnd.nextBoolean() ? "Example Consulting Ltd" : name(),
                    "bankName", "Example Bank",
                    "bankCountry", r && rnd.nextBoolean() ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : country,
                    "accountNumber", r && rnd.nextBoolean() ? ring.account : "EX" + String.format(Locale.ROOT, "%010d", 1_000_000 + index),
                    "platformAccountId", "PAY-" + index,
                    "walletAddress", crypto ? (r ? ring.wallet : "bc1qexample" + Integer.toHexString(index)) : "",
                    "changeRequested", pick(rnd, r ? 3 : 40, "yes", "no"),
                    "intermediaryHops", Integer.toString(r ? rnd.nextInt(4) : 0),
                    "rateBelowMarketPercent", Integer.toString(rnd.nextInt(r ? 50 : 15)),
                    "prepaymentRequests", Integer.toString(r ? rnd.nextInt(3) : 0),
                    "invoiceBeforeAcceptance", pick(rnd, r ? 4 : 200, "yes", "no"),
                    "smallChargeCount", Integer.toString(rnd.nextInt(r ? 8 : 2))));
            String[] types = {"repository_push", "repository_push", "cloud_upload", "secret_access", "remote_access"};
            for (int i = 0; i < 5; i++) {
                boolean referral = r && i == 4 && ring.members.get(0) != this && ring.members.get(0).reference != null;
                String type = referral ? "referral" : types[rnd.nextInt(types.length)];
                out.add(item(EvidenceKind.WORK_ACTIVITY, t.plusSeconds(86_400L * (20 + i)), "endpoint and repository logs",
                        "activityType", type,
                        "account", login,
                        "destination", type.equals("cloud_upload") ? "storage." + DOMAINS[rnd.nextInt(3)] : "repo",
                        "ipAddress", ipv6(index, 100 + i),
                        "managedDevice", pick(rnd, r ? 3 : 40, "no", "yes"),
                        "approved", pick(rnd, r ? 3 : 30, "no", "yes"),
                        "referredCase", referral ? ring.members.get(0).reference : "",
                        "weeklyCommits", Integer.toString(rnd.nextInt(r ? 80 : 30)),
                        "details", type + " by " + login));
            }
            return out.size() > total ? out.subList(0, total) : out;
        }

        private String cv(Random rnd) {
            StringBuilder sb = new StringBuilder(role).append(" with experience at ")
                    .append(CaseListBenchmark.invent(rnd, 3)).append(" and ").append(CaseListBenchmark.invent(rnd, 3)).append(". ");
            for (int i = 0; i < 4; i++) {
                sb.append(SENTENCES[rnd.nextInt(SENTENCES.length)]).append(' ');
            }
            return sb.append("Based in ").append(country).append('.').toString();
        }

        private String skills(Random rnd) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                // Now and then a year before the technology existed (Kubernetes 2010, Rust 2009).
                sb.append(SKILLS[rnd.nextInt(SKILLS.length)]).append(": ").append(2008 + rnd.nextInt(15)).append('\n');
            }
            return sb.toString().strip();
        }
    }

    static EvidenceDraft item(EvidenceKind kind, Instant at, String source, String... kv) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            fields.put(kv[i], kv[i + 1]);
        }
        return new EvidenceDraft(kind, at, source, fields);
    }

    /** {@code flag} about once in {@code oneIn} draws, else {@code usual}. */
    static String pick(Random rnd, int oneIn, String flag, String usual) {
        return rnd.nextInt(oneIn) == 0 ? flag : usual;
    }

    /** A number in the fictional 555-0100..0199 range of one of 800 area codes. */
    static String phone(int n) {
        return String.format(Locale.ROOT, "+1 %03d 555 01%02d", 200 + (n / 100) % 800, n % 100);
    }

    /** An address in 2001:db8::/32, the IPv6 documentation range. */
    static String ipv6(int caseIndex, int n) {
        return "2001:db8:" + Integer.toHexString(caseIndex % 65_536) + ":" + Integer.toHexString(caseIndex / 65_536) + "::"
                + Integer.toHexString(n + 1);
    }

    // ---- measuring ----

    record Stats(double median, double p95, double min) {
        static Stats of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            int n = s.length;
            double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            return new Stats(median, s[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)], s[0]);
        }
    }

    /** Runs {@code work} warm-up times, then measured times; each run returns a count that must not change. */
    private Stats measure(String label, LongSupplier work, long expected) {
        for (int i = 0; i < warmup; i++) {
            assertThat(work.getAsLong()).as(label).isEqualTo(expected);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long n = work.getAsLong();
            ms[i] = (System.nanoTime() - t) / 1e6;
            assertThat(n).as(label).isEqualTo(expected);
        }
        return Stats.of(ms);
    }

    private void measure(Path folder, long generationMs) {
        long t0 = System.nanoTime();
        Workspace ws = Workspace.open(folder, PASS, "bench");
        long openMs = (System.nanoTime() - t0) / 1_000_000;
        try (ws) {
            long total = ws.cases().count();
            long rows = BenchAccess.withConnection(ws, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM evidence");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            long identifiers = BenchAccess.withConnection(ws, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM evidence_identifier");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(total).isEqualTo(cases);

            // Listeners run in the order they were added: the stamps bracket the check service's work.
            Stamp before = new Stamp();
            ws.addListener(before);
            CheckService service = CheckService.attach(ws);
            Stamp after = new Stamp();
            ws.addListener(after);
            CheckEngine engine = service.engine();
            IndicatorConfig config = service.config();

            // (a) the baseline: the same rows, in the same order as the check's read, with plain JDBC. H2 streams them
            // as it does for the store's read (see Db.streaming); the same read with H2's default, which first copies a
            // large result into an encrypted temporary store, is shown beside it.
            Stats baseline = measure("baseline", () -> baselineRead(ws, true), rows);
            Stats materialised = measure("baseline, materialised", () -> baselineRead(ws, false), rows);

            // The first check after generation inserts every finding: measured once, cold, before the repeated runs.
            long tFirst = System.nanoTime();
            CheckService.RunSummary first = service.checkAll((done, all) -> { });
            double firstMs = (System.nanoTime() - tFirst) / 1e6;
            assertThat(first.cases()).isEqualTo(cases);

            Stats read = measure("store read", () -> {
                long[] n = {0};
                MemoryCrossCaseView others = new MemoryCrossCaseView();
                ws.checks().forEachIdentifier(others::add);
                ws.checks().forEachCase(input -> n[0] += input.evidence().size());
                return n[0];
            }, rows);
            long[] findings = {0};
            // As checkAll does it (reading, the identifier index and evaluation on all cores), without saving.
            Stats evaluate = measure("read + evaluate", () -> {
                CheckService.RunSummary r = service.evaluateAll();
                findings[0] = r.findings();
                return r.cases();
            }, total);
            // Results unchanged since the first run: checkAll evaluates every case and writes only those whose results
            // differ from the stored ones (none here); the first run above shows the cost of writing them all.
            int[] written = {0};
            Stats checkAll = measure("checkAll", () -> {
                CheckService.RunSummary r = service.checkAll((done, all) -> { });
                written[0] = Math.max(written[0], r.written());
                return r.cases();
            }, total);

            // (c) one evidence change at a time, with the listener re-checking what it can affect.
            Changes recheck = changes(ws, service, before, after);

            long rules = config.all().stream().filter(a -> a.custom() == null
                    && a.definition().mode() != CheckMode.MANUAL && engine.hasRule(a.id())).count();
            long automatic = config.all().stream().filter(a -> a.custom() == null
                    && a.definition().mode() != CheckMode.MANUAL).count();
            long crossCase = config.all().stream().map(IndicatorConfig.Active::definition)
                    .filter(IndicatorDefinition::crossCase).filter(d -> engine.hasRule(d.id())).count();

            System.out.println();
            System.out.printf(Locale.ROOT, "Check benchmark: %,d cases, %,d evidence items, %,d indexed identifiers, database"
                    + " %.0f MB; Java %s, %d cores, max heap %d MB%n", total, rows, identifiers,
                    size(folder.resolve("hirewatch.mv.db")) / 1e6, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1_000_000);
            System.out.printf(Locale.ROOT, "  catalogue %s: %d indicators, rules for %d of %d automatic/assisted ones"
                    + " (%d cross-applicant); %,d findings raised%n", config.catalogue().version(), config.all().size(),
                    rules, automatic, crossCase, findings[0]);
            if (generationMs >= 0) {
                System.out.printf(Locale.ROOT, "  generation: %.1f s (kept in %s)%n", generationMs / 1000.0,
                        base.resolve("generated"));
            }
            System.out.printf(Locale.ROOT, "  open workspace: %d ms; %d warm-up + %d measured runs each%n", openMs,
                    warmup, runs);
            System.out.printf(Locale.ROOT, "  %-58s %9s %9s %10s %7s%n", "all cases", "median s", "p95 s", "cases/s",
                    "x base");
            row("baseline: JDBC read of the evidence rows (streamed)", baseline, baseline, total);
            row("  the same read, result materialised first (H2 default)", materialised, baseline, total);
            row("store read (cases, evidence JSON, identifier index)", read, baseline, total);
            row("read + evaluate (no save)", evaluate, baseline, total);
            row(String.format(Locale.ROOT, "checkAll: read + evaluate + save (%d cases rewritten)", written[0]), checkAll,
                    baseline, total);
            System.out.printf(Locale.ROOT, "  %-58s %9.2f %9s %10.0f %6.1fx%n", "checkAll, first run (cold: inserts findings, assessments)",
                    firstMs / 1000, "", total / (firstMs / 1000), firstMs / baseline.median());
            System.out.printf(Locale.ROOT, "  one evidence change, %d changes (%d warm-up): %-18s %9s %9s%n", changes,
                    Math.min(5, changes), "", "median ms", "p95 ms");
            System.out.printf(Locale.ROOT, "    %-74s %9.1f %9.1f%n", "re-check by the listener (changed case + cases sharing"
                    + " identifiers)", recheck.listener().median(), recheck.listener().p95());
            System.out.printf(Locale.ROOT, "    %-74s %9.1f %9.1f%n", "whole update (write, audit, re-check)",
                    recheck.update().median(), recheck.update().p95());
            System.out.printf(Locale.ROOT, "    other cases sharing an old or new identifier: median %d, max %d;"
                    + " %d of %d changes altered an identifier%n", recheck.sharingMedian(), recheck.sharingMax(),
                    recheck.identifierChanges(), changes);
            System.out.printf(Locale.ROOT, "  targets (issue 3): all checks < 3 s and < 3x the baseline; one re-check < 50 ms%n");
            System.out.println();
        }
    }

    /** The evidence rows the check reads, with plain JDBC; {@code streamed}: with H2's lazy query execution. */
    private static long baselineRead(Workspace ws, boolean streamed) {
        return BenchAccess.withConnection(ws, c -> {
            long n = 0;
            long bytes = 0;
            try (var st = c.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION " + streamed);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, case_id, kind, observed_at, payload FROM evidence ORDER BY case_id")) {
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        UUID caseId = rs.getObject(2, UUID.class);
                        String kind = rs.getString(3);
                        java.sql.Timestamp observed = rs.getTimestamp(4);
                        String payload = rs.getString(5);
                        bytes += payload.length() + kind.length() + (id.equals(caseId) ? 1 : 0)
                                + (observed == null ? 0 : 1);
                        n++;
                    }
                }
            } finally {
                try (var st = c.createStatement()) {
                    st.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
            return bytes > 0 ? n : -1;
        });
    }

    private static void row(String label, Stats s, Stats base, long cases) {
        System.out.printf(Locale.ROOT, "  %-58s %9.2f %9.2f %10.0f %6.1fx%n", label, s.median() / 1000, s.p95() / 1000,
                cases / (s.median() / 1000), s.median() / base.median());
    }

    /** Records when the listeners before and after the check service ran. */
    static final class Stamp implements WorkspaceListener {
        long nanos;

        @Override
        public void evidenceChanged(List<EvidenceChange> changes) {
            nanos = System.nanoTime();
        }

        @Override
        public void caseChanged(UUID caseId) {
            nanos = System.nanoTime();
        }
    }

    record Changes(Stats listener, Stats update, int sharingMedian, int sharingMax, int identifierChanges) {
    }

    /**
     * Changes one item of a random case at a time: half of the changes move an identifier (to a value that other cases
     * hold, or to a new one), half change a choice that rules read.
     */
    private Changes changes(Workspace ws, CheckService service, Stamp before, Stamp after) {
        Random rnd = new Random(SEED + 1);
        List<UUID> ids = ws.cases().list(CaseQuery.all()).stream().map(CaseSummary::id).sorted().toList();
        Map<IdentifierKind, List<String>> linkable = sharedValues(ws);
        int warm = Math.min(5, changes);
        double[] listener = new double[changes];
        double[] update = new double[changes];
        int[] sharing = new int[changes];
        int identifierChanges = 0;
        for (int i = -warm; i < changes; i++) {
            UUID caseId = ids.get(rnd.nextInt(ids.size()));
            List<Evidence> items = ws.evidence().listForCase(caseId);
            Evidence e = items.get(rnd.nextInt(items.size()));
            boolean identifier = rnd.nextBoolean() && !e.identifiers().isEmpty();
            while (!identifier && e.kind().fields().stream().noneMatch(f -> f.type() == FieldType.CHOICE)) {
                e = items.get(rnd.nextInt(items.size())); // a kind without choices (the application): take another item
            }
            Map<String, String> fields = new HashMap<>(e.fields());
            if (identifier) {
                Identifier old = e.identifiers().get(rnd.nextInt(e.identifiers().size()));
                List<String> links = linkable.getOrDefault(old.kind(), List.of());
                fields.put(old.field(), rnd.nextBoolean() && !links.isEmpty() ? links.get(rnd.nextInt(links.size()))
                        : replacement(e.kind().field(old.field()).orElseThrow(), i));
                fields.remove(old.field() + EvidenceDraft.LAST_CHARS_SUFFIX);
            } else {
                List<EvidenceField> choices = e.kind().fields().stream()
                        .filter(f -> f.type() == FieldType.CHOICE && f.choices().size() > 1).toList();
                EvidenceField f = choices.get(rnd.nextInt(choices.size()));
                List<String> other = new ArrayList<>(f.choices());
                other.remove(e.value(f.key()));
                fields.put(f.key(), other.get(rnd.nextInt(other.size())));
            }
            EvidenceDraft draft = new EvidenceDraft(e.kind(), e.observedAt(), e.source(), fields);
            Set<Map.Entry<IdentifierKind, String>> values = new HashSet<>();
            e.identifiers().forEach(x -> values.add(Map.entry(x.kind(), x.normalized())));
            draft.normalized().identifiers().forEach(x -> values.add(Map.entry(x.kind(), x.normalized())));
            int shared = ws.checks().casesSharingAny(values, caseId).size();
            long t = System.nanoTime();
            ws.evidence().update(e.id(), e.version(), draft);
            long end = System.nanoTime();
            if (i >= 0) {
                update[i] = (end - t) / 1e6;
                listener[i] = (after.nanos - before.nanos) / 1e6;
                sharing[i] = shared;
                identifierChanges += identifier ? 1 : 0;
            }
        }
        int[] sorted = sharing.clone();
        Arrays.sort(sorted);
        return new Changes(Stats.of(listener), Stats.of(update), sorted[sorted.length / 2],
                sorted[sorted.length - 1], identifierChanges);
    }

    /** A value nobody else holds. */
    private static String replacement(EvidenceField field, int n) {
        return switch (field.type()) {
            case IP -> "2001:db8:ffff::" + Integer.toHexString(n + 100);
            case EMAIL -> "changed" + (n + 100) + "@example.org";
            case PHONE -> phone(900_000 + n + 100);
            case URL -> "https://changed.example.com/p" + (n + 100);
            case MULTILINE -> "Changed text number " + (n + 100) + " for the benchmark.";
            default -> "CHANGED-" + (n + 100);
        };
    }

    /**
     * Identifier values that several cases hold already (ring addresses, VPN exits, accounts...), by kind: a change to
     * one of them links the changed case to those cases, which the listener must then re-check. Normalised values are
     * valid field values for every kind but text fingerprints, which are left out.
     */
    private static Map<IdentifierKind, List<String>> sharedValues(Workspace ws) {
        return BenchAccess.withConnection(ws, c -> {
            Map<IdentifierKind, List<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, norm_value FROM evidence_identifier"
                    + " WHERE kind <> 'TEXT_FINGERPRINT' GROUP BY kind, norm_value HAVING COUNT(DISTINCT case_id) > 1"
                    + " ORDER BY kind, norm_value LIMIT 5000"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(IdentifierKind.valueOf(rs.getString(1)), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    // ---- files ----

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
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
