package org.hirewatch.indicators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.FindingDraft;
import org.hirewatch.domain.IndicatorEvaluation;

/**
 * Identifies everything a run of all indicators decides for one case: the findings raised (with their evidence
 * fingerprints, which change with the cited items' versions and the values in the explanation), each indicator's
 * evaluation, and the settings that turn findings into a score. Two runs with the same hash would store the same
 * findings and the same assessment, so the second need not write anything.
 */
final class ResultHash {
    private ResultHash() {
    }

    /** The settings part, the same for every case of a run: catalogue, switches, weights, parameters, custom ones. */
    static String settings(IndicatorConfig config) {
        StringBuilder sb = new StringBuilder(config.catalogue().version());
        for (IndicatorConfig.Active a : config.all()) {
            sb.append('\u001e').append(a.id()).append('\u001f').append(a.enabled()).append('\u001f').append(a.weight())
                    .append('\u001f').append(new TreeMap<>(config.setting(a.id()).parameters()));
            if (a.custom() != null) {
                sb.append('\u001f').append(a.custom());
            }
        }
        return sb.toString();
    }

    /**
     * The hash of one case's results under {@code settings}. The order of findings and evaluations does not matter, and
     * neither does the order a finding cites its evidence in: the merge keeps a finding whose fingerprint (arguments,
     * cited items and their versions) is unchanged.
     */
    static String of(String settings, List<FindingDraft> raised, List<IndicatorEvaluation> evaluations) {
        List<FindingDraft> drafts = new ArrayList<>(raised);
        drafts.sort(Comparator.comparing(FindingDraft::indicatorId).thenComparing(FindingDraft::hitKey)
                .thenComparing(FindingDraft::evidenceFingerprint));
        List<IndicatorEvaluation> evals = new ArrayList<>(evaluations);
        evals.sort(Comparator.comparing(IndicatorEvaluation::indicatorId));
        StringBuilder sb = BUFFER.get();
        sb.setLength(0);
        sb.append(settings);
        for (FindingDraft d : drafts) {
            sb.append('\u001d').append(d.indicatorId()).append('\u001f').append(d.hitKey()).append('\u001f')
                    .append(d.severity()).append('\u001f').append(d.mode()).append('\u001f').append(d.messageKey())
                    .append('\u001f').append(d.evidenceFingerprint()).append('\u001f').append(d.catalogueVersion());
        }
        for (IndicatorEvaluation e : evals) {
            sb.append('\u001d').append(e.indicatorId()).append('\u001f').append(e.status());
            for (EvidenceNeed n : e.missing()) {
                sb.append('\u001f').append(n.kind()).append('.').append(n.field());
            }
        }
        return HexFormat.of().formatHex(SHA256.get().digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Each case's text is several kilobytes; each evaluating thread reuses one buffer for it. */
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(8192));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
