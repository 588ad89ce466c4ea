package org.hirewatch.indicators;

import java.util.List;
import java.util.UUID;

/**
 * What a rule found: an explanation (bundle key {@code finding.<ID>.<variant>} and its arguments, the actual values)
 * and the evidence items behind it. {@code key} tells apart several hits of one indicator on one case.
 */
public record Hit(String key, String messageKey, List<String> args, List<UUID> evidenceIds) {

    public Hit {
        args = List.copyOf(args);
        evidenceIds = List.copyOf(evidenceIds);
    }

    public static Hit of(String messageKey, List<UUID> evidenceIds, Object... args) {
        List<String> texts = new java.util.ArrayList<>(args.length);
        for (Object a : args) {
            texts.add(text(a));
        }
        StringBuilder sb = new StringBuilder(messageKey);
        if (evidenceIds.size() == 1) {
            sb.append(':').append(evidenceIds.get(0));
        } else if (!evidenceIds.isEmpty()) {
            String[] ids = new String[evidenceIds.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = evidenceIds.get(i).toString();
            }
            java.util.Arrays.sort(ids);
            for (String id : ids) {
                sb.append(':').append(id);
            }
        }
        String key = sb.toString();
        return new Hit(key.length() > 400 ? key.substring(0, 400) : key, messageKey, texts, evidenceIds);
    }

    private static String text(Object o) {
        if (o instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(o);
    }
}
