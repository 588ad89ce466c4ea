package org.hirewatch.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a second JVM by {@code WorkspaceLifecycleTest}: opens the workspace given as the first argument, prints
 * "open", and keeps it open until its standard input is closed. Any failure is printed as "failed REASON".
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Workspace ws = Workspace.open(Path.of(args[0]), args[1].toCharArray(), "other-process")) {
            System.out.println("open " + ws.cases().count());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our stdin
            }
        } catch (WorkspaceException e) {
            System.out.println("failed " + e.reason());
            System.out.flush();
            System.exit(2);
        }
    }
}
