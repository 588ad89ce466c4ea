package org.hirewatch.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.exchange.bundle.BundleException;
import org.hirewatch.exchange.bundle.BundleService;
import org.hirewatch.exchange.bundle.OpenedBundle;
import org.hirewatch.store.BundleStore;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hirewatch import bundle FILE [--on-conflict keep|replace|copy]}: checks the whole bundle first, then imports
 * all of its cases in one transaction. A refused bundle is invalid input (exit 1) and nothing is written.
 */
@Command(name = "bundle", description = "${bundle:cli.importBundle.description}")
final class ImportBundleCommand extends WorkspaceCommand {
    @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "cli.bundle.option.file")
    Path file;

    @Option(names = "--on-conflict", paramLabel = "<choice>", descriptionKey = "cli.bundle.option.onConflict")
    BundleStore.Mode onConflict = BundleStore.Mode.KEEP;

    @Mixin
    BundlePassphraseOptions bundlePassphrase;

    ImportBundleCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (Workspace ws = openWorkspace()) {
            BundleService service = new BundleService(ws);
            char[] passphrase = bundlePassphrase.read(ctx, file.toAbsolutePath(), false);
            OpenedBundle bundle;
            try {
                bundle = service.open(file, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            if (!bundle.sourceAuditIntact()) {
                ctx.err().println(texts().get("cli.bundle.sourceAuditBroken"));
            }
            Map<UUID, BundleStore.Mode> choices = new HashMap<>();
            bundle.cases().forEach(c -> choices.put(c.caseId(), onConflict));
            BundleService.ImportResult r = service.importBundle(bundle, choices);
            for (BundleStore.Imported c : r.cases()) {
                ctx.out().println(line(c));
            }
            ctx.out().println(texts().get("cli.bundle.summary", r.bundleSha256(), r.imported(), r.kept()));
            if (r.linksWithoutOtherCase() > 0) {
                ctx.out().println(texts().get("cli.bundle.linksSkipped", r.linksWithoutOtherCase()));
            }
        } catch (BundleException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.reason().messageKey(), e.args().toArray());
        }
        return ExitCodes.OK;
    }

    private String line(BundleStore.Imported c) {
        if (c.caseId() == null) {
            return texts().get("cli.bundle.kept", c.bundleReference());
        }
        if (!c.conflicted()) {
            return texts().get("cli.bundle.imported", c.bundleReference(), c.reference());
        }
        return c.mode() == BundleStore.Mode.REPLACE ? texts().get("cli.bundle.replaced", c.bundleReference())
                : texts().get("cli.bundle.copied", c.bundleReference(), c.reference());
    }

}
