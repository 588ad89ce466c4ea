package org.hirewatch.app.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.exchange.applicants.ApplicantChecker;
import org.hirewatch.exchange.applicants.ApplicantFile;
import org.hirewatch.exchange.applicants.ApplicantFileException;
import org.hirewatch.exchange.applicants.ApplicantFileReader;
import org.hirewatch.exchange.applicants.FileProblem;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the indicator checks and prints findings, risk and coverage: on one case or every case of a workspace (and
 * saves the results there, keeping earlier reviews), or on a file of applicants (in memory: no workspace is opened
 * and nothing is written).
 */
@Command(name = "check", description = "${bundle:cli.check.description}")
final class CheckCommand extends WorkspaceCommand {
    /** Runs over at least this many cases report their progress on standard error. */
    static final int PROGRESS_FROM = 1000;
    /** A file with more problems than this lists the first ones and counts the rest. */
    static final int PROBLEMS_SHOWN = 100;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Exactly one of: a case, all cases, a file. */
    static final class Target {
        @Option(names = "--case", paramLabel = "<reference>", descriptionKey = "cli.check.case")
        String reference;

        @Option(names = "--all", descriptionKey = "cli.check.all")
        boolean all;

        @Option(names = "--input", paramLabel = "<file>", descriptionKey = "cli.check.input")
        String input;
    }

    @Option(names = "--format", paramLabel = "<format>", descriptionKey = "cli.check.format")
    Output.SimpleFormat format = Output.SimpleFormat.JSON;

    CheckCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (target.input != null) {
            return checkFile(target.input);
        }
        try (Workspace ws = openWorkspace()) {
            // Not attached as a listener: checking changes no evidence, and open() already attached one.
            CheckService checks = new CheckService(ws, Catalogue.builtIn(), CheckEngine.withBuiltInRules());
            checks.useNoise(new org.hirewatch.links.LinkService(ws)::noise);
            CheckReport report = new CheckReport(ctx.out(), texts(), format, checks.config());
            if (target.reference != null) {
                CaseFile c = findCase(ws, target.reference);
                Assessment a = checks.checkCase(c.id());
                report.begin();
                report.add(entry(ws, c.reference(), c.subject().primaryName(), a));
                report.end();
            } else {
                checkAll(ws, checks, report);
            }
        }
        return ExitCodes.OK;
    }

    private void checkAll(Workspace ws, CheckService checks, CheckReport report) {
        checks.checkAll((done, total) -> {
            if (total >= PROGRESS_FROM) {
                ctx.err().println(texts().get("cli.check.progress", done, total));
            }
        });
        List<CaseSummary> cases = ws.cases().list(CaseQuery.all()).stream()
                .sorted(Comparator.comparing(CaseSummary::reference)).toList();
        report.begin();
        for (CaseSummary c : cases) {
            Assessment a = ws.checks().assessment(c.id())
                    .orElseThrow(() -> new WorkspaceException(WorkspaceException.Reason.NOT_FOUND, c.reference()));
            report.add(entry(ws, c.reference(), c.subjectName(), a));
        }
        report.end();
    }

    private static CheckReport.Entry entry(Workspace ws, String reference, String subjectName, Assessment a) {
        return new CheckReport.Entry("reference", reference, subjectName, a, ws.checks().findings(a.caseId()),
                UUID::toString);
    }

    private int checkFile(String input) {
        Catalogue catalogue = Catalogue.builtIn();
        ApplicantFile file;
        try {
            file = read(input, new ApplicantFileReader(catalogue));
        } catch (ApplicantFileException e) {
            report(input, e.problems());
            return ExitCodes.INVALID_INPUT;
        }
        ApplicantChecker checker = new ApplicantChecker(catalogue, CheckEngine.withBuiltInRules());
        CheckReport report = new CheckReport(ctx.out(), texts(), format, checker.config());
        report.begin();
        for (ApplicantChecker.Result r : checker.check(file, Instant.now())) {
            report.add(new CheckReport.Entry("applicant", r.applicant().id(), r.applicant().subject().primaryName(),
                    r.assessment(), r.findings(), r::evidenceLabel));
        }
        report.end();
        return ExitCodes.OK;
    }

    /** The whole file, read and validated; "-" is standard input. */
    private ApplicantFile read(String input, ApplicantFileReader reader) {
        try {
            if ("-".equals(input)) {
                return reader.read(new FilterInputStream(ctx.in()) {
                    @Override
                    public void close() {
                        // The JSON parser closes what it reads; standard input belongs to the process.
                    }
                });
            }
            try (InputStream in = Files.newInputStream(Path.of(input))) {
                return reader.read(in);
            }
        } catch (IOException | InvalidPathException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, "cli.check.inputUnreadable", input);
        }
    }

    private void report(String input, List<FileProblem> problems) {
        Texts t = texts();
        for (FileProblem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
            String message = t.get(p.messageKey(), p.args());
            if (p.path().isEmpty()) {
                ctx.err().println(t.get("cli.check.input.fileProblem", input, message));
            } else if (p.applicantId() == null) {
                ctx.err().println(t.get("cli.check.input.problem", p.path(), message));
            } else {
                ctx.err().println(t.get("cli.check.input.applicantProblem", p.path(), p.applicantId(), message));
            }
        }
        if (problems.size() > PROBLEMS_SHOWN) {
            ctx.err().println(t.get("cli.check.input.moreProblems", problems.size() - PROBLEMS_SHOWN));
        }
        ctx.err().println(t.get("cli.check.input.refused", input, problems.size()));
    }
}
