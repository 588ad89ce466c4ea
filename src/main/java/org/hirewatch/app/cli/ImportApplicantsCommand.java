package org.hirewatch.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.exchange.batch.ApplicantImporter;
import org.hirewatch.exchange.batch.ImportFormat;
import org.hirewatch.exchange.batch.ImportPlan;
import org.hirewatch.exchange.batch.ImportProblem;
import org.hirewatch.exchange.batch.PlannedCase;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Creates cases from a CSV or JSON file of applicants. The file is checked whole first; with a problem nothing is
 * written. {@code --dry-run} stops after the check and says what would be created.
 */
@Command(name = "applicants", description = "${bundle:cli.import.applicants.description}")
final class ImportApplicantsCommand extends WorkspaceCommand {
    static final int PROBLEMS_SHOWN = 100;

    @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "cli.import.applicants.file")
    Path file;

    @Option(names = "--format", paramLabel = "<format>", descriptionKey = "cli.import.applicants.format")
    ImportFormat format;

    @Option(names = "--dry-run", descriptionKey = "cli.import.applicants.dryRun")
    boolean dryRun;

    ImportApplicantsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (Workspace ws = openWorkspace()) {
            CheckService checks = new CheckService(ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules());
            ApplicantImporter importer = new ApplicantImporter(ws, checks, Catalogue.builtIn());
            ImportPlan plan = importer.plan(file, format != null ? format : ImportFormat.of(file));
            report(plan);
            if (!plan.problems().isEmpty()) {
                ctx.err().println(texts().get("cli.import.applicants.refused", plan.problems().size()));
                return ExitCodes.INVALID_INPUT;
            }
            if (dryRun) {
                ctx.out().println(texts().get("cli.import.applicants.dryRunDone"));
                return ExitCodes.OK;
            }
            ApplicantImporter.Result r = importer.run(plan);
            ctx.out().println(texts().get("cli.import.applicants.done", r.created().size(), r.evidence(), r.checked()));
            for (int i = 0; i < r.created().size(); i++) {
                ctx.out().println("  " + Texts.printable(plan.cases().get(i).applicantId()) + " -> "
                        + r.created().get(i).reference());
            }
        }
        return ExitCodes.OK;
    }

    private void report(ImportPlan plan) {
        Texts t = texts();
        ctx.out().println(t.get("cli.import.applicants.wouldCreate", plan.cases().size(), plan.evidenceCount(),
                plan.answerCount()));
        for (Map.Entry<EvidenceKind, Integer> e : plan.evidenceByKind().entrySet()) {
            ctx.out().println("  " + e.getKey().name() + ": " + e.getValue());
        }
        for (PlannedCase c : plan.cases()) {
            ctx.out().println(t.get("cli.import.applicants.case", c.applicantId(), c.title(), c.evidence().size()));
        }
        for (ImportProblem p : plan.problems().subList(0, Math.min(PROBLEMS_SHOWN, plan.problems().size()))) {
            String message = t.get(p.messageKey(), p.args());
            if (p.line() > 0) {
                ctx.err().println(t.get("cli.import.applicants.lineProblem", p.line(), p.field(), message));
            } else if (!p.field().isEmpty()) {
                ctx.err().println(t.get("cli.import.applicants.pathProblem", p.field(), message));
            } else {
                ctx.err().println(message);
            }
        }
        if (plan.problems().size() > PROBLEMS_SHOWN) {
            ctx.err().println(t.get("cli.check.input.moreProblems", plan.problems().size() - PROBLEMS_SHOWN));
        }
    }
}
