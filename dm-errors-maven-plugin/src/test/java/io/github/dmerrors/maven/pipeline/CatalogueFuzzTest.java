package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import io.github.dmerrors.maven.generate.GeneratedSource;
import io.github.dmerrors.maven.generate.JavaSourceGenerator;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.model.TypeNameClash;
import io.github.dmerrors.maven.testing.DirectorySnapshot;
import io.github.dmerrors.maven.testing.GeneratedCatalogues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing with a seeded generator: the same seed gives the same inputs on every machine, and a
 * failure names the seed and try that reproduce it. {@code -Dfuzz.tries=N} sets the number of
 * mutations (default 40) and, one for every 50, of random catalogues (at least 6);
 * {@code -Dfuzz.seed} the seed; {@code -Dfuzz.maxEntries} the largest random catalogue (default
 * 60; more than 1,000 splits the class). An input that broke a promise is saved under
 * {@code target/fuzz-failures}.
 */
class CatalogueFuzzTest {
    private static final int TRIES = Integer.getInteger("fuzz.tries", 40);
    private static final int CATALOGUES = Math.max(6, TRIES / 50);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
    private static final int MAX_ENTRIES = Integer.getInteger("fuzz.maxEntries", 60);
    private static final int ENTRIES_PER_JAVAC_RUN = 1500;

    @TempDir
    Path work;

    @Test
    void generatesCodeThatCompilesAndKeepsEveryFieldOfRandomCatalogues() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        CompilationBatch batch = new CompilationBatch(work.resolve("javac"), ENTRIES_PER_JAVAC_RUN, "fuzz.seed=" + SEED);
        long start = System.nanoTime();
        for (int i = 0; i < CATALOGUES; i++) {
            int size = random.nextInt(20) == 0 ? 1 + random.nextInt(MAX_ENTRIES) : 1 + random.nextInt(Math.min(40, MAX_ENTRIES));
            RandomCatalogue drawn = RandomCatalogue.draw(random, size);
            String packageName = "fuzz.c" + i;
            Path project = work.resolve("c" + i);
            Path file = Files.createDirectories(project).resolve("errors_release.txt");
            Files.write(file, drawn.content());

            GenerateResult result = GeneratePipeline.run(new GenerateRequest(file, project, packageName, "DmErrors",
                    project.resolve("out"), drawn.extraClasses(), "default", "test"));

            String context = "fuzz.seed=" + SEED + ", catalogue " + i;
            assertThat(result.entries()).as(context).isEqualTo(size);
            assertThat(result.warnings()).as(context).hasSize(drawn.warnings());
            Catalogue catalogue = CatalogueLoader.load(file, drawn.content(),
                    drawn.extraClasses().stream().map(ErrorClass::of).collect(Collectors.toSet()));
            assertThat(catalogue.errors().stream().map(CatalogueFuzzTest::entry).toList()).as(context)
                    .containsExactlyElementsOf(drawn.entries());
            batch.add(GeneratedCatalogues.sources(project.resolve("out")), packageName + ".DmErrors", catalogue);
        }
        batch.compile();
        System.out.printf("fuzz: %d random catalogues, %d entries compiled in %d javac runs, %.1f s (fuzz.seed=%d)%n",
                CATALOGUES, batch.compiledEntries(), batch.runs(), (System.nanoTime() - start) / 1e9, SEED);
    }

    private static RandomCatalogue.Entry entry(ErrorDefinition error) {
        return new RandomCatalogue.Entry(error.name(), error.code(), error.errorClass().name(),
                error.scope().toString(), error.level().toString(), error.message(), error.workaround());
    }

    /**
     * Damages windows of DM's real catalogue and runs the pipeline on each, over the output of the
     * previous try, as a developer editing the file would. Each run must either fail with
     * diagnostics and leave the output as it was, or write exactly what a clean run generates; no
     * other exception is allowed. The entries a valid try changed are compiled and checked, in a
     * class of their own: DM's own entries compile, as the examples module shows.
     */
    @Test
    void answersEveryDamagedCatalogueWithCompilingCodeOrDiagnostics() throws Exception {
        byte[] real = Files.readAllBytes(Path.of(System.getProperty("dm.catalogue")));
        List<byte[]> lines = lines(real);
        Set<List<Object>> dmEntries = CatalogueLoader.load(Path.of("dm"), real, Set.of()).errors().stream()
                .map(CatalogueFuzzTest::key)
                .collect(Collectors.toSet());
        SplittableRandom random = new SplittableRandom(SEED);
        CompilationBatch batch = new CompilationBatch(work.resolve("javac"), ENTRIES_PER_JAVAC_RUN, "fuzz.seed=" + SEED);
        Path project = Files.createDirectories(work.resolve("project"));
        GenerateRequest request = new GenerateRequest(project.resolve("errors_release.txt"), project, "fuzz.mutation",
                "DmErrors", project.resolve("out"), List.of(), "default", "test");
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        long start = System.nanoTime();
        for (int attempt = 0; attempt < TRIES && failures.size() < 10; attempt++) {
            byte[] damaged = window(lines, random);
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                damaged = CatalogueMutator.mutate(damaged, random);
            }
            try {
                rejected += runOnce(request, damaged, dmEntries, batch, attempt) ? 1 : 0;
            } catch (Exception | AssertionError e) {
                failures.add("try " + attempt + ": " + e);
                save(attempt, damaged);
            }
        }
        batch.compile();
        System.out.printf("fuzz: %d damaged catalogues, %d rejected, %d valid, %d changed entries compiled in %d"
                        + " javac runs, %.1f s (fuzz.seed=%d)%n", TRIES, rejected, TRIES - rejected - failures.size(),
                batch.compiledEntries(), batch.runs(), (System.nanoTime() - start) / 1e9, SEED);
        assertThat(failures).as("fuzz.seed=%d; inputs saved in target/fuzz-failures", SEED).isEmpty();
    }

    /**
     * Runs the pipeline on {@code damaged} over the output of the previous try; returns whether the
     * catalogue was rejected.
     */
    private static boolean runOnce(GenerateRequest request, byte[] damaged, Set<List<Object>> dmEntries,
            CompilationBatch batch, int attempt) throws Exception {
        Path file = request.catalogue();
        Files.write(file, damaged);
        Map<String, String> before = DirectorySnapshot.of(request.outputDirectory());
        try {
            GeneratePipeline.run(request);
        } catch (InvalidInputException e) {
            assertRejectedProperly(e, file, damaged);
            assertThat(DirectorySnapshot.of(request.outputDirectory())).as("output after a rejected catalogue")
                    .isEqualTo(before);
            return true;
        }
        Catalogue catalogue = CatalogueLoader.load(file, damaged, Set.of());
        assertThat(GeneratedCatalogues.sources(request.outputDirectory())).isEqualTo(clean(catalogue, request.target()));
        List<ErrorDefinition> changed = catalogue.errors().stream()
                .filter(error -> !dmEntries.contains(key(error)))
                .toList();
        if (!changed.isEmpty()) {
            compileLater(batch, attempt, new Catalogue(file, changed));
        }
        return false;
    }

    /** A window of a few lines, now and then the whole catalogue. */
    private static byte[] window(List<byte[]> lines, SplittableRandom random) {
        int length = random.nextInt(200) == 0 ? lines.size() : 1 + random.nextInt(1 + random.nextInt(60));
        int from = random.nextInt(lines.size() - Math.min(length, lines.size()) + 1);
        ByteArrayOutputStream window = new ByteArrayOutputStream();
        lines.subList(from, Math.min(lines.size(), from + length)).forEach(window::writeBytes);
        return window.toByteArray();
    }

    private static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                lines.add(Arrays.copyOfRange(content, start, i + 1));
                start = i + 1;
            }
        }
        return lines;
    }

    private static List<Object> key(ErrorDefinition error) {
        return List.of(error.name(), error.code(), error.errorClass(), error.scope(), error.level(), error.message(),
                error.workaround());
    }

    /** What a clean run writes: the generator's sources, by path. */
    private static Map<String, String> clean(Catalogue catalogue, GenerationTarget target) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedSource source : JavaSourceGenerator.generate(catalogue, target)) {
            sources.put(source.relativePath(), source.content());
        }
        return sources;
    }

    private static void compileLater(CompilationBatch batch, int attempt, Catalogue changed) throws Exception {
        GenerationTarget target = new GenerationTarget("fuzz.m" + attempt, "DmErrors", "errors_release.txt");
        assertThat(TypeNameClash.check(changed, target)).isEmpty();
        batch.add(clean(changed, target), target.packageName() + ".DmErrors", changed);
    }

    private static void assertRejectedProperly(InvalidInputException e, Path file, byte[] damaged) {
        long lineCount = 1 + new String(damaged, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
        assertThat(e.diagnostics()).extracting(Diagnostic::severity).contains(Severity.ERROR);
        assertThat(e.diagnostics()).allSatisfy(diagnostic -> {
            assertThat(diagnostic.location().file()).isEqualTo(file);
            assertThat((long) diagnostic.location().line()).isBetween(1L, lineCount);
            assertThat(diagnostic.message()).isNotBlank().doesNotContain("Exception");
        });
    }

    private static void save(int attempt, byte[] damaged) {
        try {
            Path failures = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(failures.resolve(SEED + "-" + attempt + ".txt"), damaged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void damagesOnlyCopies() {
        byte[] content = "ErrA,[code=1:class=database:scope=internal:level=high]\n".getBytes(StandardCharsets.UTF_8);
        byte[] copy = content.clone();
        SplittableRandom random = new SplittableRandom(1);
        Set<String> damaged = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            damaged.add(new String(CatalogueMutator.mutate(content, random), StandardCharsets.ISO_8859_1));
        }
        assertThat(content).isEqualTo(copy);
        assertThat(damaged).hasSizeGreaterThan(100);
    }
}
