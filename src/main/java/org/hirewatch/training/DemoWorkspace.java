package org.hirewatch.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.exchange.applicants.Applicant;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceLocation;

/**
 * The demo workspace: its own folder beside (never inside) the real workspace, a marker file that tells the app it
 * holds invented people, and a fixed passphrase the user is never asked for. The data is invented, so the passphrase
 * protects nothing; the database is still encrypted like any other workspace so the same code opens it.
 */
public final class DemoWorkspace {
    /** Not a secret: the demo holds only invented people and must open without asking. */
    static final char[] PASSPHRASE = "hirewatch-demo-invented-people".toCharArray();
    public static final String MARKER = "DEMO-WORKSPACE.txt";
    public static final String TAG = "demo";
    private static final String REFERENCE_FIELDS = "referredCase,referredBy";

    private final Path folder;
    private final int kdfIterations;
    private final String actor;
    private final Catalogue catalogue;

    public DemoWorkspace(Path folder, int kdfIterations, String actor, Catalogue catalogue) {
        this.folder = folder;
        this.kdfIterations = kdfIterations;
        this.actor = actor;
        this.catalogue = catalogue;
    }

    /** The demo folder for a real workspace folder: a sibling, so the two never share files. */
    public static Path besides(Path realWorkspace) {
        Path abs = realWorkspace.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-demo");
    }

    public static boolean isDemo(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER));
    }

    public Path folder() {
        return folder;
    }

    /** Opens the demo, creating and loading it on first use. Blocking. */
    public Workspace open() {
        if (WorkspaceLocation.hasWorkspace(folder) && isDemo(folder)) {
            return Workspace.open(folder, PASSPHRASE.clone(), actor);
        }
        return recreate();
    }

    /** Throws the demo away and builds it again from the pack. The caller has closed any open demo workspace. */
    public Workspace recreate() {
        if (Files.exists(folder) && !isDemo(folder) && WorkspaceLocation.hasWorkspace(folder)) {
            // a real workspace where the demo should be is never deleted
            throw new IllegalStateException("not a demo workspace: " + folder);
        }
        delete(folder);
        try {
            // the marker comes first, so a half-built demo is still recognised (and rebuilt) as a demo
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKER),
                    "This folder is the HireWatch demo workspace. It holds invented people only.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workspace ws = Workspace.create(folder, PASSPHRASE.clone(), KdfParams.fresh(kdfIterations), actor);
        try {
            load(ws, DemoPack.builtIn(catalogue), catalogue);
            return ws;
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /**
     * Creates one case per demo applicant with its evidence and checklist answers, then runs every check. Demo ids
     * that evidence uses to point at another applicant (referrals) become that applicant's case reference.
     */
    public static Map<String, CaseFile> load(Workspace ws, DemoPack pack, Catalogue catalogue) {
        List<CaseDetails> details = new ArrayList<>();
        for (DemoCase c : pack.cases()) {
            CaseDetails d = CaseDetails.newCase(c.id() + " · " + c.expected().title(), c.applicant().subject());
            details.add(new CaseDetails(d.title(), d.status(), d.decision(), d.decisionRationale(), d.priority(),
                    d.assignee(), List.of(TAG), null, false, d.subject()));
        }
        List<CaseFile> created = ws.cases().createAll(details);
        Map<String, CaseFile> byId = new LinkedHashMap<>();
        Map<String, String> references = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            byId.put(pack.cases().get(i).id(), created.get(i));
            references.put(pack.cases().get(i).id(), created.get(i).reference());
        }
        Map<UUID, List<EvidenceDraft>> drafts = new LinkedHashMap<>();
        for (DemoCase c : pack.cases()) {
            List<EvidenceDraft> items = new ArrayList<>();
            for (Applicant.Item item : c.applicant().evidence()) {
                items.add(withReferences(item.draft(), references));
            }
            drafts.put(byId.get(c.id()).id(), items);
        }
        ws.evidence().addAll(drafts);
        for (DemoCase c : pack.cases()) {
            UUID caseId = byId.get(c.id()).id();
            c.applicant().checklist().forEach((indicator, a) ->
                    ws.checks().answer(caseId, indicator, a.answer(), a.comment()));
        }
        new CheckService(ws, catalogue, CheckEngine.withBuiltInRules()).checkAll((done, total) -> { });
        return byId;
    }

    private static EvidenceDraft withReferences(EvidenceDraft d, Map<String, String> references) {
        Map<String, String> fields = new LinkedHashMap<>(d.fields());
        for (String field : REFERENCE_FIELDS.split(",")) {
            String value = fields.get(field);
            if (value != null && references.containsKey(value.strip())) {
                fields.put(field, references.get(value.strip()));
            }
        }
        return new EvidenceDraft(d.kind(), d.observedAt(), d.source(), fields);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
