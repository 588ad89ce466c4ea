package org.hirewatch.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The case tabs live in one scene, so an fx:id used by two tabs makes a lookup find the wrong control (it once
 * made the Findings tab's Confirm button resolve to the Links tab's). Every id in the header and the included tabs
 * must be unique.
 */
class CaseTabIdsTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/hirewatch/ui/casefile");
    private static final Pattern INCLUDE = Pattern.compile("<fx:include source=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("fx:id=\"([^\"]+)\"");

    @Test
    void everyIdInTheCaseSceneIsUnique() throws IOException {
        Path workspace = FOLDER.resolve("CaseWorkspace.fxml");
        List<Path> files = new ArrayList<>(List.of(workspace));
        Matcher inc = INCLUDE.matcher(Files.readString(workspace, StandardCharsets.UTF_8));
        while (inc.find()) {
            files.add(FOLDER.resolve(inc.group(1)));
        }
        assertThat(files).hasSizeGreaterThan(5);
        Map<String, Path> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Path f : files) {
            Matcher id = ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (id.find()) {
                Path first = seen.putIfAbsent(id.group(1), f);
                if (first != null && !first.equals(f)) {
                    clashes.add(id.group(1) + " in " + first.getFileName() + " and " + f.getFileName());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }
}
