package org.hirewatch.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hirewatch.exchange.batch.ApplicantCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the applicant CSV template (the header row of every column the layout knows). */
@Command(name = "template", description = "${bundle:cli.import.template.description}")
final class ImportTemplateCommand extends BaseCommand {
    @Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "cli.import.template.out")
    Path out;

    ImportTemplateCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ApplicantCsv.writeTemplate(w);
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, "cli.error.cannotWrite", out);
        }
        ctx.out().println(texts().get("cli.import.template.written", out, ApplicantCsv.columns().size()));
        return ExitCodes.OK;
    }
}
