package org.hirewatch.ui.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.casefile.CaseSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceFormViewModelTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    CaseSession session;
    EvidenceListViewModel list;

    @BeforeEach
    void open() {
        fx = new CaseFixture(dir);
        session = fx.immediateSession();
        list = new EvidenceListViewModel(session);
        list.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<Evidence> stored() {
        return fx.workspace.evidence().listForCase(fx.caseFile.id());
    }

    @ParameterizedTest(name = "{0}.{1} = \"{2}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "CONTACT_CHANNEL       | email          | jon.doe@@example.com | Not an email address (expected name@example.com).",
            "CONTACT_CHANNEL       | email          | jon.doe@example      | Not an email address (expected name@example.com).",
            "CONTACT_CHANNEL       | phone          | 202 555 0143         | Enter the number in international format with country code, e.g. +1 202 555 0143.",
            "CONTACT_CHANNEL       | domainCreated  | 2024-02-30           | Not a date (expected YYYY-MM-DD).",
            "SIGN_IN_RECORD        | ipAddress      | 10.0.0.256           | Not an IPv4 or IPv6 address.",
            "SIGN_IN_RECORD        | ipAddress      | 010.1.2.3            | Not an IPv4 or IPv6 address.",
            "SIGN_IN_RECORD        | sessionEnd     | yesterday 10:00      | Not a date and time (expected YYYY-MM-DD HH:MM).",
            "INTERVIEW_OBSERVATION | participantIp  | 2001:db8::12345      | Not an IPv4 or IPv6 address.",
            "ONLINE_PROFILE        | profileUrl     | github.com/jondoe    | Not a web address (expected https://...).",
            "ONLINE_PROFILE        | profileUrl     | javascript:alert(1)  | Not a web address (expected https://...).",
            "ONLINE_PROFILE        | connections    | 500+                 | Not a whole number.",
            "IDENTITY_DOCUMENT     | faceMatchScore | high                 | Not a number.",
            "IDENTITY_DOCUMENT     | expiryDate     | 12/31/2030           | Not a date (expected YYYY-MM-DD)."})
    void refusesABadValueAsItIsTypedAndSavesNothing(EvidenceKind kind, String field, String bad, String message) {
        EvidenceFormViewModel form = list.newForm(kind);
        form.sourceProperty().set("Recruiter's notes");
        fillRequired(form);

        form.field(field).valueProperty().set(bad);

        assertThat(form.field(field).errorProperty().get()).isEqualTo(message);
        assertThat(form.hasProblemsProperty().get()).isTrue();
        assertThat(form.save()).isFalse();
        assertThat(form.savedProperty().get()).isNull();
        assertThat(form.messageProperty().get()).startsWith("Not saved");
        assertThat(stored()).isEmpty();
        assertThat(fx.changes.get()).isZero();
        // nothing typed is lost by the refusal
        assertThat(form.field(field).valueProperty().get()).isEqualTo(bad);
    }

    private static void fillRequired(EvidenceFormViewModel form) {
        switch (form.kind()) {
            case CONTACT_CHANNEL -> form.field("messagingHandle").valueProperty().set("@jdoe");
            case ONLINE_PROFILE -> form.field("platform").valueProperty().set("github");
            case IDENTITY_DOCUMENT -> form.field("documentType").valueProperty().set("passport");
            default -> { }
        }
    }

    @Test
    void requiredFieldsAreFlaggedOnlyOnceSaveIsTried() {
        EvidenceFormViewModel form = list.newForm(EvidenceKind.CONTACT_CHANNEL);
        assertThat(form.sourceErrorProperty().get()).isEmpty();
        assertThat(form.field("email").errorProperty().get()).isEmpty();

        assertThat(form.save()).isFalse();

        assertThat(form.sourceErrorProperty().get()).isEqualTo("Required.");
        assertThat(form.field("email").errorProperty().get())
                .isEqualTo("Enter at least an email address, a phone number or a messaging handle.");
        form.field("email").valueProperty().set("jon.doe@example.com");
        assertThat(form.field("email").errorProperty().get()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void refusesAnUnreadableObservationTime() {
        EvidenceFormViewModel form = list.newForm(EvidenceKind.CONTACT_CHANNEL);
        form.sourceProperty().set("CV");
        form.field("email").valueProperty().set("jon.doe@example.com");
        form.observedAtProperty().set("14/03/2026 9:30");

        assertThat(form.observedAtErrorProperty().get()).isEqualTo("Not a date and time (expected YYYY-MM-DD HH:MM).");
        assertThat(form.save()).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void savesAValidItemWithItsIdentifiersAndFile() throws Exception {
        Path scan = Files.writeString(dir.resolve("passport-scan.png"), "not really a PNG \u0000\u0001 bytes");
        fx.dialogs.filesToOpen.add(List.of(scan));
        EvidenceFormViewModel form = list.newForm(EvidenceKind.IDENTITY_DOCUMENT);
        form.observedAtProperty().set("2026-03-14 09:30");
        form.sourceProperty().set("Onboarding portal upload");
        form.field("documentType").valueProperty().set("passport");
        form.field("documentNumber").valueProperty().set("X 1234-5678");
        form.field("nameAsPrinted").valueProperty().set("DOE JONATHAN");
        form.field("expiryDate").valueProperty().set("2031-05-01");
        form.chooseFiles();
        assertThat(form.pendingFiles()).containsExactly(scan);

        assertThat(form.save()).isTrue();

        Evidence saved = form.savedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(stored()).hasSize(1);
        Evidence e = stored().get(0);
        assertThat(e.value("documentNumber")).startsWith("sha256:").doesNotContain("5678");
        assertThat(e.value("documentNumberLast4")).isEqualTo("5678");
        assertThat(e.value("nameAsPrinted")).isEqualTo("DOE JONATHAN");
        assertThat(e.recordedBy()).isEqualTo("tester");
        assertThat(e.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("passport-scan.png");
            assertThat(a.sizeBytes()).isEqualTo(Files.size(scan));
            assertThat(a.sha256()).hasSize(64);
        });
        // the identifier index finds the case by the name as printed
        assertThat(fx.workspace.cases().list(CaseQuery.all().withText("doe jonathan"))).hasSize(1);
        assertThat(fx.changes.get()).isEqualTo(1);
        // the list reloaded and groups the item under its kind
        assertThat(list.groups()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(EvidenceKind.IDENTITY_DOCUMENT);
            assertThat(g.items()).hasSize(1);
        });
        assertThat(session.evidence()).hasSize(1);
    }

    @Test
    void contactChannelIdentifiersAreIndexed() {
        EvidenceFormViewModel form = list.newForm(EvidenceKind.CONTACT_CHANNEL);
        form.sourceProperty().set("Application form");
        form.field("email").valueProperty().set("Jon.Doe@Example.com");
        form.field("phone").valueProperty().set("+1 (202) 555-0143");
        form.field("lineType").valueProperty().set("voip");

        assertThat(form.save()).isTrue();

        assertThat(fx.workspace.cases().list(CaseQuery.all().withText("jon.doe@example.com"))).hasSize(1);
        assertThat(fx.workspace.cases().list(CaseQuery.all().withText("+12025550143"))).hasSize(1);
        assertThat(stored().get(0).value("lineType")).isEqualTo("voip");
    }

    @Test
    void aFileAttachmentNeedsAFile() {
        EvidenceFormViewModel form = list.newForm(EvidenceKind.FILE_ATTACHMENT);
        form.sourceProperty().set("Email from the staffing firm");

        assertThat(form.save()).isFalse();

        assertThat(form.attachmentsErrorProperty().get()).isEqualTo("Add at least one file.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void editingKeepsAHashedNumberLeftEmptyAndAddsNewFiles() throws Exception {
        EvidenceFormViewModel form = list.newForm(EvidenceKind.IDENTITY_DOCUMENT);
        form.sourceProperty().set("Portal");
        form.field("documentType").valueProperty().set("passport");
        form.field("documentNumber").valueProperty().set("AB9876543");
        assertThat(form.save()).isTrue();
        Evidence first = stored().get(0);
        list.selectedProperty().set(list.find(first.id()).orElseThrow());

        Path selfie = Files.writeString(dir.resolve("selfie.jpg"), "jpeg-ish");
        fx.dialogs.filesToOpen.add(List.of(selfie));
        EvidenceFormViewModel edit = list.editForm().orElseThrow();
        assertThat(edit.field("documentNumber").valueProperty().get()).isEmpty();
        assertThat(edit.field("documentNumber").keptLast()).isEqualTo("6543");
        edit.field("issuingCountry").valueProperty().set("Canada");
        edit.chooseFiles();
        assertThat(edit.isDirty()).isTrue();

        assertThat(edit.save()).isTrue();

        Evidence after = stored().get(0);
        assertThat(after.value("documentNumber")).isEqualTo(first.value("documentNumber"));
        assertThat(after.value("issuingCountry")).isEqualTo("Canada");
        assertThat(after.version()).isEqualTo(first.version() + 1);
        assertThat(after.attachments()).extracting(a -> a.fileName()).containsExactly("selfie.jpg");
        assertThat(list.selectedProperty().get().id()).isEqualTo(first.id());
    }

    @Test
    void savingACopyWritesTheSameBytes() throws Exception {
        byte[] content = ("%PDF-1.7 offer letter\n" + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        Path original = Files.write(dir.resolve("offer-letter.pdf"), content);
        fx.dialogs.filesToOpen.add(List.of(original));
        EvidenceFormViewModel form = list.newForm(EvidenceKind.FILE_ATTACHMENT);
        form.sourceProperty().set("Email from the candidate");
        form.chooseFiles();
        assertThat(form.save()).isTrue();
        Evidence e = list.find(form.savedProperty().get().id()).orElseThrow();
        list.selectedProperty().set(e);

        Path copy = dir.resolve("copy-of-offer.pdf");
        fx.dialogs.saveTargets.add(copy);
        list.saveCopy(e.attachments().get(0));

        assertThat(Files.readAllBytes(copy)).isEqualTo(content);
        assertThat(list.messageIsErrorProperty().get()).isFalse();
        assertThat(list.messageProperty().get()).contains("offer-letter.pdf").contains("SHA-256 matched");
    }

    @Test
    void deletesOnlyAfterConfirmation() {
        EvidenceFormViewModel form = list.newForm(EvidenceKind.CONTACT_CHANNEL);
        form.sourceProperty().set("CV");
        form.field("email").valueProperty().set("jon.doe@example.com");
        assertThat(form.save()).isTrue();
        list.selectedProperty().set(list.find(form.savedProperty().get().id()).orElseThrow());

        fx.dialogs.confirmAnswer = false;
        list.deleteSelected();
        assertThat(stored()).hasSize(1);

        fx.dialogs.confirmAnswer = true;
        list.deleteSelected();
        assertThat(stored()).isEmpty();
        assertThat(fx.dialogs.confirmations).hasSize(2).allMatch(m -> m.contains("jon.doe@example.com"));
        assertThat(list.groups()).isEmpty();
        assertThat(list.selectedProperty().get()).isNull();
    }

    @Test
    void notesOnAnItemShowWithTheItem() {
        EvidenceFormViewModel form = list.newForm(EvidenceKind.CONTACT_CHANNEL);
        form.sourceProperty().set("CV");
        form.field("phone").valueProperty().set("+1 202 555 0143");
        assertThat(form.save()).isTrue();
        list.selectedProperty().set(list.find(form.savedProperty().get().id()).orElseThrow());
        new org.hirewatch.ui.casefile.notes.NotesViewModel(session).load();
        boolean[] saved = {false};

        list.addNoteToSelected("Carrier lookup says VoIP, not mobile as claimed.", () -> saved[0] = true,
                msg -> { throw new AssertionError(msg); });

        assertThat(saved[0]).isTrue();
        assertThat(list.selectedNotes()).singleElement()
                .satisfies(n -> assertThat(n.body()).startsWith("Carrier lookup"));
    }
}
