package org.hirewatch.ui.casefile.overview;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hirewatch.domain.NameSpelling;

/** One editable spelling of the subject's name and where it was seen. */
public final class NameRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");

    public NameRow(String name, String source) {
        this.name.set(name);
        this.source.set(source);
    }

    public static NameRow of(NameSpelling n) {
        return new NameRow(n.name(), n.source());
    }

    public NameSpelling toSpelling() {
        return new NameSpelling(name.get().strip(), source.get().strip());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    Observable[] observables() {
        return new Observable[] {name, source};
    }
}
