package org.hirewatch.ui.links;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.links.Normalizers;
import org.hirewatch.ui.common.I18n;

/**
 * The "add to a warning list" form: list, kind, value and note, checked as the user types so that the dialog can say
 * what is wrong before anything is sent to the workspace.
 */
public final class WarningDraft {
    /** What a value can be matched as; hashes and fingerprints are left out because nobody types them. */
    public static final List<String> KINDS = List.of(WarningEntry.EMAIL_DOMAIN, IdentifierKind.EMAIL.name(),
            IdentifierKind.PHONE.name(), IdentifierKind.ADDRESS.name(), WarningEntry.IP_RANGE, IdentifierKind.URL.name(),
            IdentifierKind.HANDLE.name(), IdentifierKind.BANK_ACCOUNT.name(), IdentifierKind.PAYOUT_ACCOUNT.name(),
            IdentifierKind.WALLET.name(), IdentifierKind.DEVICE.name(), IdentifierKind.NAME.name());

    private final I18n i18n;
    private final ObjectProperty<WarningEntry.WarningList> list = new SimpleObjectProperty<>(this, "list",
            WarningEntry.WarningList.FIRM);
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind", WarningEntry.EMAIL_DOMAIN);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper valueError = new ReadOnlyStringWrapper(this, "valueError", "");
    private final ReadOnlyStringWrapper valueHint = new ReadOnlyStringWrapper(this, "valueHint", "");
    private final BooleanBinding valid;

    public WarningDraft(I18n i18n) {
        this.i18n = i18n;
        kind.addListener((o, a, b) -> {
            // Cloud and VPN ranges belong on the network list: choosing a range suggests it, without forcing it.
            if (WarningEntry.IP_RANGE.equals(b) && list.get() == WarningEntry.WarningList.FIRM) {
                list.set(WarningEntry.WarningList.NETWORK);
            }
            check();
        });
        value.addListener((o, a, b) -> check());
        valid = Bindings.createBooleanBinding(() -> !value.get().isBlank() && valueError.get().isEmpty(), value, valueError);
        check();
    }

    private void check() {
        String k = kind.get();
        String v = value.get() == null ? "" : value.get().strip();
        valueHint.set(switch (k == null ? "" : k) {
            case WarningEntry.EMAIL_DOMAIN -> i18n.text("linkSettings.add.hint.domain");
            case WarningEntry.IP_RANGE -> i18n.text("linkSettings.add.hint.range");
            default -> i18n.text("linkSettings.add.hint.exact");
        });
        if (v.isEmpty()) {
            valueError.set("");
        } else if (WarningEntry.IP_RANGE.equals(k) && !Normalizers.ipRange(v)) {
            valueError.set(i18n.text("links.warning.badRange"));
        } else if (WarningEntry.EMAIL_DOMAIN.equals(k)
                && !(v.startsWith("@") ? v.substring(1) : v).matches("[^\\s@/]+\\.[^\\s@/]+")) {
            valueError.set(i18n.text("links.warning.badDomain"));
        } else {
            valueError.set("");
        }
    }

    public static String kindLabel(I18n i18n, String kind) {
        return switch (kind) {
            case WarningEntry.EMAIL_DOMAIN -> i18n.text("linkSettings.kind.emailDomain");
            case WarningEntry.IP_RANGE -> i18n.text("linkSettings.kind.ipRange");
            default -> i18n.text(IdentifierKind.valueOf(kind).labelKey());
        };
    }

    public ObjectProperty<WarningEntry.WarningList> listProperty() {
        return list;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty valueErrorProperty() {
        return valueError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueHintProperty() {
        return valueHint.getReadOnlyProperty();
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
