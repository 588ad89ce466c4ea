package org.hirewatch.exchange.bundle;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.exchange.bundle.BundleException.Reason;
import org.hirewatch.store.BundleStore;
import org.hirewatch.store.BundleStore.Mode;
import org.hirewatch.store.CaseSnapshot;
import org.hirewatch.store.Workspace;

/**
 * Hands cases from one workspace to another: export to an encrypted bundle file, open (and check) a bundle, preview
 * it against this workspace, and import it with a choice per conflicting case. The screens and the command line
 * both go through here. Imported cases are re-checked by the workspace's check service, which hears of them as
 * new cases.
 */
public final class BundleService {
    public static final int MIN_PASSPHRASE_LENGTH = 10;
    private final Workspace ws;
    private final BundleStore store;

    public BundleService(Workspace ws) {
        this.ws = ws;
        this.store = BundleStore.of(ws);
    }

    /** Progress of a long step: done of total. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> { };
    }

    public record ExportResult(Path file, String sha256, int cases, long bytes) {
    }

    /**
     * Writes the cases to {@code target} under the passphrase (at least ten characters); the export is audited in
     * this workspace with the bundle's hash. {@code iterations} is the PBKDF2 count (600,000 outside tests).
     */
    public ExportResult export(List<UUID> caseIds, Path target, char[] passphrase, int iterations, Progress progress) {
        if (caseIds.isEmpty()) {
            throw new ValidationException(List.of(new Violation("case", "caseBundle.export.noCases")));
        }
        checkPassphrase(passphrase);
        List<CaseSnapshot> snapshots = new ArrayList<>();
        long total = caseIds.size() + 2L;
        for (UUID id : caseIds) {
            snapshots.add(store.snapshot(id));
            progress.update(snapshots.size(), total);
        }
        BundleWriter.Origin origin = new BundleWriter.Origin(Instant.now().truncatedTo(ChronoUnit.MILLIS), ws.actor(),
                Workspace.SCHEMA_VERSION, ws.audit().verify());
        byte[] file = BundleCipher.seal(BundleWriter.content(snapshots, origin), passphrase, iterations);
        progress.update(total - 1, total);
        BundleWriter.writeFile(target, file);
        String sha256 = BundleContent.sha256(file);
        store.recordExport(caseIds, sha256);
        progress.update(total, total);
        return new ExportResult(target, sha256, caseIds.size(), file.length);
    }

    public static void checkPassphrase(char[] passphrase) {
        if (Character.codePointCount(passphrase, 0, passphrase.length) < MIN_PASSPHRASE_LENGTH) {
            throw new ValidationException(List.of(new Violation("passphrase", "caseBundle.passphrase.tooShort",
                    MIN_PASSPHRASE_LENGTH)));
        }
    }

    /** Reads and checks the whole bundle; nothing is written. Refusals are {@link BundleException}s. */
    public OpenedBundle open(Path file, char[] passphrase) {
        return BundleReader.read(file, passphrase);
    }

    /**
     * One case of a bundle as the import preview shows it, with the case here it would collide with, if any.
     * {@code linksWithoutOtherCase} counts its confirmed links to cases that are neither in the bundle nor here: the
     * import leaves those out.
     */
    public record CasePreview(UUID bundleCaseId, String reference, String title, String subjectName, int evidence,
                              int attachments, int findings, int notes, int auditEntries, int links,
                              int linksWithoutOtherCase, Optional<BundleStore.ExistingCase> existing) {
        public boolean conflicts() {
            return existing.isPresent();
        }
    }

    public List<CasePreview> preview(OpenedBundle bundle) {
        List<CasePreview> out = new ArrayList<>();
        Set<String> inBundle = new HashSet<>();
        bundle.cases().forEach(s -> inBundle.add(s.caseId().toString()));
        for (CaseSnapshot s : bundle.cases()) {
            BundleManifest.CaseInfo info = BundleWriter.info(s, "");
            int absent = 0;
            for (Map<String, Object> link : s.links()) {
                String other = s.caseId().toString().equals(link.get("case_a")) ? (String) link.get("case_b")
                        : (String) link.get("case_a");
                if (!inBundle.contains(other) && !store.caseExists(UUID.fromString(other))) {
                    absent++;
                }
            }
            out.add(new CasePreview(s.caseId(), s.reference(), info.title(), info.subjectName(), info.evidence(),
                    info.attachments(), info.findings(), info.notes(), info.auditEntries(), s.links().size(), absent,
                    store.existing(s.caseId(), s.reference())));
        }
        return out;
    }

    /** {@code linksWithoutOtherCase}: confirmed links left out because the case at the other end is not here. */
    public record ImportResult(String bundleSha256, List<BundleStore.Imported> cases, int linksAdded,
                               int linksWithoutOtherCase) {
        public long imported() {
            return cases.stream().filter(c -> c.caseId() != null).count();
        }

        public long kept() {
            return cases.size() - imported();
        }
    }

    /**
     * Imports every case of the bundle in one transaction. {@code choices} says, by the bundle's case id, what to do
     * where a case already exists here; a conflict without a choice keeps the existing case.
     */
    public ImportResult importBundle(OpenedBundle bundle, Map<UUID, Mode> choices) {
        List<CaseSnapshot> toWrite = new ArrayList<>();
        List<Mode> modes = new ArrayList<>();
        Map<UUID, UUID> copies = new HashMap<>();
        for (CaseSnapshot s : bundle.cases()) {
            Mode mode = choices.getOrDefault(s.caseId(), Mode.KEEP);
            boolean conflict = store.existing(s.caseId(), s.reference()).isPresent();
            CaseSnapshot written = conflict && mode == Mode.COPY ? CaseCopy.of(s) : s;
            if (written != s) {
                copies.put(s.caseId(), written.caseId());
            }
            toWrite.add(written);
            modes.add(mode);
        }
        toWrite = CaseCopy.relink(toWrite, copies);
        List<BundleStore.CaseImport> imports = new ArrayList<>();
        for (int i = 0; i < toWrite.size(); i++) {
            imports.add(new BundleStore.CaseImport(toWrite.get(i), modes.get(i), bundle.cases().get(i).caseId()));
        }
        try {
            BundleStore.Outcome o = store.importCases(imports, bundle.sha256());
            return new ImportResult(bundle.sha256(), o.cases(), o.linksAdded(), o.linksWithoutOtherCase());
        } catch (BundleStore.IdClash e) {
            throw new BundleException(Reason.ID_CLASH, e, e.reference());
        }
    }

    /** The imported audit history of a case, per bundle, and whether each is still as exported. */
    public List<BundleStore.ImportedHistory> importedHistory(UUID caseId) {
        return store.importedHistory(caseId);
    }
}
