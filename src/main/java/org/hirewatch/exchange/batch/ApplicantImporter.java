package org.hirewatch.exchange.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.exchange.applicants.Applicant;
import org.hirewatch.exchange.applicants.ApplicantFile;
import org.hirewatch.exchange.applicants.ApplicantFileException;
import org.hirewatch.exchange.applicants.ApplicantFileReader;
import org.hirewatch.exchange.applicants.FileProblem;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.BatchImportStore;
import org.hirewatch.store.Workspace;

/**
 * Imports applicants from a CSV or JSON file: {@link #plan} reads and checks the file and writes nothing (the dry
 * run); {@link #run} creates the planned cases in one transaction, then runs the indicator checks on them.
 */
public final class ApplicantImporter {
    /** Bigger files are refused before reading: an import holds the whole batch in memory and one transaction. */
    public static final long FILE_LIMIT = 50L * 1024 * 1024;
    private final Workspace ws;
    private final CheckService checks;
    private final Catalogue catalogue;

    public ApplicantImporter(Workspace ws, CheckService checks, Catalogue catalogue) {
        this.ws = ws;
        this.checks = checks;
        this.catalogue = catalogue;
    }

    /** Cases made and their evidence; {@code checked} cases had their checks run. */
    public record Result(List<CaseFile> created, int evidence, int answers, int checked) {
    }

    /** Reads the file; unreadable or oversized files become a single problem (line 0). */
    public ImportPlan plan(Path file, ImportFormat format) {
        byte[] bytes;
        try {
            if (Files.size(file) > FILE_LIMIT) {
                return refused(format, "import.error.tooLarge", FILE_LIMIT / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return refused(format, "import.error.unreadable", String.valueOf(file.getFileName()));
        }
        return plan(bytes, format);
    }

    public ImportPlan plan(byte[] bytes, ImportFormat format) {
        if (format == ImportFormat.JSON) {
            return json(new ByteArrayInputStream(bytes));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return ApplicantCsv.read(text);
        } catch (CharacterCodingException e) {
            return refused(format, "import.error.notUtf8");
        }
    }

    private ImportPlan json(InputStream in) {
        try {
            ApplicantFile file = new ApplicantFileReader(catalogue).read(in);
            List<PlannedCase> cases = new ArrayList<>();
            for (Applicant a : file.applicants()) {
                Map<String, BatchImportStore.Answer> answers = new LinkedHashMap<>();
                a.checklist().forEach((k, v) -> answers.put(k, new BatchImportStore.Answer(v.answer(), v.comment())));
                cases.add(new PlannedCase(a.id(), 0, PlannedCase.defaultTitle(a.id(), a.subject()), a.subject(),
                        a.evidence().stream().map(Applicant.Item::draft).toList(), answers));
            }
            return new ImportPlan(ImportFormat.JSON, cases, List.of());
        } catch (ApplicantFileException e) {
            List<ImportProblem> problems = new ArrayList<>();
            for (FileProblem p : e.problems()) {
                problems.add(new ImportProblem(0, p.path(), p.applicantId(), p.messageKey(), p.args()));
            }
            return new ImportPlan(ImportFormat.JSON, List.of(), problems);
        } catch (IOException e) {
            return refused(ImportFormat.JSON, "import.error.unreadable", "");
        }
    }

    private static ImportPlan refused(ImportFormat format, String key, Object... args) {
        return new ImportPlan(format, List.of(), List.of(new ImportProblem(0, "", null, key, List.of(args))));
    }

    /**
     * Creates every planned case or none, then checks them (a failed check leaves the cases, which the next start
     * checks as "never checked").
     *
     * @throws IllegalArgumentException when the plan has problems: a dry run must be clean before an import
     */
    public Result run(ImportPlan plan) {
        if (!plan.canImport()) {
            throw new IllegalArgumentException("the plan has problems or no cases");
        }
        List<BatchImportStore.NewCase> batch = new ArrayList<>();
        for (PlannedCase c : plan.cases()) {
            batch.add(new BatchImportStore.NewCase(CaseDetails.newCase(c.title(), c.subject()), c.evidence(),
                    c.answers()));
        }
        List<CaseFile> created = new BatchImportStore(ws).create(batch);
        int checked = 0;
        for (CaseFile c : created) {
            checks.checkCase(c.id());
            checked++;
        }
        return new Result(created, plan.evidenceCount(), plan.answerCount(), checked);
    }
}
