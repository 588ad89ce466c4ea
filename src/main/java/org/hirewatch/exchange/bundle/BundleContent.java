package org.hirewatch.exchange.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.hirewatch.exchange.bundle.BundleException.Reason;

/**
 * The zip inside the encryption: "manifest.json" first, then every entry the manifest lists. Reading checks each
 * name, refuses duplicates, never reads an entry past the size the manifest gives it, and requires the listed set
 * and the packed set to be the same, hash for hash.
 */
final class BundleContent {
    static final String MANIFEST = "manifest.json";
    private static final int MANIFEST_LIMIT = 16 * 1024 * 1024;

    private BundleContent() {
    }

    /** Packs the entries after a manifest that {@code manifestFor} builds from their list of hashes. */
    static byte[] pack(Map<String, byte[]> entries, java.util.function.Function<List<BundleManifest.Entry>, BundleManifest> manifestFor) {
        List<BundleManifest.Entry> listed = new ArrayList<>();
        entries.forEach((path, bytes) -> listed.add(new BundleManifest.Entry(EntryPaths.check(path), sha256(bytes),
                bytes.length)));
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(MANIFEST, BundleJson.write(manifestFor.apply(listed)));
        all.putAll(entries);
        return zip(all);
    }

    /** Writes entries as given, unchecked; tests use it to make hostile bundles. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    record Unpacked(BundleManifest manifest, Map<String, byte[]> entries) {
    }

    static Unpacked unpack(byte[] zipBytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(MANIFEST)) {
                throw new BundleException(Reason.DAMAGED, MANIFEST);
            }
            byte[] manifestBytes = readAtMost(zip, MANIFEST_LIMIT, MANIFEST);
            BundleManifest manifest = BundleJson.read(manifestBytes, BundleManifest.class, MANIFEST);
            if (!BundleManifest.FORMAT.equals(manifest.format())) {
                throw new BundleException(Reason.DAMAGED, MANIFEST);
            }
            if (manifest.formatVersion() != BundleHeader.FORMAT_VERSION) {
                throw new BundleException(manifest.formatVersion() > BundleHeader.FORMAT_VERSION ? Reason.NEWER_FORMAT
                        : Reason.DAMAGED, manifest.formatVersion(), BundleHeader.FORMAT_VERSION);
            }
            Map<String, BundleManifest.Entry> listed = new LinkedHashMap<>();
            for (BundleManifest.Entry e : manifest.entries()) {
                if (e == null || listed.put(EntryPaths.check(e.path()), e) != null || e.size() < 0) {
                    throw new BundleException(Reason.MANIFEST_MISMATCH, e == null ? "" : e.path());
                }
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (ZipEntry z = zip.getNextEntry(); z != null; z = zip.getNextEntry()) {
                String name = EntryPaths.check(z.getName());
                BundleManifest.Entry expected = listed.get(name);
                if (expected == null || entries.containsKey(name)) {
                    throw new BundleException(Reason.MANIFEST_MISMATCH, name);
                }
                byte[] bytes = readAtMost(zip, expected.size(), name);
                if (bytes.length != expected.size() || !sha256(bytes).equals(expected.sha256())) {
                    throw new BundleException(Reason.MANIFEST_MISMATCH, name);
                }
                entries.put(name, bytes);
            }
            for (String path : listed.keySet()) {
                if (!entries.containsKey(path)) {
                    throw new BundleException(Reason.MANIFEST_MISMATCH, path);
                }
            }
            return new Unpacked(manifest, entries);
        } catch (ZipException e) {
            throw new BundleException(Reason.DAMAGED, e, "zip");
        } catch (IOException e) {
            throw new BundleException(Reason.DAMAGED, e, "zip");
        }
    }

    /** One byte more than {@code limit} is read, so an entry longer than listed shows as a mismatch. */
    private static byte[] readAtMost(ZipInputStream zip, long limit, String name) throws IOException {
        if (limit > Integer.MAX_VALUE - 16) {
            throw new BundleException(Reason.TOO_LARGE, name);
        }
        return zip.readNBytes((int) limit + 1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
