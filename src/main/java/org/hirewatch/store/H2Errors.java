package org.hirewatch.store;

import java.sql.SQLException;
import java.util.Locale;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.hirewatch.store.WorkspaceException.Reason;

/** Turns H2's error codes into reasons a user can act on. */
final class H2Errors {
    private H2Errors() {
    }

    static WorkspaceException translate(Throwable t, Object folder) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof WorkspaceException we) {
                return we;
            }
            String msg = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (msg.contains("no space left")) {
                return new WorkspaceException(Reason.DISK_FULL, t, folder);
            }
            if (msg.contains("read-only") || msg.contains("read only") || msg.contains("access denied")
                    || msg.contains("permission denied")) {
                return new WorkspaceException(Reason.READ_ONLY, t, folder);
            }
            if (c instanceof java.io.EOFException) {
                // The database file ends before the data it points to: truncated.
                return new WorkspaceException(Reason.DAMAGED, t, folder);
            }
            if (c instanceof MVStoreException mv && (mv.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
                    || mv.getErrorCode() == DataUtils.ERROR_CHUNK_NOT_FOUND || mv.getErrorCode() == DataUtils.ERROR_BLOCK_NOT_FOUND)) {
                // Reading a damaged page: H2 wraps this in a "general error" (50000), not in 90030.
                return new WorkspaceException(Reason.DAMAGED, t, folder);
            }
            if (c instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case 90049, 28000, 90050:
                        return new WorkspaceException(Reason.WRONG_PASSPHRASE, t, folder);
                    case 90020:
                        return new WorkspaceException(Reason.LOCKED, t, folder);
                    case 90030, 90048, 90067:
                        return new WorkspaceException(Reason.DAMAGED, t, folder);
                    case 90097:
                        return new WorkspaceException(Reason.READ_ONLY, t, folder);
                    default:
                        break;
                }
            }
        }
        return new WorkspaceException(Reason.STORAGE, t, folder);
    }
}
