package org.hirewatch.exchange.bundle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.exchange.bundle.BundleException.Reason;
import org.hirewatch.store.CaseSnapshot;

/** Packs case snapshots into one encrypted bundle file, written whole or not at all. */
final class BundleWriter {

    /** Who made the bundle and how the exporting workspace's audit chain stood. */
    record Origin(Instant at, String actor, int schemaVersion, AuditVerification audit) {
    }

    private BundleWriter() {
    }

    static byte[] content(List<CaseSnapshot> cases, Origin origin) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<BundleManifest.CaseInfo> infos = new ArrayList<>();
        int n = 0;
        for (CaseSnapshot s : cases) {
            String folder = "cases/" + (++n);
            entries.put(folder + "/case.json", BundleJson.write(new CaseEntry(s.caseId().toString(), s.reference(),
                    s.tables(), s.links())));
            entries.put(folder + "/audit.json", BundleJson.write(s.audit()));
            for (Map.Entry<UUID, byte[]> f : s.attachments().entrySet()) {
                entries.put(folder + "/attachments/" + f.getKey(), f.getValue());
            }
            infos.add(info(s, folder));
        }
        return BundleContent.pack(entries, listed -> new BundleManifest(BundleManifest.FORMAT, BundleHeader.FORMAT_VERSION,
                origin.at(), origin.actor(), origin.schemaVersion(), origin.audit().intact(),
                origin.audit().entriesChecked(), infos, listed));
    }

    static BundleManifest.CaseInfo info(CaseSnapshot s, String folder) {
        List<Map<String, Object>> subject = s.rows("subject");
        String name = subject.isEmpty() ? "" : String.valueOf(subject.get(0).get("primary_name"));
        return new BundleManifest.CaseInfo(s.caseId().toString(), s.reference(), String.valueOf(s.caseValue("title")),
                name, folder, s.rows("evidence").size(), s.rows("attachment").size(), s.rows("finding").size(),
                s.rows("note").size(), s.audit().size());
    }

    /** Writes beside the target first, then moves it into place, so a failed export leaves no half file. */
    static void writeFile(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".hirewatch-bundle-", ".part");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            throw new BundleException(Reason.UNWRITABLE, e, target);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the part file holds only ciphertext
                }
            }
        }
    }
}
