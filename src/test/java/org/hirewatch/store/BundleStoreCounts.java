package org.hirewatch.store;

/** Row counts of one table, for tests that check an import wrote nothing. */
public final class BundleStoreCounts {
    private final Workspace ws;

    public BundleStoreCounts(Workspace ws) {
        this.ws = ws;
    }

    public int rows(String table) {
        CaseTables.named(table);
        return ws.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
