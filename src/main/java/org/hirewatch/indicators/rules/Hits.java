package org.hirewatch.indicators.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hirewatch.indicators.Hit;

/** Hits that stand for a group of evidence items (all sign-ins of one account, all cases sharing one value). */
final class Hits {
    private Hits() {
    }

    /**
     * A hit whose key names its group rather than its evidence, so that when one more sign-in or one more sharing case
     * joins the group the store updates (and reopens) the same finding instead of raising a second one. The group is
     * hashed: keys are stored beside the findings and must not spell out account numbers or addresses. Arguments are
     * passed as text already (numbers formatted by the rule).
     */
    static Hit grouped(String messageKey, String group, List<UUID> evidenceIds, Object... args) {
        String key = messageKey + ":" + UUID.nameUUIDFromBytes(group.getBytes(StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>(args.length);
        for (Object a : args) {
            texts.add(String.valueOf(a));
        }
        return new Hit(key, messageKey, texts, distinct(evidenceIds));
    }

    static List<UUID> distinct(List<UUID> ids) {
        List<UUID> out = new ArrayList<>(new LinkedHashSet<>(ids));
        out.removeIf(java.util.Objects::isNull);
        return out;
    }
}
