package org.hirewatch.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A trainee's answer on one demo case, scored against the engine's expected findings. Each indicator asked about is
 * a hit (marked as applying, and it fires), a miss (it fires, but was marked as not applying or left open), a false
 * alarm (marked as applying, but it does not fire) or a correct rejection (marked as not applying, and it does not).
 */
public record QuizScore(String caseId, List<Item> items) {

    public enum Outcome { HIT, MISS, FALSE_ALARM, CORRECT_REJECTION, UNANSWERED }

    /** One indicator: what the trainee said ({@code null}: no answer) and whether it fires. */
    public record Item(String indicatorId, Boolean markedApplies, boolean fires, Outcome outcome) {
    }

    public QuizScore {
        items = List.copyOf(items);
    }

    /**
     * Scores the marks. An indicator that fires and was not marked as applying is a miss, whether the trainee said
     * "does not apply" or said nothing; one that does not fire and was left open counts for nothing.
     */
    public static QuizScore score(DemoCase demo, List<String> asked, Set<String> markedApplies, Set<String> markedNot) {
        Set<String> fires = Set.copyOf(demo.expected().fires());
        List<Item> out = new ArrayList<>();
        for (String id : asked) {
            boolean yes = markedApplies.contains(id);
            boolean no = !yes && markedNot.contains(id);
            boolean f = fires.contains(id);
            Outcome o = f ? (yes ? Outcome.HIT : Outcome.MISS)
                    : yes ? Outcome.FALSE_ALARM : no ? Outcome.CORRECT_REJECTION : Outcome.UNANSWERED;
            out.add(new Item(id, yes ? Boolean.TRUE : no ? Boolean.FALSE : null, f, o));
        }
        return new QuizScore(demo.id(), out);
    }

    /** The indicators a quiz asks about: those that fire and the trainer's traps (those that must not fire). */
    public static List<String> questions(DemoCase demo) {
        List<String> ids = new ArrayList<>(demo.expected().fires());
        demo.expected().mustNotFire().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        ids.sort(String::compareTo);
        return List.copyOf(ids);
    }

    public long count(Outcome o) {
        return items.stream().filter(i -> i.outcome() == o).count();
    }

    public long hits() {
        return count(Outcome.HIT);
    }

    public long misses() {
        return count(Outcome.MISS);
    }

    public long falseAlarms() {
        return count(Outcome.FALSE_ALARM);
    }

    public long correctRejections() {
        return count(Outcome.CORRECT_REJECTION);
    }

    /** Right answers over questions asked, 0 to 100. */
    public int percent() {
        return items.isEmpty() ? 0 : (int) Math.round(100.0 * (hits() + correctRejections()) / items.size());
    }
}
