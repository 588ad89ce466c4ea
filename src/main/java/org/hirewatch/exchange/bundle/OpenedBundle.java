package org.hirewatch.exchange.bundle;

import java.time.Instant;
import java.util.List;
import org.hirewatch.store.CaseSnapshot;

/**
 * A bundle that passed every check (passphrase, GCM tag, manifest hashes, entry names, content), held in memory
 * until it is imported or dropped. {@code sha256} is the hash of the whole file.
 */
public final class OpenedBundle {
    private final String sha256;
    private final BundleManifest manifest;
    private final List<CaseSnapshot> cases;

    OpenedBundle(String sha256, BundleManifest manifest, List<CaseSnapshot> cases) {
        this.sha256 = sha256;
        this.manifest = manifest;
        this.cases = List.copyOf(cases);
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return manifest.createdAt();
    }

    public String createdBy() {
        return manifest.createdBy();
    }

    /** Whether the exporting workspace's whole audit chain verified when the bundle was made. */
    public boolean sourceAuditIntact() {
        return manifest.sourceAuditIntact();
    }

    public List<CaseSnapshot> cases() {
        return cases;
    }

    BundleManifest manifest() {
        return manifest;
    }
}
