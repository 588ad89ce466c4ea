package org.hirewatch.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Test code only: lets the benchmarks in {@code org.hirewatch.bench} run plain JDBC on a workspace's own data
 * source, as a baseline for what the stores add on top.
 */
public final class BenchAccess {
    private BenchAccess() {
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    public static <T> T withConnection(Workspace ws, SqlWork<T> work) {
        return ws.read(h -> {
            try {
                return work.run(h.getConnection());
            } catch (SQLException e) {
                throw H2Errors.translate(e, ws.folder());
            }
        });
    }
}
