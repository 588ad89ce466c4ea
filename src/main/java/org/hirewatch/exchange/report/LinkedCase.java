package org.hirewatch.exchange.report;

/** Another case tied to the reported one by a person, with the kind of link and the reason they gave. */
public record LinkedCase(String reference, String subjectName, String linkType, String reason) {
    public LinkedCase {
        reference = reference == null ? "" : reference;
        subjectName = subjectName == null ? "" : subjectName;
        linkType = linkType == null ? "" : linkType;
        reason = reason == null ? "" : reason;
    }
}
