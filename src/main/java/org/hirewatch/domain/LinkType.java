package org.hirewatch.domain;

/** What a person concluded when confirming that two cases belong together. Labels: {@code links.type.<name>}. */
public enum LinkType {
    SAME_PERSON, SAME_FACILITATOR, SAME_SHIPPING_ADDRESS, SAME_PAYMENT_ACCOUNT, OTHER;

    public String labelKey() {
        return "links.type." + name();
    }
}
