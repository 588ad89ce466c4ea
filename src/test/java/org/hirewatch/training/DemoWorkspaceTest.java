package org.hirewatch.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.Finding;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace is built from the pack through the real store and services, apart from any real workspace. */
class DemoWorkspaceTest {
    private static final Catalogue CATALOGUE = Catalogue.builtIn();

    @TempDir
    Path dir;

    @Test
    void loadingThePackCreatesEveryCaseWithItsExpectedFindings() {
        DemoWorkspace demo = new DemoWorkspace(DemoWorkspace.besides(dir.resolve("workspace")), 1000, "trainer", CATALOGUE);
        DemoPack pack = DemoPack.builtIn(CATALOGUE);
        try (Workspace ws = demo.open()) {
            assertThat(DemoWorkspace.isDemo(ws.folder())).isTrue();
            assertThat(ws.cases().count()).isEqualTo(pack.cases().size());
            List<String> problems = new ArrayList<>();
            Map<String, CaseFile> byTitle = ws.cases().list(CaseQuery.all()).stream()
                    .map(s -> ws.cases().get(s.id()))
                    .collect(Collectors.toMap(c -> c.title().substring(0, c.title().indexOf(' ')), c -> c));
            for (DemoCase c : pack.cases()) {
                CaseFile file = byTitle.get(c.id());
                assertThat(file.tags()).contains(DemoWorkspace.TAG);
                Set<String> fired = ws.checks().findings(file.id()).stream().filter(Finding::active)
                        .map(Finding::indicatorId).collect(Collectors.toCollection(TreeSet::new));
                if (!fired.equals(new TreeSet<>(c.expected().fires()))) {
                    problems.add(c.id() + " fired " + fired + " expected " + new TreeSet<>(c.expected().fires()));
                }
                if (ws.checks().assessment(file.id()).orElseThrow().band() != c.expected().band()) {
                    problems.add(c.id() + " band " + ws.checks().assessment(file.id()).orElseThrow().band());
                }
            }
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void reopeningKeepsTheDemoAndRecreatingStartsAfresh() {
        DemoWorkspace demo = new DemoWorkspace(dir.resolve("demo"), 1000, "trainer", CATALOGUE);
        try (Workspace ws = demo.open()) {
            CaseFile first = ws.cases().get(ws.cases().list(CaseQuery.all()).get(0).id());
            ws.cases().update(first.id(), first.version(), new org.hirewatch.domain.CaseDetails("changed by a trainee",
                    first.status(), first.decision(), "", first.priority(), "", first.tags(), null, false, first.subject()));
        }
        try (Workspace ws = demo.open()) {
            assertThat(ws.cases().list(CaseQuery.all())).anyMatch(s -> s.title().equals("changed by a trainee"));
        }
        try (Workspace ws = demo.recreate()) {
            assertThat(ws.cases().list(CaseQuery.all())).noneMatch(s -> s.title().equals("changed by a trainee"));
            assertThat(ws.cases().count()).isEqualTo(DemoPack.builtIn(CATALOGUE).cases().size());
        }
    }

    @Test
    void neverDeletesARealWorkspace() {
        Path real = dir.resolve("real");
        Workspace.create(real, "correct horse battery staple".toCharArray(), KdfParams.fresh(1000), "me").close();
        DemoWorkspace wrong = new DemoWorkspace(real, 1000, "trainer", CATALOGUE);
        assertThatThrownBy(wrong::recreate).isInstanceOf(IllegalStateException.class);
        assertThat(Files.exists(real.resolve("hirewatch.mv.db"))).isTrue();
        assertThat(DemoWorkspace.besides(real).startsWith(real)).isFalse();
    }
}
