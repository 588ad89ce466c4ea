package org.hirewatch.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Walks the whole audit chain; exit code 4 when it is broken, with the first broken entry and why. */
@Command(name = "verify-audit", description = "${bundle:cli.verifyAudit.description}")
final class VerifyAuditCommand extends WorkspaceCommand {
    @Option(names = "--format", paramLabel = "<format>", descriptionKey = "cli.option.format.simple")
    Output.SimpleFormat format = Output.SimpleFormat.TEXT;

    VerifyAuditCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        AuditVerification v;
        try (Workspace ws = openWorkspace()) {
            v = ws.audit().verify();
        }
        String message = v.intact()
                ? texts().get("cli.verifyAudit.intact", v.entriesChecked())
                : texts().get("cli.verifyAudit.broken", v.entriesChecked(), v.firstBrokenSeq(), texts().get(v.problem()));
        if (format == Output.SimpleFormat.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intact", v.intact());
            m.put("entriesChecked", v.entriesChecked());
            m.put("firstBrokenSeq", v.firstBrokenSeq());
            m.put("problem", v.problem());
            m.put("message", message);
            Output.json(ctx.out(), m);
        } else {
            ctx.out().println(message);
        }
        return v.intact() ? ExitCodes.OK : ExitCodes.AUDIT_BROKEN;
    }
}
