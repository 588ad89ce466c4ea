package org.hirewatch.ui.training;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.exchange.applicants.ApplicantChecker;
import org.hirewatch.training.DemoCase;
import org.hirewatch.training.Walkthrough;

/**
 * The trainer's walkthrough of one demo case: a step at a time, first the claims, then each evidence item followed by
 * the red flags it completes (with the indicator's guidance and sources), then the trainer's summary. Flags already
 * revealed stay listed so the class sees the picture build up.
 */
public final class WalkthroughViewModel {
    private final CaseTexts texts;
    private final ObservableList<DemoCase> cases = FXCollections.observableArrayList();
    private final ObjectProperty<DemoCase> selected = new SimpleObjectProperty<>();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final IntegerProperty size = new SimpleIntegerProperty(0);
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty verify = new SimpleStringProperty("");
    private final StringProperty innocent = new SimpleStringProperty("");
    private final StringProperty sources = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final ObservableList<String> revealed = FXCollections.observableArrayList();
    private final BooleanBinding canBack = index.greaterThan(0);
    private final BooleanBinding canNext = Bindings.createBooleanBinding(() -> index.get() < size.get() - 1, index, size);
    private Map<String, ApplicantChecker.Result> results = Map.of();
    private List<Walkthrough.Step> steps = List.of();

    WalkthroughViewModel(CaseTexts texts) {
        this.texts = texts;
        selected.addListener((o, a, b) -> restart());
    }

    /** Called once the engine has run over the pack. */
    void loaded(List<DemoCase> demoCases, Map<String, ApplicantChecker.Result> checked) {
        this.results = Map.copyOf(checked);
        cases.setAll(demoCases);
        if (!cases.isEmpty()) {
            selected.set(cases.get(0));
        }
    }

    private void restart() {
        DemoCase c = selected.get();
        steps = c == null || !results.containsKey(c.id()) ? List.of() : Walkthrough.steps(c, results.get(c.id()));
        size.set(steps.size());
        index.set(0);
        show();
    }

    public void next() {
        if (canNext.get()) {
            index.set(index.get() + 1);
            show();
        }
    }

    public void back() {
        if (canBack.get()) {
            index.set(index.get() - 1);
            show();
        }
    }

    private void show() {
        revealed.clear();
        verify.set("");
        innocent.set("");
        sources.set("");
        if (steps.isEmpty()) {
            kind.set("");
            title.set("");
            body.set("");
            progress.set("");
            return;
        }
        for (int i = 0; i <= index.get(); i++) {
            Walkthrough.Step s = steps.get(i);
            if (s.type() == Walkthrough.StepType.FLAG) {
                revealed.add(texts.indicatorLabel(s.finding().indicatorId()));
            }
        }
        DemoCase c = selected.get();
        Walkthrough.Step step = steps.get(index.get());
        progress.set(texts.text("training.walk.progress", index.get() + 1, steps.size()));
        switch (step.type()) {
            case INTRO -> {
                kind.set(texts.text("training.walk.kind.intro"));
                title.set(texts.caseLabel(c));
                body.set(texts.claims(c));
            }
            case EVIDENCE -> {
                kind.set(texts.text("training.walk.kind.evidence"));
                title.set(texts.evidenceTitle(step.evidence()));
                body.set(texts.evidenceBody(step.evidence()));
            }
            case FLAG -> {
                String id = step.finding().indicatorId();
                kind.set(texts.text("training.walk.kind.flag"));
                title.set(texts.indicatorLabel(id));
                body.set(texts.explanation(step.finding()));
                verify.set(texts.verify(id));
                innocent.set(texts.innocent(id));
                sources.set(texts.sources(id));
            }
            case SUMMARY -> {
                kind.set(texts.text("training.walk.kind.summary"));
                title.set(c.expected().title());
                body.set(texts.text("training.walk.summary", c.expected().explanation(), c.expected().lesson(),
                        texts.text(c.expected().band().messageKey())));
            }
        }
    }

    public ObservableList<DemoCase> cases() {
        return cases;
    }

    public ObjectProperty<DemoCase> selectedProperty() {
        return selected;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty verifyProperty() {
        return verify;
    }

    public StringProperty innocentProperty() {
        return innocent;
    }

    public StringProperty sourcesProperty() {
        return sources;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public ObservableList<String> revealed() {
        return revealed;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    String caseLabel(DemoCase c) {
        return c == null ? "" : texts.caseLabel(c);
    }
}
