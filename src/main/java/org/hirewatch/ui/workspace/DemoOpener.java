package org.hirewatch.ui.workspace;

import org.hirewatch.store.Workspace;

/** Opens the demo workspace of invented people, building it on first use; blocking, so it runs as a task. */
@FunctionalInterface
public interface DemoOpener {
    Workspace openDemo();
}
