package org.hirewatch.domain;

import java.util.List;

/**
 * The applicant's identity as claimed. Nothing here is verified; evidence items are what test it.
 */
public record Subject(
        List<NameSpelling> names,
        String claimedCountry,
        String claimedCity,
        String claimedTimeZone,
        String claimedNationality,
        String role,
        String hiringChannel,
        String staffingFirm) {

    public Subject {
        names = names == null ? List.of() : List.copyOf(names);
        claimedCountry = nz(claimedCountry);
        claimedCity = nz(claimedCity);
        claimedTimeZone = nz(claimedTimeZone);
        claimedNationality = nz(claimedNationality);
        role = nz(role);
        hiringChannel = nz(hiringChannel);
        staffingFirm = nz(staffingFirm);
    }

    public static Subject empty() {
        return new Subject(List.of(), "", "", "", "", "", "", "");
    }

    public static Subject named(String name) {
        return new Subject(List.of(new NameSpelling(name, "")), "", "", "", "", "", "", "");
    }

    /** The first recorded spelling, used as the display name. */
    public String primaryName() {
        return names.isEmpty() ? "" : names.get(0).name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
