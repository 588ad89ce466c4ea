package org.hirewatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped catalogue is complete and consistent with the rules, the evidence fields and the bundle. */
class CatalogueTest {
    static Catalogue catalogue;
    static Properties bundle = new Properties();

    @BeforeAll
    static void load() throws IOException {
        catalogue = Catalogue.builtIn();
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/org/hirewatch/i18n/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void holdsTheSixtyIndicatorsOfTheReferenceWithAVersion() {
        assertThat(catalogue.version()).matches("\\d{4}\\.\\d+\\.\\d+");
        assertThat(catalogue.size()).isEqualTo(60);
        Set<String> ids = new HashSet<>();
        catalogue.indicators().forEach(i -> ids.add(i.id()));
        assertThat(ids).hasSize(60).contains("IDN-01", "IDN-16", "COM-05", "LOG-07", "PAY-05", "EQP-06", "WRK-06",
                "INT-08", "XAP-07");
        assertThat(catalogue.indicators()).allSatisfy(i -> {
            assertThat(i.id()).startsWith(i.category() + "-");
            assertThat(Catalogue.CATEGORIES).contains(i.category());
            assertThat(i.weight()).isEqualTo(i.severity().defaultWeight());
        });
    }

    @Test
    void everyIndicatorHasARuleOrAChecklistQuestionAndItsTexts() {
        CheckEngine engine = CheckEngine.withBuiltInRules();
        assertThat(catalogue.indicators()).allSatisfy(i -> {
            if (i.mode() == CheckMode.MANUAL) {
                assertThat(bundle).as(i.id() + " question").containsKey("indicator." + i.id() + ".question");
            } else {
                assertThat(engine.hasRule(i.id())).as(i.id() + " has a rule").isTrue();
            }
            for (String part : new String[] {"title", "description", "verify", "innocent"}) {
                assertThat(bundle).as(i.id() + " " + part).containsKey("indicator." + i.id() + "." + part);
            }
        });
    }

    @Test
    void everySourceIsListedWithATitleAndADate() {
        assertThat(catalogue.indicators()).allSatisfy(i -> {
            assertThat(i.sourceKeys()).as(i.id()).isNotEmpty();
            i.sourceKeys().forEach(k -> assertThat(catalogue.source(k)).as(i.id() + " cites " + k).isPresent());
        });
        assertThat(catalogue.sources()).allSatisfy(s -> {
            assertThat(s.title()).isNotBlank();
            assertThat(s.date()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        });
    }

    @Test
    void everyNeededFieldExistsAndEveryParameterDefaultPassesItsOwnCheck() {
        assertThat(catalogue.indicators()).allSatisfy(i -> {
            for (EvidenceNeed n : i.needs()) {
                if (n.isSubject()) {
                    continue;
                }
                EvidenceKind kind = EvidenceKind.valueOf(n.kind());
                if (!n.field().isEmpty()) {
                    assertThat(kind.field(n.field())).as(i.id() + " needs " + n).isPresent();
                }
            }
            i.parameters().forEach(p -> assertThat(p.check(p.defaultValue())).as(i.id() + " " + p.key()).isEmpty());
            assertThat(i.mode() == CheckMode.MANUAL || !i.needs().isEmpty()).as(i.id() + " says what it reads").isTrue();
        });
    }
}
