package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.WorkspaceException.Reason;

/** Shared set-up for store tests: real encrypted workspaces with a cheap KDF, and a reason assertion. */
final class StoreFixtures {
    static final String PASSPHRASE = "correct horse battery staple";
    static final String ACTOR = "tester";

    private StoreFixtures() {
    }

    static Workspace create(Path folder) {
        return Workspace.create(folder, PASSPHRASE.toCharArray(), KdfParams.fresh(1000), ACTOR);
    }

    static Workspace open(Path folder) {
        return Workspace.open(folder, PASSPHRASE.toCharArray(), ACTOR);
    }

    static void assertReason(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(WorkspaceException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((WorkspaceException) e).reason())
                        .as("reason of %s", e).isEqualTo(reason));
    }

    static CaseDetails details(String title, String... names) {
        List<NameSpelling> spellings = java.util.Arrays.stream(names).map(n -> new NameSpelling(n, "CV")).toList();
        return new CaseDetails(title, CaseStatus.NEW, Decision.UNDECIDED, "", Priority.NORMAL, "", List.of(), null,
                false, new Subject(spellings, "", "", "", "", "", "", ""));
    }
}
