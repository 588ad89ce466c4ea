package org.hirewatch.exchange.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Subject;
import org.hirewatch.exchange.bundle.BundleException.Reason;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.CaseTables;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a bundle is refused, each before anything is written: the target workspace's row counts and audit chain
 * stay as they were. One bundle is made once and then damaged in copies.
 */
class BundleRefusalTest {
    @TempDir
    static Path dir;
    static Workspace source;
    static Workspace target;
    static byte[] good;
    static Map<String, Long> countsBefore;

    @BeforeAll
    static void makeBundle() throws Exception {
        source = BundleFixtures.workspace(dir.resolve("a"), "Alex Exporter");
        CaseFile c = BundleFixtures.richCase(source, CheckService.attach(source), dir);
        Path file = dir.resolve("good.hwbundle");
        new BundleService(source).export(List.of(c.id()), file, BundleFixtures.BUNDLE_PASS, BundleFixtures.ITERATIONS,
                BundleService.Progress.NONE);
        good = Files.readAllBytes(file);
        target = BundleFixtures.workspace(dir.resolve("b"), "Bea Importer");
        CheckService.attach(target);
        target.cases().create(CaseDetails.newCase("Existing case", Subject.named("Lee Example")));
        countsBefore = counts();
    }

    @AfterAll
    static void close() {
        source.close();
        target.close();
    }

    /** Rows of every case table plus the audit chain's length. */
    static Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (CaseTables.Table t : CaseTables.ALL) {
            out.put(t.name(), (long) new org.hirewatch.store.BundleStoreCounts(target).rows(t.name()));
        }
        out.put("audit_log", target.audit().size());
        return out;
    }

    private static void assertRefused(byte[] bundle, char[] passphrase, Reason... reasons) throws Exception {
        Path file = Files.createTempFile(dir, "bad", ".hwbundle");
        Files.write(file, bundle);
        BundleService service = new BundleService(target);
        assertThatThrownBy(() -> service.importBundle(service.open(file, passphrase), Map.of()))
                .isInstanceOf(BundleException.class)
                .satisfies(e -> assertThat(((BundleException) e).reason()).isIn((Object[]) reasons));
        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(target.audit().verify().intact()).isTrue();
    }

    @Test
    void theGoodBundleOpens() {
        assertThat(BundleReader.read(good, BundleFixtures.BUNDLE_PASS).cases()).hasSize(1);
    }

    @Test
    void aWrongPassphraseIsRefused() throws Exception {
        assertRefused(good, "another passphrase 2026".toCharArray(), Reason.WRONG_PASSPHRASE);
    }

    @Test
    void oneChangedByteInTheHeaderIsRefused() throws Exception {
        int headerLength = BundleHeader.parse(good).length();
        for (int i = 0; i < headerLength; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            // Magic, version, KDF and lengths fail as "not a bundle"/"damaged"/"newer"; salt, iterations and key
            // check as a wrong passphrase; the nonce as tampering.
            assertRefused(bad, BundleFixtures.BUNDLE_PASS, Reason.NOT_A_BUNDLE, Reason.DAMAGED, Reason.NEWER_FORMAT,
                    Reason.WRONG_PASSPHRASE, Reason.TAMPERED);
        }
    }

    @Test
    void oneChangedByteInTheCiphertextOrTagIsRefusedAsTampering() throws Exception {
        int headerLength = BundleHeader.parse(good).length();
        int body = good.length - headerLength;
        for (int k = 0; k < 24; k++) {
            byte[] bad = good.clone();
            bad[headerLength + (int) ((long) body * k / 24)] ^= (byte) 0x80;
            assertRefused(bad, BundleFixtures.BUNDLE_PASS, Reason.TAMPERED);
        }
        for (int i = good.length - 16; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            assertRefused(bad, BundleFixtures.BUNDLE_PASS, Reason.TAMPERED);
        }
    }

    @Test
    void aTruncatedBundleIsRefused() throws Exception {
        assertRefused(java.util.Arrays.copyOf(good, good.length - 1), BundleFixtures.BUNDLE_PASS, Reason.TAMPERED);
        assertRefused(java.util.Arrays.copyOf(good, 20), BundleFixtures.BUNDLE_PASS, Reason.DAMAGED);
        assertRefused("not a bundle at all".getBytes(StandardCharsets.US_ASCII), BundleFixtures.BUNDLE_PASS,
                Reason.NOT_A_BUNDLE);
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        byte[] bad = good.clone();
        bad[BundleHeader.MAGIC.length + 1] = 2;
        assertRefused(bad, BundleFixtures.BUNDLE_PASS, Reason.NEWER_FORMAT);
    }

    @Test
    void aNewerManifestVersionInsideAValidEncryptionIsRefused() throws Exception {
        Map<String, byte[]> entries = contentOf(good);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        entries.put("manifest.json", manifest.replace("\"formatVersion\":1", "\"formatVersion\":2")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(reseal(entries), BundleFixtures.BUNDLE_PASS, Reason.NEWER_FORMAT);
    }

    @Test
    void anEntryThatDoesNotMatchItsManifestHashIsRefused() throws Exception {
        Map<String, byte[]> entries = contentOf(good);
        String caseJson = new String(entries.get("cases/1/case.json"), StandardCharsets.UTF_8);
        entries.put("cases/1/case.json", caseJson.replace("Backend engineer applicant", "Backend engineer applicanT")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(reseal(entries), BundleFixtures.BUNDLE_PASS, Reason.MANIFEST_MISMATCH);
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        Map<String, byte[]> entries = contentOf(good);
        entries.put("cases/1/extra.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertRefused(reseal(entries), BundleFixtures.BUNDLE_PASS, Reason.MANIFEST_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.json", "cases/1/../../evil.json", "/etc/evil.json", "C:/evil.json",
            "C:evil.json", "cases\\1\\evil.json", "..\\evil.json", "cases//evil.json", "./evil.json"})
    void anEntryThatTriesToLeaveItsFolderIsRefusedEvenWhenListedAndEncrypted(String path) throws Exception {
        byte[] payload = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> entries = contentOf(good);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        String listed = "{\"path\":" + com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(path) + ",\"sha256\":\"" + BundleContent.sha256(payload) + "\",\"size\":2},";
        entries.put("manifest.json", manifest.replace("\"entries\":[", "\"entries\":[" + listed)
                .getBytes(StandardCharsets.UTF_8));
        entries.put(path, payload);
        assertRefused(reseal(entries), BundleFixtures.BUNDLE_PASS, Reason.UNSAFE_PATH);
    }

    @Test
    void rowsThatClaimAnotherCaseAreRefused() throws Exception {
        Map<String, byte[]> entries = contentOf(good);
        String caseJson = new String(entries.get("cases/1/case.json"), StandardCharsets.UTF_8);
        String caseId = BundleReader.read(good, BundleFixtures.BUNDLE_PASS).cases().get(0).caseId().toString();
        // An evidence row pointed at a case of the target workspace, re-listed so the manifest matches.
        String other = java.util.UUID.randomUUID().toString();
        int at = caseJson.indexOf("\"evidence\":[");
        String hostile = caseJson.substring(0, at) + caseJson.substring(at).replaceFirst(
                "\"case_id\":\"" + caseId + "\"", "\"case_id\":\"" + other + "\"");
        entries.put("cases/1/case.json", hostile.getBytes(StandardCharsets.UTF_8));
        assertRefused(resealWithManifest(entries), BundleFixtures.BUNDLE_PASS, Reason.DAMAGED);
    }

    /** The decrypted zip's entries, in order. */
    static Map<String, byte[]> contentOf(byte[] bundle) throws Exception {
        byte[] zip = BundleCipher.open(bundle, BundleFixtures.BUNDLE_PASS);
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] reseal(Map<String, byte[]> entries) {
        return BundleCipher.seal(BundleContent.zip(entries), BundleFixtures.BUNDLE_PASS, BundleFixtures.ITERATIONS);
    }

    /** Re-packs with a manifest whose hashes match the changed entries, as a hostile writer would. */
    static byte[] resealWithManifest(Map<String, byte[]> entries) {
        BundleManifest old = BundleJson.read(entries.get("manifest.json"), BundleManifest.class, "manifest.json");
        Map<String, byte[]> rest = new LinkedHashMap<>(entries);
        rest.remove("manifest.json");
        return BundleCipher.seal(BundleContent.pack(rest, listed -> new BundleManifest(old.format(), old.formatVersion(),
                old.createdAt(), old.createdBy(), old.schemaVersion(), old.sourceAuditIntact(), old.sourceAuditEntries(),
                old.cases(), listed)), BundleFixtures.BUNDLE_PASS, BundleFixtures.ITERATIONS);
    }
}
