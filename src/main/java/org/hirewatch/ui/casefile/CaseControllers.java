package org.hirewatch.ui.casefile;

import javafx.util.Callback;

/** Builds the controllers of one case's screens, all sharing one {@link CaseScope}. */
public final class CaseControllers implements Callback<Class<?>, Object> {
    private final CaseScope scope;

    public CaseControllers(CaseScope scope) {
        this.scope = scope;
    }

    @Override
    public Object call(Class<?> type) {
        if (type == CaseWorkspaceController.class) {
            return new CaseWorkspaceController(new CaseWorkspaceViewModel(scope));
        }
        return null;
    }
}
