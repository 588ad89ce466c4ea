package org.hirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Time from launching HireWatch to its first window frame, against a minimal JavaFX window started the same way
 * in the same run (issue 6: within 1.3 times the baseline, and under 1.5 s for the packaged app).
 *
 * <p>Measured from the moment the process is started to the wall-clock time the window prints at its first laid-out
 * frame ({@code first-frame-epoch-ms=}); both programs quit right after it. Runs alternate between the two so
 * that a busy machine slows both alike; the medians are compared. It needs a display (run it under Xvfb):
 * {@code DISPLAY=:99 mvn -B -q -Pbench test -Dtest=StartupBenchmark}. The packaged app is measured when
 * {@code installer/build.sh} has built {@code target/installer/HireWatch}; {@code bench.runs} sets the number of runs
 * (default 9).
 */
class StartupBenchmark {
    private static final Pattern FIRST_FRAME = Pattern.compile("first-frame-epoch-ms=(\\d+)");
    private static final int RUNS = Integer.getInteger("bench.runs", 9);

    @Test
    void launchToFirstFrame() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "the start-up benchmark needs a display: run it under Xvfb");
        Path lib = Path.of("target/lib");
        Path classes = Path.of("target/classes");
        Path jar = jarOf(Path.of("target"));
        Path testClasses = Path.of("target/test-classes").toAbsolutePath();
        String javaFx = javaFxJars(lib);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        System.out.println("Start-up, launch to first frame (median of " + RUNS + " runs, ms):");
        Pair dev = measure(
                List.of(java, "-cp", testClasses + File.pathSeparator + javaFx, MinimalWindow.Launcher.class.getName()),
                List.of(java, "-cp", (jar != null ? jar : classes.toAbsolutePath()) + File.pathSeparator + lib.toAbsolutePath()
                        + File.separator + "*", "org.hirewatch.app.Launcher", "--db"));
        report("JDK on the class path", dev, Double.NaN);

        Path image = Path.of(System.getProperty("startup.image", "target/installer/HireWatch")).toAbsolutePath();
        Path launcher = image.resolve("bin/HireWatch");
        if (Files.isExecutable(launcher)) {
            Path app = image.resolve("lib/app");
            String runtimeJava = image.resolve("lib/runtime/bin/java").toString();
            Pair packaged = measure(
                    List.of(runtimeJava, "-cp", testClasses + File.pathSeparator + javaFxJars(app),
                            MinimalWindow.Launcher.class.getName()),
                    List.of(launcher.toString(), "--db"));
            report("packaged app image (" + image + ")", packaged, 1500);
        } else {
            System.out.println("  packaged app: not measured, build it first with installer/build.sh");
        }
    }

    private record Pair(long baseline, long app) {
        double ratio() {
            return (double) app / baseline;
        }
    }

    private static void report(String what, Pair p, double absoluteTarget) {
        System.out.printf(Locale.ROOT, "  %s: baseline %d, HireWatch %d, ratio %.2f (target < 1.3)%s%n", what,
                p.baseline(), p.app(), p.ratio(),
                Double.isNaN(absoluteTarget) ? "" : String.format(Locale.ROOT, ", absolute target < %.0f", absoluteTarget));
    }

    /** Alternating runs; the first of each is a warm-up of the page cache and not counted. */
    private static Pair measure(List<String> baseline, List<String> app) throws Exception {
        List<Long> b = new ArrayList<>();
        List<Long> a = new ArrayList<>();
        run(baseline);
        run(app);
        for (int i = 0; i < RUNS; i++) {
            b.add(run(baseline));
            a.add(run(app));
        }
        return new Pair(median(b), median(a));
    }

    private static long run(List<String> command) throws Exception {
        Path scratch = Files.createTempDirectory("hw-startup");
        try {
            List<String> full = new ArrayList<>(command);
            if (full.get(full.size() - 1).equals("--db")) {
                // A fresh, absent workspace folder: the app shows its first-start screen, as after installing.
                full.add(scratch.resolve("workspace").toString());
            }
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("HIREWATCH_EXIT_AFTER_FIRST_FRAME", "1");
            env.put("XDG_CONFIG_HOME", scratch.resolve("config").toString());
            long start = System.currentTimeMillis();
            Process process = pb.start();
            long frame = -1;
            StringBuilder output = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                    Matcher m = FIRST_FRAME.matcher(line);
                    if (m.find()) {
                        frame = Long.parseLong(m.group(1));
                    }
                }
            }
            process.waitFor();
            assertThat(frame).as("first frame reported by %s%n%s", full, output).isPositive();
            return frame - start;
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Path jarOf(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("hirewatch-.*\\.jar")).findFirst()
                    .map(Path::toAbsolutePath).orElse(null);
        }
    }

    private static String javaFxJars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("javafx-"))
                    .map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        }
    }

}
