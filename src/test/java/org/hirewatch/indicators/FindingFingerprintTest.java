package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Subject;
import org.junit.jupiter.api.Test;

/**
 * Stored findings keep their review while their fingerprint is unchanged, so the fingerprint of a hit must stay
 * exactly what earlier versions computed: a new hash would reopen every reviewed finding in every workspace.
 */
class FindingFingerprintTest {
    static final UUID MINE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID THEIRS = UUID.fromString("00000000-0000-0000-0000-000000000009");

    @Test
    void theFingerprintIsTheSha256OfMessageArgumentsAndCitedVersionsAsBefore() {
        Evidence mine = new Evidence(MINE, UUID.randomUUID(), EvidenceKind.CONTACT_CHANNEL,
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), "tester", "form",
                Map.of("lineType", "voip"), List.of(), 3);
        CaseData data = new CaseData(mine.caseId(), "HW-2026-0001", Subject.empty(), List.of(mine), Map.of(), null);
        // cited out of order, one item of another case (version 0 there): sorted before hashing
        Hit hit = new Hit("k", "finding.X.y", List.of("a", "b"), List.of(THEIRS, MINE));

        // SHA-256 of "finding.X.y␟a␟b␞<mine>@3␞<theirs>@0", as computed since the first release
        assertThat(CheckEngine.fingerprint(hit, data))
                .isEqualTo("ec92197fafd2b0eb488fd35f17800629b2007c573a0f3fe6b7933af9929763eb");
    }

    @Test
    void theHashIsTheSameAsHashingTheWholeTextForAnyHit() throws Exception {
        java.util.Random rnd = new java.util.Random(5);
        for (int n = 0; n < 500; n++) {
            List<UUID> ids = new java.util.ArrayList<>();
            Map<UUID, Integer> versions = new java.util.HashMap<>();
            for (int i = rnd.nextInt(40); i > 0; i--) {
                UUID id = rnd.nextInt(5) == 0 ? new UUID(rnd.nextLong() & 0xffL, rnd.nextLong()) : UUID.randomUUID();
                ids.add(id);
                if (rnd.nextBoolean()) {
                    versions.put(id, rnd.nextInt(2000) - 3);
                }
            }
            if (!ids.isEmpty() && rnd.nextBoolean()) {
                ids.add(ids.get(0)); // cited twice
            }
            List<String> args = List.of("Dana Exämple", "203.0.113." + rnd.nextInt(256), "", "ünïcode ✓");
            Hit hit = new Hit("k", "finding.XAP-05.sharedIp", args.subList(0, rnd.nextInt(args.size() + 1)), ids);
            assertThat(CheckEngine.fingerprint(hit, versions)).isEqualTo(wholeText(hit, versions));
        }
    }

    /** The fingerprint as first written: the whole text built, then hashed. */
    private static String wholeText(Hit h, Map<UUID, Integer> versions) throws Exception {
        StringBuilder sb = new StringBuilder(h.messageKey());
        h.args().forEach(a -> sb.append('\u001f').append(a));
        List<String> cited = new java.util.ArrayList<>();
        for (UUID id : h.evidenceIds()) {
            cited.add(id + "@" + versions.getOrDefault(id, 0));
        }
        cited.stream().sorted().forEach(c -> sb.append('\u001e').append(c));
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aNewVersionOfACitedItemChangesTheFingerprint() {
        Hit hit = new Hit("k", "finding.X.y", List.of("a"), List.of(MINE));
        assertThat(CheckEngine.fingerprint(hit, Map.of(MINE, 1))).isNotEqualTo(CheckEngine.fingerprint(hit, Map.of(MINE, 2)));
        assertThat(CheckEngine.fingerprint(hit, Map.of(MINE, 1))).isEqualTo(CheckEngine.fingerprint(hit, Map.of(MINE, 1)));
    }
}
