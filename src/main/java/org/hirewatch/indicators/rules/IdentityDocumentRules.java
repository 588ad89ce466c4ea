package org.hirewatch.indicators.rules;

import static org.hirewatch.indicators.rules.CandidateEvidence.day;
import static org.hirewatch.indicators.rules.CandidateEvidence.ids;
import static org.hirewatch.indicators.rules.CandidateEvidence.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;

/** Rules of the Identity indicators that read the identity document and the checks run on it (IDN-02..05, 08). */
final class IdentityDocumentRules {
    private static final Pattern WIDTH_BY_HEIGHT =
            Pattern.compile("^\\s*(\\d{1,6})\\s*[x×*]\\s*(\\d{1,6})\\s*(?:px|pixels)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PIXEL_COUNT =
            Pattern.compile("^\\s*(\\d{1,10})\\s*(?:px|pixels)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEGAPIXELS =
            Pattern.compile("^\\s*(\\d{1,4}(?:\\.\\d+)?)\\s*(?:mp|megapixels?)\\s*$", Pattern.CASE_INSENSITIVE);
    /** What people type into "in-person check" when none took place. */
    private static final Set<String> NO_IN_PERSON_CHECK = Set.of("no", "none", "not done", "not run", "not requested",
            "declined", "refused", "no show", "failed", "n a", "pending");
    private static final Set<String> DEFINITE_AUTHENTICITY = Set.of("passed", "failed");
    private static final Set<String> YES_NO = Set.of("yes", "no");
    private static final Set<String> DEFINITE_ADDRESS = Set.of("residential", "commercial", "vacant", "mail_drop");

    private IdentityDocumentRules() {
    }

    /**
     * IDN-02: the document photo against the live capture, and the date of birth against the claimed career (a
     * career that began before a plausible age does not fit the person).
     */
    static Outcome personFitsDocument(CaseData c, Params p) {
        double min = p.decimal("minFaceMatch");
        int minAge = p.integer("minCareerStartAge");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.IDENTITY_DOCUMENT)) {
            OptionalDouble score = CandidateEvidence.decimal(e, "faceMatchScore");
            if (score.isPresent()) {
                evaluated = true;
                if (score.getAsDouble() < min) {
                    hits.add(Hit.of("finding.IDN-02.lowFaceMatch", ids(e), number(score.getAsDouble()), number(min)));
                }
            }
        }
        Evidence careerStart = null;
        long startYear = Long.MAX_VALUE;
        for (Evidence e : c.of(EvidenceKind.APPLICATION)) {
            OptionalLong year = CandidateEvidence.integer(e, "careerStartYear");
            if (year.isPresent() && year.getAsLong() < startYear) {
                careerStart = e;
                startYear = year.getAsLong();
            }
        }
        boolean anyBirthDate = false;
        for (Evidence e : c.of(EvidenceKind.IDENTITY_DOCUMENT)) {
            Optional<LocalDate> born = CandidateEvidence.date(e, "dateOfBirth");
            if (born.isEmpty()) {
                continue;
            }
            anyBirthDate = true;
            if (careerStart == null) {
                continue;
            }
            evaluated = true;
            long age = startYear - born.get().getYear();
            if (age < minAge) {
                hits.add(Hit.of("finding.IDN-02.careerBeforeAge", ids(e, careerStart), born.get().toString(), age,
                        startYear, minAge));
            }
        }
        if (!evaluated) {
            List<EvidenceNeed> missing = new ArrayList<>();
            missing.add(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "faceMatchScore"));
            if (!anyBirthDate) {
                missing.add(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "dateOfBirth"));
            }
            if (careerStart == null) {
                missing.add(EvidenceNeed.of(EvidenceKind.APPLICATION, "careerStartYear"));
            }
            return Outcome.notEvaluated(missing);
        }
        return Outcome.hits(hits);
    }

    /**
     * IDN-03: a failed authenticity check, or an image too small to check. "Inconclusive" and "not run" are no
     * result: they neither raise nor clear the document.
     */
    static Outcome forgedDocument(CaseData c, Params p) {
        long minPixels = p.integer("minResolutionPixels");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.IDENTITY_DOCUMENT)) {
            if (CandidateEvidence.isOneOf(e, "authenticityResult", DEFINITE_AUTHENTICITY)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "authenticityResult", "failed")) {
                    hits.add(Hit.of("finding.IDN-03.authenticityFailed", ids(e)));
                }
            }
            OptionalLong pixels = pixels(e.value("imageResolution"));
            if (pixels.isPresent()) {
                evaluated = true;
                if (pixels.getAsLong() < minPixels) {
                    hits.add(Hit.of("finding.IDN-03.lowResolution", ids(e), e.value("imageResolution").strip(),
                            pixels.getAsLong(), minPixels));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "authenticityResult"),
                    EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "imageResolution"));
        }
        return Outcome.hits(hits);
    }

    /** Pixels in an image size written as "1200x800", "960000" or "1.2 MP"; empty if it cannot be read. */
    static OptionalLong pixels(String resolution) {
        Matcher m = WIDTH_BY_HEIGHT.matcher(resolution);
        if (m.matches()) {
            return OptionalLong.of(Long.parseLong(m.group(1)) * Long.parseLong(m.group(2)));
        }
        m = PIXEL_COUNT.matcher(resolution);
        if (m.matches()) {
            return OptionalLong.of(Long.parseLong(m.group(1)));
        }
        m = MEGAPIXELS.matcher(resolution);
        if (m.matches()) {
            return OptionalLong.of(Math.round(Double.parseDouble(m.group(1)) * 1_000_000));
        }
        return OptionalLong.empty();
    }

    /** IDN-04: an E-Verify mismatch or a complaint from the identity's real owner. */
    static Outcome identityOwnerUnaware(CaseData c, Params p) {
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(EvidenceKind.IDENTITY_DOCUMENT)) {
            String everify = CandidateEvidence.choice(e, "everifyResult");
            if (everify.equals("match") || everify.equals("mismatch")) {
                evaluated = true;
                if (everify.equals("mismatch")) {
                    hits.add(Hit.of("finding.IDN-04.everifyMismatch", ids(e)));
                }
            }
            String complaint = CandidateEvidence.choice(e, "ownerComplaint");
            if (complaint.equals("yes") || complaint.equals("no")) {
                evaluated = true;
                if (complaint.equals("yes")) {
                    hits.add(Hit.of("finding.IDN-04.ownerComplaint", ids(e)));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "everifyResult"),
                    EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "ownerComplaint"));
        }
        return Outcome.hits(hits);
    }

    /**
     * IDN-05: someone attended an in-person step, and a video call shows a face that does not match earlier captures
     * or a recorded change of person. Without an in-person step this is INT-02's concern, not a lent identity.
     */
    static Outcome lentIdentity(CaseData c, Params p) {
        double min = p.decimal("minFaceMatch");
        List<Evidence> inPerson = new ArrayList<>();
        for (Evidence e : c.of(EvidenceKind.IDENTITY_DOCUMENT)) {
            String check = e.value("inPersonCheck");
            if (!check.isBlank() && !NO_IN_PERSON_CHECK.contains(CandidateEvidence.fold(check))) {
                inPerson.add(e);
            }
        }
        List<Evidence> calls = c.of(EvidenceKind.INTERVIEW_OBSERVATION);
        calls.stream().filter(e -> CandidateEvidence.is(e, "inPersonStep", "attended")).forEach(inPerson::add);
        List<Evidence> compared = calls.stream().filter(e -> CandidateEvidence.decimal(e, "faceMatchScore").isPresent()
                || CandidateEvidence.isOneOf(e, "personChanged", YES_NO)).toList();
        if (inPerson.isEmpty() || compared.isEmpty()) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (inPerson.isEmpty()) {
                missing.add(EvidenceNeed.of(EvidenceKind.INTERVIEW_OBSERVATION, "inPersonStep"));
                missing.add(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "inPersonCheck"));
            }
            if (compared.isEmpty()) {
                missing.add(EvidenceNeed.of(EvidenceKind.INTERVIEW_OBSERVATION, "faceMatchScore"));
                missing.add(EvidenceNeed.of(EvidenceKind.INTERVIEW_OBSERVATION, "personChanged"));
            }
            return Outcome.notEvaluated(missing);
        }
        Evidence firstVisit = inPerson.stream().min(Comparator.comparing(Evidence::observedAt)).orElseThrow();
        List<Hit> hits = new ArrayList<>();
        for (Evidence call : compared) {
            List<Evidence> cited = new ArrayList<>(inPerson);
            cited.add(call);
            OptionalDouble score = CandidateEvidence.decimal(call, "faceMatchScore");
            if (score.isPresent() && score.getAsDouble() < min) {
                hits.add(Hit.of("finding.IDN-05.lowFaceMatch", ids(cited), day(firstVisit), day(call),
                        number(score.getAsDouble()), number(min)));
            }
            if (CandidateEvidence.is(call, "personChanged", "yes")) {
                hits.add(Hit.of("finding.IDN-05.personChanged", ids(cited), day(firstVisit), day(call)));
            }
        }
        return Outcome.hits(hits);
    }

    /** IDN-08: address validation classed the document address as something other than a home. */
    static Outcome implausibleAddress(CaseData c, Params p) {
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        boolean anyCheck = false;
        boolean anyAddress = false;
        for (Evidence e : c.of(EvidenceKind.IDENTITY_DOCUMENT)) {
            String check = CandidateEvidence.choice(e, "addressCheck");
            anyAddress |= !e.value("addressOnDocument").isBlank();
            if (!DEFINITE_ADDRESS.contains(check)) {
                continue;
            }
            anyCheck = true;
            String address = CandidateEvidence.oneLine(e.value("addressOnDocument"));
            if (address.isEmpty()) {
                continue;
            }
            evaluated = true;
            if (!check.equals("residential")) {
                hits.add(Hit.of(switch (check) {
                    case "commercial" -> "finding.IDN-08.commercial";
                    case "vacant" -> "finding.IDN-08.vacant";
                    default -> "finding.IDN-08.mailDrop";
                }, ids(e), address));
            }
        }
        if (!evaluated) {
            List<EvidenceNeed> missing = new ArrayList<>();
            if (!anyCheck) {
                missing.add(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "addressCheck"));
            }
            if (anyCheck || !anyAddress) {
                missing.add(EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "addressOnDocument"));
            }
            return Outcome.notEvaluated(missing);
        }
        return Outcome.hits(hits);
    }
}
