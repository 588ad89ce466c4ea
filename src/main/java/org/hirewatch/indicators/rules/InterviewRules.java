package org.hirewatch.indicators.rules;

import static org.hirewatch.indicators.rules.CandidateEvidence.day;
import static org.hirewatch.indicators.rules.CandidateEvidence.ids;
import static org.hirewatch.indicators.rules.CandidateEvidence.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/**
 * Rules of the Interview indicators. Each reads what the interviewer recorded about a call; none judges accent,
 * fluency or looks.
 */
public final class InterviewRules {
    private static final EvidenceKind CALL = EvidenceKind.INTERVIEW_OBSERVATION;
    private static final Set<String> YES_NO = Set.of("yes", "no");
    private static final Set<String> CAMERA = Set.of("on", "off", "intermittent");
    private static final Set<String> LIVENESS_DONE = Set.of("passed", "failed", "refused");
    private static final Set<String> BACKGROUND = Set.of("real", "blurred", "virtual_default", "stock_image");
    private static final Set<String> IN_PERSON_OUTCOME = Set.of("attended", "declined", "no_show");
    private static final Set<String> VERIFICATION_ASKED =
            Set.of("complied", "left_call", "refused", "deleted_profiles");

    private InterviewRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("INT-01", InterviewRules::cameraOff);
        rules.put("INT-02", InterviewRules::personChangedBetweenCalls);
        rules.put("INT-03", InterviewRules::readingAnswers);
        rules.put("INT-04", InterviewRules::failedLiveness);
        rules.put("INT-05", InterviewRules::hiddenSurroundings);
        rules.put("INT-06", InterviewRules::avoidsInPersonStep);
        rules.put("INT-08", InterviewRules::leavesOnVerification);
    }

    /** INT-01: camera off in any interview; one finding for all of them, with the first excuse given. */
    static Outcome cameraOff(CaseData c, Params p) {
        List<Evidence> recorded = c.of(CALL).stream().filter(e -> CandidateEvidence.isOneOf(e, "camera", CAMERA))
                .toList();
        if (recorded.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(CALL, "camera"));
        }
        List<Evidence> off = recorded.stream().filter(e -> CandidateEvidence.is(e, "camera", "off")).toList();
        if (off.isEmpty()) {
            return Outcome.clear();
        }
        String excuse = off.stream().map(e -> e.value("cameraExcuse").strip()).filter(s -> !s.isEmpty()).findFirst()
                .orElse("");
        return Outcome.hit(excuse.isEmpty()
                ? Hit.of("finding.INT-01.cameraOff", ids(off), off.size(), recorded.size())
                : Hit.of("finding.INT-01.cameraOffExcuse", ids(off), off.size(), recorded.size(), excuse));
    }

    /** INT-02: a face that does not match earlier captures, or a change of person the interviewer noted. */
    static Outcome personChangedBetweenCalls(CaseData c, Params p) {
        double min = p.decimal("minFaceMatch");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(CALL)) {
            OptionalDouble score = CandidateEvidence.decimal(e, "faceMatchScore");
            if (score.isPresent()) {
                evaluated = true;
                if (score.getAsDouble() < min) {
                    hits.add(Hit.of("finding.INT-02.lowFaceMatch", ids(e), day(e), number(score.getAsDouble()),
                            number(min)));
                }
            }
            if (CandidateEvidence.isOneOf(e, "personChanged", YES_NO)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "personChanged", "yes")) {
                    hits.add(Hit.of("finding.INT-02.personChanged", ids(e), day(e)));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(CALL, "faceMatchScore"),
                    EvidenceNeed.of(CALL, "personChanged"));
        }
        return Outcome.hits(hits);
    }

    /** INT-03: a typical answer delay above the limit, or visible signs of reading answers. */
    static Outcome readingAnswers(CaseData c, Params p) {
        double max = p.decimal("maxLatencySeconds");
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(CALL)) {
            OptionalDouble latency = CandidateEvidence.decimal(e, "answerLatencySeconds");
            if (latency.isPresent()) {
                evaluated = true;
                if (latency.getAsDouble() > max) {
                    hits.add(Hit.of("finding.INT-03.slowAnswers", ids(e), day(e), number(latency.getAsDouble()),
                            number(max)));
                }
            }
            if (CandidateEvidence.isOneOf(e, "readingSigns", YES_NO)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "readingSigns", "yes")) {
                    hits.add(Hit.of("finding.INT-03.readingSigns", ids(e), day(e)));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(CALL, "answerLatencySeconds"),
                    EvidenceNeed.of(CALL, "readingSigns"));
        }
        return Outcome.hits(hits);
    }

    /** INT-04: a liveness test failed or refused. */
    static Outcome failedLiveness(CaseData c, Params p) {
        List<Evidence> tested = c.of(CALL).stream()
                .filter(e -> CandidateEvidence.isOneOf(e, "livenessCheck", LIVENESS_DONE)).toList();
        if (tested.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(CALL, "livenessCheck"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : tested) {
            switch (CandidateEvidence.choice(e, "livenessCheck")) {
                case "failed" -> hits.add(Hit.of("finding.INT-04.failed", ids(e), day(e)));
                case "refused" -> hits.add(Hit.of("finding.INT-04.refused", ids(e), day(e)));
                default -> {
                    // passed
                }
            }
        }
        return Outcome.hits(hits);
    }

    /**
     * INT-05: a stock or default virtual background, or other voices in the room. A blurred background is not raised:
     * meeting apps offer it by default and it hides a room no more than a plain wall does.
     */
    static Outcome hiddenSurroundings(CaseData c, Params p) {
        List<Hit> hits = new ArrayList<>();
        boolean evaluated = false;
        for (Evidence e : c.of(CALL)) {
            String background = CandidateEvidence.choice(e, "background");
            if (BACKGROUND.contains(background)) {
                evaluated = true;
                if (background.equals("virtual_default")) {
                    hits.add(Hit.of("finding.INT-05.defaultBackground", ids(e), day(e)));
                } else if (background.equals("stock_image")) {
                    hits.add(Hit.of("finding.INT-05.stockBackground", ids(e), day(e)));
                }
            }
            if (CandidateEvidence.isOneOf(e, "otherVoices", YES_NO)) {
                evaluated = true;
                if (CandidateEvidence.is(e, "otherVoices", "yes")) {
                    hits.add(Hit.of("finding.INT-05.otherVoices", ids(e), day(e)));
                }
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(CALL, "background"), EvidenceNeed.of(CALL, "otherVoices"));
        }
        return Outcome.hits(hits);
    }

    /** INT-06: an in-person step declined or not attended. */
    static Outcome avoidsInPersonStep(CaseData c, Params p) {
        List<Evidence> steps = c.of(CALL).stream()
                .filter(e -> CandidateEvidence.isOneOf(e, "inPersonStep", IN_PERSON_OUTCOME)).toList();
        if (steps.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(CALL, "inPersonStep"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : steps) {
            switch (CandidateEvidence.choice(e, "inPersonStep")) {
                case "declined" -> hits.add(Hit.of("finding.INT-06.declined", ids(e), day(e)));
                case "no_show" -> hits.add(Hit.of("finding.INT-06.noShow", ids(e), day(e)));
                default -> {
                    // attended
                }
            }
        }
        return Outcome.hits(hits);
    }

    /** INT-08: left the call, refused, or deleted profiles when asked for extra verification. */
    static Outcome leavesOnVerification(CaseData c, Params p) {
        List<Evidence> asked = c.of(CALL).stream()
                .filter(e -> CandidateEvidence.isOneOf(e, "verificationRequest", VERIFICATION_ASKED)).toList();
        if (asked.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(CALL, "verificationRequest"));
        }
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : asked) {
            switch (CandidateEvidence.choice(e, "verificationRequest")) {
                case "left_call" -> hits.add(Hit.of("finding.INT-08.leftCall", ids(e), day(e)));
                case "refused" -> hits.add(Hit.of("finding.INT-08.refused", ids(e), day(e)));
                case "deleted_profiles" -> hits.add(Hit.of("finding.INT-08.deletedProfiles", ids(e), day(e)));
                default -> {
                    // complied
                }
            }
        }
        return Outcome.hits(hits);
    }
}
