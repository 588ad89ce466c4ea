package org.hirewatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action the store writes to the audit log has a label, so the Audit tab never shows a raw code. */
class AuditActionsTest {
    private static final Pattern WRITTEN = Pattern.compile("(?:appendAudit\\(h, |Pending\\(|\\? )\"([a-z]+(?:\\.[a-z]+)+)\"");

    @Test
    void everyActionTheStoreWritesIsListed() throws IOException {
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hirewatch/store"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = WRITTEN.matcher(Files.readString(f));
                while (m.find()) {
                    written.add(m.group(1));
                }
            }
        }
        assertThat(written).isNotEmpty().contains("case.status", "finding.review");
        assertThat(AuditActions.ALL).containsAll(written);
    }
}
