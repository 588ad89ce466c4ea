package org.hirewatch.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Every command: --help, --version, and the injected context. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    final CliContext ctx;

    BaseCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    Texts texts() {
        return ctx.texts();
    }
}
