package org.hirewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/** JDBI set-up shared by the stores: instants travel as UTC offset date-times, never as local timestamps. */
final class Db {
    private Db() {
    }

    static void configure(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (pos, st, ctx) -> st.setObject(pos, value.atOffset(ZoneOffset.UTC));
            }
        });
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
            OffsetDateTime o = rs.getObject(col, OffsetDateTime.class);
            return o == null ? null : o.toInstant();
        });
    }

    /**
     * Runs {@code read} with H2 streaming query results instead of building them first. By default H2 materialises a
     * result of more than a few ten thousand rows into a temporary store, which in an encrypted workspace means
     * encrypting every row and decrypting it again: reading the 300,000 evidence rows of the check benchmark took
     * 2.4 s that way and 0.3 s streamed. The setting belongs to the session and H2 keeps other statements of the same
     * session from running beside a streamed result, so it is switched on only around a single read that uses its
     * connection for nothing else, and always switched off again (the connection returns to the pool).
     */
    static <T> T streaming(Handle h, java.util.function.Supplier<T> read) {
        h.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            return read.get();
        } finally {
            h.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime o = rs.getObject(column, OffsetDateTime.class);
        return o == null ? null : o.toInstant();
    }
}
