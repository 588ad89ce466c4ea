package org.hirewatch.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.hirewatch.exchange.bundle.BundleService;
import picocli.CommandLine.Option;

/**
 * Where a bundle's passphrase comes from: --bundle-passphrase-file, --bundle-passphrase-env, HIREWATCH_BUNDLE_PASSPHRASE,
 * or the console (twice for a new bundle). It is separate from the workspace passphrase: the bundle's goes to the
 * receiving investigator, the workspace's never leaves its owner.
 */
final class BundlePassphraseOptions {
    static final String DEFAULT_ENV = "HIREWATCH_BUNDLE_PASSPHRASE";

    @Option(names = "--bundle-passphrase-env", paramLabel = "<name>", descriptionKey = "cli.bundle.option.passphraseEnv")
    String env;

    @Option(names = "--bundle-passphrase-file", paramLabel = "<path>", descriptionKey = "cli.bundle.option.passphraseFile")
    Path file;

    char[] read(CliContext ctx, Path bundle, boolean newBundle) {
        if (file != null && env != null) {
            throw new CliException(ExitCodes.USAGE, "cli.bundle.twoSources");
        }
        char[] p;
        if (file != null) {
            p = WorkspaceOptions.readFirstLine(file);
        } else if (env != null) {
            String v = ctx.env().get(env);
            if (v == null) {
                throw new CliException(ExitCodes.USAGE, "cli.bundle.envNotSet", env);
            }
            p = v.toCharArray();
        } else if (ctx.env().get(DEFAULT_ENV) != null) {
            p = ctx.env().get(DEFAULT_ENV).toCharArray();
        } else {
            return newBundle ? promptNew(ctx, bundle) : prompt(ctx, "cli.bundle.prompt", bundle);
        }
        if (newBundle) {
            BundleService.checkPassphrase(p);
        }
        return p;
    }

    private static char[] prompt(CliContext ctx, String key, Object... args) {
        char[] p = ctx.prompt().read(ctx.texts().get(key, args));
        if (p == null) {
            throw new CliException(ExitCodes.USAGE, "cli.bundle.none");
        }
        return p;
    }

    private static char[] promptNew(CliContext ctx, Path bundle) {
        char[] first = prompt(ctx, "cli.bundle.promptNew", bundle, BundleService.MIN_PASSPHRASE_LENGTH);
        BundleService.checkPassphrase(first);
        char[] second = prompt(ctx, "cli.bundle.promptRepeat");
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new CliException(ExitCodes.INVALID_INPUT, "cli.bundle.mismatch");
            }
        } finally {
            Arrays.fill(second, '\0');
        }
        return first;
    }
}
