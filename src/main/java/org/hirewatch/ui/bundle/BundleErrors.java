package org.hirewatch.ui.bundle;

import org.hirewatch.exchange.bundle.BundleException;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;

/** Bundle refusals in words; everything else as the rest of the app words it. */
final class BundleErrors {
    private final I18n i18n;
    private final ErrorText others;

    BundleErrors(I18n i18n) {
        this.i18n = i18n;
        this.others = new ErrorText(i18n);
    }

    String of(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof BundleException be) {
                return i18n.text(be.reason().messageKey(), be.args());
            }
        }
        return others.of(t);
    }
}
