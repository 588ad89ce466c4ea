package org.hirewatch.training;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trainee's quiz session: the latest score per demo case, totals across them, and an export for the trainer.
 * The export says plainly that it holds a named trainee's results, as those are personal data too.
 */
public final class QuizSession {
    public static final String EXPORT_FORMAT = "hirewatch-quiz-results";
    public static final String NOTICE = "Contains trainee results (personal data about the trainee's training "
            + "performance). The cases are invented demo applicants.";

    private final String trainee;
    private final Map<String, QuizScore> scores = new LinkedHashMap<>();

    public QuizSession(String trainee) {
        this.trainee = trainee == null ? "" : trainee.strip();
    }

    public String trainee() {
        return trainee;
    }

    /** Records a case's score; answering the same case again replaces the earlier score. */
    public void add(QuizScore score) {
        scores.put(score.caseId(), score);
    }

    public List<QuizScore> scores() {
        return new ArrayList<>(scores.values());
    }

    public long total(QuizScore.Outcome o) {
        return scores.values().stream().mapToLong(s -> s.count(o)).sum();
    }

    public int percent() {
        long asked = scores.values().stream().mapToLong(s -> s.items().size()).sum();
        long right = total(QuizScore.Outcome.HIT) + total(QuizScore.Outcome.CORRECT_REJECTION);
        return asked == 0 ? 0 : (int) Math.round(100.0 * right / asked);
    }

    public String toJson(Instant exportedAt, String catalogueVersion) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", EXPORT_FORMAT).put("version", 1).put("notice", NOTICE);
        root.put("trainee", trainee).put("exportedAt", exportedAt.toString()).put("catalogueVersion", catalogueVersion);
        ObjectNode totals = root.putObject("totals");
        totals.put("cases", scores.size()).put("hits", total(QuizScore.Outcome.HIT))
                .put("misses", total(QuizScore.Outcome.MISS)).put("falseAlarms", total(QuizScore.Outcome.FALSE_ALARM))
                .put("correctRejections", total(QuizScore.Outcome.CORRECT_REJECTION)).put("percent", percent());
        ArrayNode cases = root.putArray("cases");
        for (QuizScore s : scores.values()) {
            ObjectNode c = cases.addObject();
            c.put("case", s.caseId()).put("hits", s.hits()).put("misses", s.misses()).put("falseAlarms", s.falseAlarms())
                    .put("correctRejections", s.correctRejections()).put("percent", s.percent());
            ArrayNode items = c.putArray("answers");
            for (QuizScore.Item i : s.items()) {
                ObjectNode n = items.addObject();
                n.put("indicator", i.indicatorId());
                if (i.markedApplies() == null) {
                    n.putNull("markedApplies");
                } else {
                    n.put("markedApplies", i.markedApplies());
                }
                n.put("fires", i.fires()).put("outcome", i.outcome().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
