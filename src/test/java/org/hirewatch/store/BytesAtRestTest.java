package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a workspace folder holds on disk: none of the entered text may be readable in any file, in any of the
 * encodings a forensic string search would try.
 */
class BytesAtRestTest {
    static final String NAME = "Zyxqarlsberg Vondrakowitz";
    static final String EMAIL = "vondrakowitz.zyx@mailbox-example.test";
    static final String NOTE = "Plover marmalade escarpment 7731: the applicant refused a live camera check.";
    static final String ATTACHMENT_TEXT = "Quillfeather invoice text inside the attached file";
    static final String ERROR_VALUE = "Tamarisk-Oblong-Fennel";
    static final List<String> SECRETS = List.of(NAME, EMAIL, NOTE, ATTACHMENT_TEXT, ERROR_VALUE);

    @TempDir
    Path dir;

    @Test
    void noEnteredTextIsReadableInAnyFileOfTheWorkspace() throws Exception {
        Path folder = dir.resolve("ws");
        Path attachment = Files.writeString(dir.resolve("invoice.txt"), ATTACHMENT_TEXT.repeat(20));
        try (Workspace ws = StoreFixtures.create(folder)) {
            UUID caseId = ws.cases().create(new CaseDetails("Applicant 17", null, null, null, null, null, null, null, false,
                    new Subject(List.of(new NameSpelling(NAME, "CV")), "", "", "", "", "", "", ""))).id();
            ws.evidence().add(caseId, new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, EvidenceSamples.OBSERVED, "CV",
                    Map.of("email", EMAIL)), List.of());
            ws.evidence().add(caseId, new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, EvidenceSamples.OBSERVED, "email",
                    Map.of()), List.of(attachment));
            ws.notes().addToCase(caseId, NOTE);
            // An H2 error whose message quotes a value: H2 would write it to a plain-text .trace.db file.
            try {
                ws.write(h -> h.createQuery("SELECT CAST(:v AS INTEGER)").bind("v", ERROR_VALUE).mapTo(Integer.class).one());
            } catch (WorkspaceException expected) {
                assertThat(expected.getMessage()).contains(ERROR_VALUE);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains(WorkspaceLocation.DB_FILE, WorkspaceLocation.KEY_FILE);
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String s : SECRETS) {
                for (String variant : List.of(s, s.toLowerCase(Locale.ROOT), s.substring(0, 12))) {
                    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                        if (indexOf(bytes, variant.getBytes(cs)) >= 0) {
                            found.add(f.getFileName() + ": '" + variant + "' in " + cs);
                        }
                    }
                }
            }
            if (indexOf(bytes, StoreFixtures.PASSPHRASE.getBytes(StandardCharsets.UTF_8)) >= 0) {
                found.add(f.getFileName() + ": the passphrase");
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The search above must be able to find text at all: without CIPHER=AES, the same kind of data is plainly
     * visible in H2's file (H2 does not compress pages by default), so an empty result above means encryption.
     */
    @Test
    void theSameSearchFindsTextInAnUnencryptedH2File() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plain") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "u", "p"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (s TEXT)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                for (String s : List.of(NAME, EMAIL, NOTE)) {
                    ps.setString(1, s);
                    ps.executeUpdate();
                }
            }
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("plain.mv.db"));
        for (String s : List.of(NAME, EMAIL, NOTE)) {
            assertThat(indexOf(bytes, s.getBytes(StandardCharsets.UTF_8))).as(s).isNotNegative();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
