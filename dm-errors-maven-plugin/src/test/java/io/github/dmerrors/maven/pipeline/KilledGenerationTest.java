package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.testing.DirectorySnapshot;
import io.github.dmerrors.testing.LargeCatalogue;
import io.github.dmerrors.testing.TestTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code generate} goal killed for real: a JVM of its own replaces the output of one catalogue
 * with another's, one of them split into parts, and is killed ({@code destroyForcibly}, SIGKILL on
 * Unix) at a random point. Every file it leaves must be whole, the old run's or the new one's, and
 * the next run must leave exactly what a clean run leaves. Runs alternate between the catalogues:
 * one that adds the parts, killed a random few milliseconds after it starts writing (its list of
 * files being created shows when), and one that removes them, killed at a random moment from its
 * start. {@code -Dcrash.kills=N} sets the number of kills (default 3); {@code -Dfuzz.seed} the
 * seed. The moments of the kills, and the wait for a killed JVM to end, are scaled by
 * {@link TestTime}, so that on a loaded machine they fall at the same points of a slower run.
 */
class KilledGenerationTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
    private static final String PACKAGE = "com.example.big";

    @TempDir
    Path work;

    @Test
    void leavesEveryFileWholeAndTheNextRunRepairsTheOutput() throws Exception {
        // The class and two parts, then the class alone.
        byte[][] catalogues = {LargeCatalogue.of(1_100, "larger"), LargeCatalogue.of(500, "smaller")};
        List<Map<String, String>> clean = List.of(
                cleanRun(catalogues[0], work.resolve("clean-larger")),
                cleanRun(catalogues[1], work.resolve("clean-smaller")));
        Path project = work.resolve("project");
        Path catalogue = project.resolve("src/main/errors/errors_release.txt");
        Path output = project.resolve("target/generated-sources/dm-errors");
        Files.createDirectories(catalogue.getParent());
        Files.write(catalogue, catalogues[1]);
        GeneratePipeline.run(ForkedGeneration.request(catalogue, project, output, PACKAGE));

        SplittableRandom random = new SplittableRandom(SEED);
        int whileWriting = 0;
        // Should every kill aimed at the writing come too late, a few more make sure one lands.
        int kill = 0;
        for (; kill < KILLS || whileWriting == 0 && kill < KILLS + 6; kill++) {
            int next = kill % 2 == 0 ? 0 : 1;
            Files.write(catalogue, catalogues[next]);

            whileWriting += kill(catalogue, project, output, next == 0, random) ? 1 : 0;

            assertEveryFileWhole(buildDirectory(project), clean.get(1 - next), clean.get(next), "kill " + kill);
            GeneratePipeline.run(ForkedGeneration.request(catalogue, project, output, PACKAGE));
            assertThat(buildDirectory(project)).as("kill %d, then a run", kill).isEqualTo(clean.get(next));
        }
        System.out.printf("crash: %d forked runs killed or finished, %d of them killed while writing (fuzz.seed=%d)%n",
                kill, whileWriting, SEED);
        assertThat(whileWriting).as("kills while writing").isPositive();
    }

    /**
     * Starts the goal in a JVM of its own and kills it, a few milliseconds after it starts writing
     * or at a random moment from its start; returns whether it was killed while writing.
     */
    private boolean kill(Path catalogue, Path project, Path output, boolean whileWriting, SplittableRandom random)
            throws Exception {
        String manifest = manifestOf(buildDirectory(project));
        Path pending = project.resolve("target").resolve(manifest.replace(".manifest", ".pending"));
        long delay = TestTime.scaled(Duration.ofMillis(whileWriting ? random.nextInt(10) : random.nextInt(4000)))
                .toNanos();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        ForkedGeneration.class.getName(),
                        catalogue.toString(), project.toString(), output.toString(), PACKAGE)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("fork.log").toFile())
                .start();
        long since = System.nanoTime();
        boolean writing = false;
        while (process.isAlive() && whileWriting && !writing) {
            writing = Files.exists(pending);
            since = System.nanoTime();
        }
        while (process.isAlive() && System.nanoTime() - since < delay) {
            Thread.onSpinWait();
        }
        boolean killed = process.isAlive();
        process.destroyForcibly();
        assertThat(process.waitFor(TestTime.scaled(Duration.ofMinutes(1)).toMillis(), TimeUnit.MILLISECONDS))
                .as("the killed JVM ended").isTrue();
        if (!killed) {
            assertThat(process.exitValue()).as(Files.readString(work.resolve("fork.log"))).isZero();
        }
        return killed && writing;
    }

    private static void assertEveryFileWhole(Map<String, String> left, Map<String, String> old,
            Map<String, String> next, String when) {
        Set<String> known = new HashSet<>(old.keySet());
        known.addAll(next.keySet());
        String manifest = manifestOf(old);
        known.add(manifest.replace(".manifest", ".pending"));
        assertThat(known).as("%s: files", when).containsAll(left.keySet().stream()
                .filter(path -> !path.endsWith(".dm-errors.default.tmp"))
                .toList());
        for (Map.Entry<String, String> file : left.entrySet()) {
            if (file.getKey().endsWith(".java") || file.getKey().endsWith(".manifest")) {
                assertThat(file.getValue()).as("%s: %s", when, file.getKey())
                        .isIn(old.get(file.getKey()), next.get(file.getKey()));
            }
        }
        assertThat(left).as("%s: the manifest", when).containsKey(manifest);
    }

    private static Map<String, String> cleanRun(byte[] content, Path project) throws Exception {
        Path catalogue = project.resolve("src/main/errors/errors_release.txt");
        Files.createDirectories(catalogue.getParent());
        Files.write(catalogue, content);
        Path output = project.resolve("target/generated-sources/dm-errors");
        GeneratePipeline.run(ForkedGeneration.request(catalogue, project, output, PACKAGE));
        return buildDirectory(project);
    }

    /**
     * The generated files and the writer's records, which live beside them in the build directory:
     * under the same relative paths in every project of this test.
     */
    private static Map<String, String> buildDirectory(Path project) {
        Map<String, String> snapshot = DirectorySnapshot.of(project.resolve("target"));
        manifestOf(snapshot);
        return snapshot;
    }

    /** The manifest's path in a snapshot of the build directory. */
    private static String manifestOf(Map<String, String> snapshot) {
        List<String> manifests = snapshot.keySet().stream()
                .filter(path -> path.startsWith("dm-errors/state/") && path.endsWith("/default.manifest"))
                .toList();
        assertThat(manifests).as("the manifest, in the state directory").hasSize(1);
        return manifests.get(0);
    }

    @Test
    void runsInAJvmOfItsOwn() throws IOException, InterruptedException {
        Path project = Files.createDirectories(work.resolve("alone"));
        Path catalogue = Files.write(project.resolve("errors_release.txt"), LargeCatalogue.of(3, "alone"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), ForkedGeneration.class.getName(),
                        catalogue.toString(), project.toString(), project.resolve("out").toString(), PACKAGE)
                .redirectErrorStream(true)
                .start();
        String printed = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).as(printed).isZero();
        assertThat(printed).contains("dm-errors: 3 errors from errors_release.txt -> com.example.big.DmErrors:"
                + " 1 file written, 0 unchanged, 0 removed");
        assertThat(List.of(project.resolve("out/com/example/big/DmErrors.java"))).allMatch(Files::isRegularFile);
    }
}
