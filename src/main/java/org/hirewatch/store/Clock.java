package org.hirewatch.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Store timestamps are kept to the millisecond so that what is hashed equals what is read back. */
final class Clock {
    private Clock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
