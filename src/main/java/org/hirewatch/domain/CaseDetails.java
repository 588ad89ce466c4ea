package org.hirewatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The editable part of a case: what a user types in the new-case dialog or the overview tab. */
public record CaseDetails(
        String title,
        CaseStatus status,
        Decision decision,
        String decisionRationale,
        Priority priority,
        String assignee,
        List<String> tags,
        LocalDate retentionDate,
        boolean legalHold,
        Subject subject) {

    public CaseDetails {
        title = title == null ? "" : title.strip();
        status = status == null ? CaseStatus.NEW : status;
        decision = decision == null ? Decision.UNDECIDED : decision;
        decisionRationale = decisionRationale == null ? "" : decisionRationale;
        priority = priority == null ? Priority.NORMAL : priority;
        assignee = assignee == null ? "" : assignee.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        subject = subject == null ? Subject.empty() : subject;
    }

    public static CaseDetails newCase(String title, Subject subject) {
        return new CaseDetails(title, CaseStatus.NEW, Decision.UNDECIDED, "", Priority.NORMAL, "", List.of(),
                null, false, subject);
    }

    /** Problems a user can fix; empty when the details can be saved. */
    public List<Violation> validate() {
        List<Violation> out = new ArrayList<>();
        if (title.isBlank()) {
            out.add(new Violation("title", "validation.required"));
        }
        TextRules.checkLine("title", title, out);
        TextRules.checkLine("assignee", assignee, out);
        TextRules.checkMultiline("decisionRationale", decisionRationale, TextRules.LONG_TEXT_LIMIT, out);
        for (String tag : tags) {
            TextRules.checkLine("tags", tag, out);
            if (tag.length() > 60) {
                out.add(new Violation("tags", "validation.tagTooLong", 60));
            }
        }
        if (decision != Decision.UNDECIDED && decisionRationale.isBlank()) {
            out.add(new Violation("decisionRationale", "validation.rationaleRequired"));
        }
        for (NameSpelling n : subject.names()) {
            TextRules.checkLine("subject.name", n.name(), out);
            TextRules.checkLine("subject.source", n.source(), out);
        }
        TextRules.checkLine("subject.claimedCountry", subject.claimedCountry(), out);
        TextRules.checkLine("subject.claimedCity", subject.claimedCity(), out);
        TextRules.checkLine("subject.claimedNationality", subject.claimedNationality(), out);
        TextRules.checkLine("subject.role", subject.role(), out);
        TextRules.checkLine("subject.hiringChannel", subject.hiringChannel(), out);
        TextRules.checkLine("subject.staffingFirm", subject.staffingFirm(), out);
        if (!subject.claimedTimeZone().isBlank() && !FieldValidators.isTimeZone(subject.claimedTimeZone())) {
            out.add(new Violation("subject.claimedTimeZone", "validation.timeZone"));
        }
        return out;
    }
}
