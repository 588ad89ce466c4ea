package org.hirewatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.List;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.RiskBand;
import org.hirewatch.domain.Severity;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.IndicatorDefinition;
import org.hirewatch.indicators.ParameterSpec;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.Priority;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.ui.workspace.PassphraseStrength;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code or the FXML uses exists in the bundle, and every key in the bundle is used. Keys built at run
 * time (enum labels, evidence field labels) are derived from the enums themselves.
 */
class BundleKeysTest {
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** picocli reads command descriptions as ${bundle:key}. */
    private static final Pattern PICOCLI_KEY = Pattern.compile("\\$\\{bundle:([A-Za-z0-9_.]+)}");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** Literals that look like keys but are data: audit action names stored in the log. */
    private static final Set<String> NOT_MESSAGES = Set.of("workspace.create", "workspace.rollback", "evidence.add", "evidence.update", "evidence.delete",
            "checks.run", "finding.review", "checklist.answer", "indicator.setting", "indicator.custom.add",
            "indicator.custom.update", "indicator.custom.delete", "workspace.backup");
    private static Set<String> bundle;
    private static Set<String> prefixes;

    @BeforeAll
    static void loadBundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/org/hirewatch/i18n/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        bundle = p.stringPropertyNames();
        prefixes = bundle.stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
    }

    static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        Stream.of(CaseStatus.values()).map(CaseStatus::messageKey).forEach(keys::add);
        Stream.of(Decision.values()).map(Decision::messageKey).forEach(keys::add);
        Stream.of(Priority.values()).map(Priority::messageKey).forEach(keys::add);
        Stream.of(NoteTarget.values()).map(NoteTarget::messageKey).forEach(keys::add);
        Stream.of(WorkspaceException.Reason.values()).map(WorkspaceException.Reason::messageKey).forEach(keys::add);
        Stream.of(PassphraseStrength.values()).map(PassphraseStrength::messageKey).forEach(keys::add);
        org.hirewatch.domain.AuditActions.ALL.forEach(a -> keys.add(org.hirewatch.domain.AuditActions.labelKey(a)));
        Stream.of(Severity.values()).map(Severity::messageKey).forEach(keys::add);
        Stream.of(CheckMode.values()).map(CheckMode::messageKey).forEach(keys::add);
        Stream.of(FindingState.values()).map(FindingState::messageKey).forEach(keys::add);
        Stream.of(RiskBand.values()).map(RiskBand::messageKey).forEach(keys::add);
        Stream.of(ChecklistAnswer.Answer.values()).map(ChecklistAnswer.Answer::messageKey).forEach(keys::add);
        Stream.of(CustomIndicator.Operator.values()).map(CustomIndicator.Operator::messageKey).forEach(keys::add);
        Stream.of(org.hirewatch.domain.LinkType.values()).map(org.hirewatch.domain.LinkType::labelKey).forEach(keys::add);
        Stream.of(org.hirewatch.domain.WarningEntry.WarningList.values())
                .map(org.hirewatch.domain.WarningEntry.WarningList::labelKey).forEach(keys::add);
        Stream.of(org.hirewatch.links.LinkStrength.values()).map(org.hirewatch.links.LinkStrength::labelKey).forEach(keys::add);
        Stream.of(org.hirewatch.domain.IdentifierKind.values()).map(org.hirewatch.domain.IdentifierKind::labelKey)
                .forEach(keys::add);
        Catalogue catalogue = Catalogue.builtIn();
        Catalogue.CATEGORIES.forEach(c -> keys.add("indicator.category." + c));
        for (IndicatorDefinition d : catalogue.indicators()) {
            for (String part : List.of("title", "description", "verify", "innocent")) {
                keys.add("indicator." + d.id() + "." + part);
            }
            if (d.mode() == CheckMode.MANUAL) {
                keys.add("indicator." + d.id() + ".question");
            }
            for (ParameterSpec p : d.parameters()) {
                keys.add(p.labelKey());
                keys.add(p.labelKey() + ".help");
            }
        }
        for (EvidenceKind kind : EvidenceKind.values()) {
            keys.add(kind.messageKey());
            for (EvidenceField f : kind.fields()) {
                keys.add(f.labelKey());
                f.choices().forEach(c -> keys.add("evidence.choice." + c));
            }
        }
        return keys;
    }

    static Set<String> literalKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".java") && !name.endsWith(".fxml")) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = (name.endsWith(".java") ? JAVA_LITERAL : FXML_KEY).matcher(text);
                Matcher pico = PICOCLI_KEY.matcher(text);
                while (pico.find()) {
                    used.add(pico.group(1));
                }
                while (m.find()) {
                    String key = m.group(1);
                    String first = key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'));
                    if (name.endsWith(".fxml") || prefixes.contains(first)) {
                        used.add(key);
                    }
                }
            }
        }
        return used;
    }

    @Test
    void everyUsedKeyExists() throws IOException {
        Set<String> missing = new TreeSet<>(literalKeys());
        missing.addAll(dynamicKeys());
        missing.removeAll(bundle);
        missing.removeIf(k -> k.startsWith("org.hirewatch") || NOT_MESSAGES.contains(k) || k.endsWith(".properties"));
        assertThat(missing).as("keys used in code or FXML but missing from messages.properties").isEmpty();
    }

    @Test
    void everyBundleKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(literalKeys());
        unused.removeAll(dynamicKeys());
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }
}
