package org.hirewatch.app.cli;

import picocli.CommandLine.Option;

/** --help and --version on every command, with descriptions from the bundle. */
final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.option.version")
    boolean version;
}
