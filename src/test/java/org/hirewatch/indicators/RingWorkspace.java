package org.hirewatch.indicators;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;

/**
 * A workspace of 24 invented applicants in four rings of six that share a shipping address, a phone number, CV wording
 * and a sign-in address, so that the cross-applicant rules have something to find.
 */
final class RingWorkspace implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    final Workspace ws;
    final List<CaseFile> cases = new ArrayList<>();

    RingWorkspace(Path folder) {
        ws = Workspace.create(folder, "correct horse battery staple".toCharArray(), KdfParams.fresh(1000), "tester");
        String[] first = {"Dana", "Lee", "Ana", "Kim", "Sam", "Noor", "Alex", "Robin"};
        String[] last = {"Example", "Sample", "Tester", "Placeholder", "Demo"};
        for (int i = 0; i < 24; i++) {
            CaseFile c = ws.cases().create(CaseDetails.newCase("Backend engineer " + i,
                    Subject.named(first[i % first.length] + " " + last[i % last.length])));
            cases.add(c);
            int ring = i % 4;
            ws.evidence().addAll(Map.of(c.id(), List.of(
                    draft(EvidenceKind.CONTACT_CHANNEL, "email", "person" + i + "@example.com",
                            "phone", i % 3 == 0 ? "+1 555 01" + (10 + ring) : "+1 555 01" + (50 + i),
                            "lineType", i % 2 == 0 ? "voip" : "mobile"),
                    draft(EvidenceKind.EQUIPMENT_SHIPPING, "assetTag", "LT-" + i,
                            "shipToAddress", shipTo(i), "deviceCountry", "United States"),
                    draft(EvidenceKind.APPLICATION, "roleApplied", "Backend engineer", "cvText", cv(i)),
                    draft(EvidenceKind.SIGN_IN_RECORD, "account", "user" + i, "ipAddress",
                            i % 4 == 0 ? "203.0.113.7" : "198.51.100." + i, "vpnOrProxy", i % 4 == 0 ? "yes" : "no",
                            "country", "United States"))));
        }
    }

    /** Even cases share their ring's address; odd ones have their own. */
    static String shipTo(int i) {
        return i % 2 == 0 ? i % 4 + " Example Avenue\nSpringfield" : i + " Sample Road";
    }

    /** Odd cases share their ring's CV template; even ones wrote their own. */
    static String cv(int i) {
        return i % 2 == 1 ? "Built payment services handling thousands of requests per second. Led a migration from a"
                + " monolith to small services. Ring " + i % 4 + " template."
                : "Wrote technical documentation number " + i + " and onboarding guides for team " + i + ".";
    }

    static EvidenceDraft draft(EvidenceKind kind, String... fields) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put(fields[i], fields[i + 1]);
        }
        return new EvidenceDraft(kind, T0, "test", map);
    }

    /** Every case's active findings as text: indicator, hit, fingerprint, version, state and arguments. */
    Map<UUID, List<String>> storedFindings() {
        Map<UUID, List<String>> out = new TreeMap<>();
        for (CaseFile c : cases) {
            out.put(c.id(), ws.checks().findings(c.id()).stream().map(RingWorkspace::row).sorted().toList());
        }
        return out;
    }

    static String row(Finding f) {
        return f.indicatorId() + " " + f.hitKey() + " " + f.evidenceFingerprint() + " v" + f.version() + " "
                + f.state() + " " + f.args();
    }

    @Override
    public void close() {
        ws.close();
    }
}
