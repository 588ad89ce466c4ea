package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.run;
import static org.hirewatch.app.cli.TestCli.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Help, version and usage errors on every command, and the command line's keys in the bundle. */
class CliHelpTest {
    private static final Path BUNDLE_FILE = Path.of("src/main/resources/org/hirewatch/i18n/messages.properties");
    private static final Path CLI_SOURCES = Path.of("src/main/java/org/hirewatch/app/cli");

    @ParameterizedTest
    @ValueSource(strings = {"", "init", "case", "case add", "case list", "case show", "evidence", "evidence add", "note",
            "note add", "check", "verify-audit"})
    void everyCommandHasHelpWithTheExitCodesAndAVersion(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        TestCli.Result help = run(args.toArray(String[]::new));
        assertThat(help.code()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: hirewatch")
                .contains("Exit codes:", "  0  " + text("cli.exitCode.ok"), "  4  " + text("cli.exitCode.auditBroken"))
                .doesNotContain("${bundle:");
        args.set(args.size() - 1, "--version");
        TestCli.Result version = run(args.toArray(String[]::new));
        assertThat(version.code()).isZero();
        assertThat(version.line()).startsWith("HireWatch ");
    }

    @Test
    void evidenceHelpListsEveryKindAndItsFields() {
        String help = run("evidence", "add", "-h").out();
        assertThat(help).contains("  identity_document", "documentType*", "  contact_channel", "messagingHandle",
                "  file_attachment", "(passport|national_id|");
        assertThat(help.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void missingSubcommandsAndUnknownOptionsAreUsageErrors() {
        TestCli.Result none = run();
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).startsWith("Usage: hirewatch");
        assertThat(none.out()).isEmpty();
        TestCli.Result group = run("case");
        assertThat(group.code()).isEqualTo(ExitCodes.USAGE);
        TestCli.Result unknown = run("case", "list", "--colour", "red");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--colour").contains(text("cli.usage.hint", "hirewatch case list"));
        TestCli.Result missing = run("case", "add");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--title");
        TestCli.Result badEnum = run("case", "add", "--title", "x", "--priority", "critical");
        assertThat(badEnum.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badEnum.err().lines()).hasSize(2).noneMatch(l -> l.startsWith("\tat "));
    }

    @Test
    void namesTakeTheirSourceBeforeTheFirstEqualsSign() {
        assertThat(CaseAddCommand.parseName("CV=Jon Doe")).extracting("name", "source").containsExactly("Jon Doe", "CV");
        assertThat(CaseAddCommand.parseName(" Jon Doe ")).extracting("name", "source").containsExactly("Jon Doe", "");
        assertThat(CaseAddCommand.parseName("=A=B")).extracting("name", "source").containsExactly("A=B", "");
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(Output.csvCell("plain")).isEqualTo("plain");
        assertThat(Output.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Output.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Output.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Output.csvCell("=1+2")).isEqualTo("'=1+2");
        assertThat(Output.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void unexpectedFailuresAreOneLineAndLeaveMessagesOutOfTheLog() {
        Exception e = new IllegalStateException("jon.doe@example.com", new RuntimeException("Jon Doe"));
        assertThat(HireWatchCli.traceWithoutMessages(e)).contains("java.lang.IllegalStateException", "Caused by")
                .doesNotContain("jon.doe", "Jon Doe");
    }

    /**
     * The command line's keys sit in their own blocks of the bundle (the commands, then the check command with the
     * applicants file's problems); none is missing, none unused.
     */
    @Test
    void everyCliKeyIsInTheBundleBlockAndEveryBlockKeyIsUsed() throws Exception {
        List<String> lines = Files.readAllLines(BUNDLE_FILE, StandardCharsets.UTF_8);
        int header = lines.indexOf("# ---- command line ----");
        assertThat(header).isPositive();
        int end = blockEnd(lines, header);
        int checkHeader = lines.indexOf("# ---- check command ----");
        assertThat(checkHeader).isPositive();
        int checkEnd = blockEnd(lines, checkHeader);
        Set<String> blockKeys = new TreeSet<>();
        // A feature's own block may hold its command's keys beside its other keys when its header says so
        // ("# ---- command line: <feature> ----"), so that helpers working in parallel append one block each.
        boolean[] featureBlock = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# ---- command line: ")) {
                for (int j = i + 1; j < blockEnd(lines, i); j++) {
                    featureBlock[j] = true;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String key = l.substring(0, l.indexOf('=')).strip();
            if (i > header && i < end) {
                blockKeys.add(key);
                assertThat(key).startsWith("cli.");
                new MessageFormat(TestCli.BUNDLE.getString(key)); // every value is a valid pattern
            } else if (i > checkHeader && i < checkEnd) {
                assertThat(key).matches("(cli\\.check|applicants)\\..*");
                new MessageFormat(TestCli.BUNDLE.getString(key));
                if (key.startsWith("cli.")) {
                    blockKeys.add(key);
                }
            } else if (featureBlock[i]) {
                if (key.startsWith("cli.")) {
                    blockKeys.add(key);
                    new MessageFormat(TestCli.BUNDLE.getString(key));
                }
            } else {
                assertThat(key).as("cli keys belong in the command line blocks").doesNotStartWith("cli.");
            }
        }
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(?:\\$\\{bundle:)?(cli\\.[A-Za-z0-9_.]+)}?\"");
        try (Stream<Path> files = Files.list(CLI_SOURCES)) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(blockKeys).containsExactlyInAnyOrderElementsOf(used);
    }

    private static int blockEnd(List<String> lines, int header) {
        int end = header + 1;
        while (end < lines.size() && !lines.get(end).startsWith("# ----")) {
            end++;
        }
        return end;
    }
}
