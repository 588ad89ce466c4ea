package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hirewatch.domain.Assessment.MissingCheck;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.indicators.CollectNext.Suggestion;
import org.junit.jupiter.api.Test;

class CollectNextTest {
    private static final EvidenceNeed LINE_TYPE = EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "lineType");
    private static final EvidenceNeed ANY_CONTACT = EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL);
    private static final EvidenceNeed SIGN_IN_IP = EvidenceNeed.of(EvidenceKind.SIGN_IN_RECORD, "ipAddress");
    private static final EvidenceNeed DOCUMENT = EvidenceNeed.of(EvidenceKind.IDENTITY_DOCUMENT, "issuingCountry");
    private static final EvidenceNeed TIME_ZONE = EvidenceNeed.subject("claimedTimeZone");

    private static MissingCheck missing(String id, EvidenceNeed... needs) {
        return new MissingCheck(id, List.of(needs));
    }

    @Test
    void theNeedMostIndicatorsShareComesFirst() {
        List<Suggestion> ranked = CollectNext.rank(List.of(
                missing("LOG-01", SIGN_IN_IP),
                missing("LOG-02", SIGN_IN_IP, TIME_ZONE),
                missing("LOG-03", SIGN_IN_IP),
                missing("IDN-06", DOCUMENT)), id -> 1);

        assertThat(ranked).extracting(Suggestion::need).containsExactly(SIGN_IN_IP, DOCUMENT, TIME_ZONE);
        assertThat(ranked.get(0).indicatorIds()).containsExactly("LOG-01", "LOG-02", "LOG-03");
        assertThat(ranked.get(0).helps()).isEqualTo(3);
        assertThat(ranked.get(0).weight()).isEqualTo(3);
    }

    @Test
    void onEqualCountsTheHeavierIndicatorsWin() {
        Map<String, Double> weights = Map.of("IDN-03", 5.0, "COM-04", 2.0);
        List<Suggestion> ranked = CollectNext.rank(List.of(missing("COM-04", LINE_TYPE), missing("IDN-03", DOCUMENT)),
                id -> weights.getOrDefault(id, 0.0));

        assertThat(ranked).extracting(Suggestion::need).containsExactly(DOCUMENT, LINE_TYPE);
        assertThat(ranked).extracting(Suggestion::weight).containsExactly(5.0, 2.0);
    }

    @Test
    void anItemWithAWantedFieldAlsoMeetsTheNeedForItsKind() {
        List<Suggestion> ranked = CollectNext.rank(List.of(
                missing("CUS-01", ANY_CONTACT),
                missing("COM-04", LINE_TYPE),
                missing("LOG-01", SIGN_IN_IP)), id -> 1);

        // "a contact channel with its line type" runs both; "any contact channel" is not suggested on its own
        assertThat(ranked).extracting(Suggestion::need).containsExactly(LINE_TYPE, SIGN_IN_IP);
        assertThat(ranked.get(0).indicatorIds()).containsExactlyInAnyOrder("COM-04", "CUS-01");
    }

    @Test
    void aKindNeededWithoutAnyFieldIsSuggestedAsTheKind() {
        List<Suggestion> ranked = CollectNext.rank(List.of(missing("CUS-01", ANY_CONTACT), missing("CUS-02", ANY_CONTACT)),
                id -> 1);

        assertThat(ranked).singleElement().satisfies(s -> {
            assertThat(s.need()).isEqualTo(ANY_CONTACT);
            assertThat(s.helps()).isEqualTo(2);
        });
    }

    @Test
    void checklistQuestionsAreAnsweredNotCollected() {
        List<Suggestion> ranked = CollectNext.rank(List.of(
                missing("INT-07", new EvidenceNeed(CheckEngine.CHECKLIST, "INT-07")),
                missing("IDN-16", new EvidenceNeed(CheckEngine.CHECKLIST, "IDN-16"), TIME_ZONE)), id -> 1);

        assertThat(ranked).extracting(Suggestion::need).containsExactly(TIME_ZONE);
    }

    @Test
    void anIndicatorListingANeedTwiceCountsOnce() {
        List<Suggestion> ranked = CollectNext.rank(List.of(missing("LOG-01", SIGN_IN_IP, SIGN_IN_IP)), id -> 4);

        assertThat(ranked).singleElement().satisfies(s -> {
            assertThat(s.helps()).isEqualTo(1);
            assertThat(s.weight()).isEqualTo(4);
        });
    }

    @Test
    void nothingMissingSuggestsNothing() {
        assertThat(CollectNext.rank(List.of(), id -> 1)).isEmpty();
    }

    @Test
    void tiesAreBrokenByKindAndFieldSoTheOrderIsStable() {
        EvidenceNeed email = EvidenceNeed.of(EvidenceKind.CONTACT_CHANNEL, "email");
        List<Suggestion> a = CollectNext.rank(List.of(missing("X-1", LINE_TYPE), missing("X-2", email)), id -> 1);
        List<Suggestion> b = CollectNext.rank(List.of(missing("X-2", email), missing("X-1", LINE_TYPE)), id -> 1);

        assertThat(a).extracting(Suggestion::need).containsExactly(email, LINE_TYPE);
        assertThat(b).extracting(Suggestion::need).containsExactly(email, LINE_TYPE);
    }
}
