package org.hirewatch.ui.casefile.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.CaseLink;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.links.LinkService;
import org.hirewatch.links.LinkStrength;
import org.hirewatch.store.LinkStore.Held;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The Links tab: the other cases sharing this case's values, grouped by value, strongest first; the confirmed links;
 * confirming a suggestion (type and reason required) and moving a value to a warning list, with Undo.
 */
public final class LinksViewModel {
    /** What the confirm dialog returns. */
    public record Confirmation(LinkType type, String reason) {
    }

    /** Asks for a confirmation's type and reason; empty when cancelled. The screen shows a dialog, tests answer directly. */
    @FunctionalInterface
    public interface ConfirmAsker {
        Optional<Confirmation> ask(LinkRow row);
    }

    private final CaseSession session;
    private final LinkService links;
    private final ObservableList<LinkRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CaseLink> confirmed = FXCollections.observableArrayList();
    private final ObjectProperty<LinkRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseLink> selectedLink = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private Runnable undo;

    private final java.util.function.Consumer<UUID> openCase;

    public LinksViewModel(CaseSession session, LinkService links) {
        this(session, links, other -> { });
    }

    public LinksViewModel(CaseSession session, LinkService links, java.util.function.Consumer<UUID> openCase) {
        this.session = session;
        this.links = links;
        this.openCase = openCase;
        session.revisionProperty().addListener(x -> load());
    }

    public void load() {
        UUID caseId = session.caseId();
        session.run("links.task.loading", () -> links.forCase(caseId), l -> {
            List<LinkRow> out = new ArrayList<>();
            l.shared().forEach(s -> {
                Map<UUID, List<Held>> byCase = new LinkedHashMap<>();
                s.theirs().forEach(h -> byCase.computeIfAbsent(h.caseId(), k -> new ArrayList<>()).add(h));
                byCase.forEach((id, held) -> out.add(new LinkRow(s, id, held.get(0).reference(), held.get(0).subjectName(), held)));
            });
            rows.setAll(out);
            confirmed.setAll(l.confirmed());
            long cases = l.linkedCases().size();
            status.set(out.isEmpty() && l.confirmed().isEmpty() ? session.text("links.empty")
                    : session.text("links.summary", cases, l.shared().size()));
        }, e -> status.set(session.errorText(e)));
    }

    /** Opens the other case of the selected row in its own tab. */
    public void openSelectedCase() {
        LinkRow row = selected.get();
        if (row != null) {
            openCase.accept(row.otherCase());
        }
    }

    /** Confirms the selected suggestion as a case-to-case link after asking for type and reason. */
    public void confirmSelected(ConfirmAsker asker) {
        LinkRow row = selected.get();
        if (row == null) {
            return;
        }
        asker.ask(row).ifPresent(c -> {
            List<String> values = rows.stream().filter(r -> r.otherCase().equals(row.otherCase())
                    && r.shared().strength().isLink()).map(r -> r.shared().describe()).distinct().toList();
            session.run("links.task.saving", () -> links.confirm(session.caseId(), row.otherCase(), c.type(), c.reason(),
                    values.isEmpty() ? List.of(row.shared().describe()) : values), link -> {
                status.set(session.text("links.confirmed", link.otherReference(session.caseId())));
                offerUndo(session.text("links.undo.confirm"), () -> remove(link, false));
                session.changed();
            }, e -> status.set(session.errorText(e)));
        });
    }

    /** Puts the selected value on a warning list: it stays visible, marked, but no longer links or raises findings. */
    public void warnSelected(WarningEntry.WarningList list) {
        LinkRow row = selected.get();
        if (row == null || row.shared().strength() == LinkStrength.WARNING_LISTED) {
            return;
        }
        String kind = row.shared().strength() == LinkStrength.SAME_NETWORK ? WarningEntry.IP_RANGE : row.shared().kind().name();
        String value = row.shared().strength() == LinkStrength.SAME_NETWORK ? row.shared().value()
                : row.shared().mine().get(0).value();
        session.run("links.task.saving", () -> links.addWarning(list, kind, value, session.text("links.warning.fromCase",
                session.caseFile() == null ? "" : session.caseFile().reference())), entry -> {
            status.set(session.text("links.warned", value));
            offerUndo(session.text("links.undo.warning"), () -> session.run("links.task.saving", () -> {
                links.removeWarning(entry.id());
                return null;
            }, x -> {
                status.set(session.text("links.undone"));
                session.changed();
            }, e -> status.set(session.errorText(e))));
            session.changed();
        }, e -> status.set(session.errorText(e)));
    }

    /** Removes the selected confirmed link after the user agrees; Undo confirms it again with the same type and reason. */
    public void removeSelectedLink() {
        CaseLink link = selectedLink.get();
        if (link != null && session.dialogs().confirm("links.remove.title",
                session.text("links.remove.question", link.otherReference(session.caseId())))) {
            remove(link, true);
        }
    }

    private void remove(CaseLink link, boolean offerUndo) {
        session.run("links.task.saving", () -> links.removeLink(link.id()), removed -> {
            status.set(session.text("links.removed", removed.otherReference(session.caseId())));
            if (offerUndo) {
                offerUndo(session.text("links.undo.remove"), () -> session.run("links.task.saving",
                        () -> links.confirm(removed.caseA(), removed.caseB(), removed.type(), removed.reason(),
                                removed.identifiers()), x -> session.changed(), e -> status.set(session.errorText(e))));
            } else {
                clearUndo();
            }
            session.changed();
        }, e -> status.set(session.errorText(e)));
    }

    private void offerUndo(String text, Runnable action) {
        undo = action;
        undoText.set(text);
    }

    private void clearUndo() {
        undo = null;
        undoText.set("");
    }

    public void undo() {
        Runnable u = undo;
        clearUndo();
        if (u != null) {
            u.run();
        }
    }

    public String strengthText(LinkRow row) {
        return session.text(row.shared().strength().labelKey(), links.noise().cap());
    }

    public String evidenceText(List<Held> held) {
        StringBuilder sb = new StringBuilder();
        for (Held h : held) {
            if (sb.length() > 0) {
                sb.append("\n");
            }
            sb.append(session.text(h.evidenceKind().messageKey())).append(" · ")
                    .append(session.text("evidence.field." + h.field())).append(": ").append(h.value());
        }
        return sb.toString();
    }

    public ObservableList<LinkRow> rows() {
        return rows;
    }

    public ObservableList<CaseLink> confirmed() {
        return confirmed;
    }

    public ObjectProperty<LinkRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CaseLink> selectedLinkProperty() {
        return selectedLink;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public String linkText(CaseLink l) {
        return session.text("links.confirmedLine", l.otherReference(session.caseId()), session.text(l.type().labelKey()),
                l.reason(), l.createdBy());
    }

    public String text(String key, Object... args) {
        return session.text(key, args);
    }
}
