package org.hirewatch.domain;

import java.util.List;

/**
 * The action names the audit log records. They are data (hashed into the chain, so they never change); screens show
 * them through the bundle key {@code audit.action.<name>}.
 */
public final class AuditActions {
    public static final List<String> ALL = List.of("workspace.create", "case.create", "case.update", "case.status",
            "evidence.add", "evidence.update", "evidence.delete", "attachment.add", "note.add", "note.edit",
            "checks.run", "finding.review", "checklist.answer", "indicator.setting", "indicator.custom.add",
            "indicator.custom.update", "indicator.custom.delete", "retention.purge", "workspace.backup", "workspace.rollback",
            "bundle.export", "bundle.import",
            "link.confirm", "link.remove", "link.settings", "link.warning.add", "link.warning.remove",
            "identifiers.renormalize");

    private AuditActions() {
    }

    public static String labelKey(String action) {
        return "audit.action." + action;
    }
}
