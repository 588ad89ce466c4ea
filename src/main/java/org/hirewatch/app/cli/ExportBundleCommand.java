package org.hirewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hirewatch.exchange.bundle.BundleException;
import org.hirewatch.exchange.bundle.BundleService;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hirewatch export bundle --case REF [--case REF...] --out FILE}: cases to one encrypted bundle. */
@Command(name = "bundle", description = "${bundle:cli.exportBundle.description}")
final class ExportBundleCommand extends WorkspaceCommand {
    @Option(names = "--case", required = true, paramLabel = "<reference>", descriptionKey = "cli.bundle.option.case")
    List<String> references;

    @Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "cli.bundle.option.out")
    Path out;

    @Option(names = "--overwrite", descriptionKey = "cli.bundle.option.overwrite")
    boolean overwrite;

    @Mixin
    BundlePassphraseOptions bundlePassphrase;

    ExportBundleCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Path target = out.toAbsolutePath();
        if (Files.exists(target) && !overwrite) {
            throw new CliException(ExitCodes.INVALID_INPUT, "cli.bundle.outExists", target);
        }
        try (Workspace ws = openWorkspace()) {
            List<UUID> ids = new ArrayList<>();
            for (String ref : references) {
                UUID id = findCase(ws, ref).id();
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            char[] passphrase = bundlePassphrase.read(ctx, target, true);
            try {
                BundleService.ExportResult r = new BundleService(ws).export(ids, target, passphrase, ctx.kdfIterations(),
                        BundleService.Progress.NONE);
                ctx.out().println(texts().get("cli.bundle.exported", r.cases(), r.file(), r.bytes(), r.sha256()));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        } catch (BundleException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.reason().messageKey(), e.args().toArray());
        }
        return ExitCodes.OK;
    }
}
