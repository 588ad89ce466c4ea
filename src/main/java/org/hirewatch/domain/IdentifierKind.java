package org.hirewatch.domain;

/** Values that can tie one case to another. They are indexed across all cases. */
public enum IdentifierKind {
    EMAIL, PHONE, IP, URL, HANDLE, ADDRESS, BANK_ACCOUNT, PAYOUT_ACCOUNT, WALLET, DOCUMENT_NUMBER_HASH,
    PHOTO_HASH, DEVICE, NAME,
    /** A SimHash of long text (CV, bid template): equal or close fingerprints mean re-used wording. */
    TEXT_FINGERPRINT;

    public String labelKey() {
        return "links.kind." + name();
    }
}
