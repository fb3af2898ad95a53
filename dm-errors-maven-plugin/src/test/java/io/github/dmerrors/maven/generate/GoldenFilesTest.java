package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.guide.GuideLoader;
import io.github.dmerrors.maven.guide.GuidedCatalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.testing.GeneratedCatalogues;
import io.github.dmerrors.maven.testing.JavaCompilation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's output, pinned: each directory under {@code src/test/resources/golden} holds a
 * catalogue, an optional guide ({@code errors_guide.md}), optional {@code generate.properties}
 * ({@code packageName}, {@code className}, {@code extraClasses}) and the expected sources under
 * {@code expected/}. Every expected source is compiled against the real runtime with all warnings
 * as errors, and every constant, lookup and factory is checked against its catalogue entry.
 * {@code -Dgolden.update=true} rewrites the expected sources.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        try (Stream<Path> directories = Files.list(GOLDEN)) {
            List<Path> scenarios = directories.filter(Files::isDirectory).sorted().toList();
            assertThat(scenarios).isNotEmpty();
            return scenarios.stream()
                    .map(scenario -> DynamicTest.dynamicTest(scenario.getFileName().toString(), () -> check(scenario)));
        }
    }

    private void check(Path scenario) throws Exception {
        Properties settings = settings(scenario);
        Set<ErrorClass> extraClasses = Arrays.stream(settings.getProperty("extraClasses", "").split(","))
                .filter(name -> !name.isBlank())
                .map(ErrorClass::of)
                .collect(Collectors.toSet());
        Path guideFile = scenario.resolve("errors_guide.md");
        GuidedCatalogue guided = GuideLoader.load(scenario.resolve("errors_release.txt"), extraClasses,
                Files.exists(guideFile) ? Optional.of(guideFile) : Optional.empty());
        Catalogue catalogue = guided.catalogue();
        GenerationTarget target = new GenerationTarget(
                settings.getProperty("packageName", "com.example.errors"),
                settings.getProperty("className", "DmErrors"),
                "src/main/errors/errors_release.txt");
        Map<String, String> generated = new LinkedHashMap<>();
        for (GeneratedSource source : JavaSourceGenerator.generate(catalogue, guided.guide(), target)) {
            generated.put(source.relativePath(), source.content());
        }
        Path expected = scenario.resolve("expected");
        if (UPDATE) {
            rewrite(expected, generated);
        }
        assertThat(generated).isEqualTo(read(expected));

        ClassLoader classes = JavaCompilation.compile(work.resolve(scenario.getFileName().toString()), generated);
        GeneratedCatalogues.assertGivesBackEveryValue(
                classes.loadClass(target.packageName() + "." + target.className()), catalogue);
    }

    private static Properties settings(Path scenario) throws IOException {
        Properties settings = new Properties();
        Path file = scenario.resolve("generate.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(reader);
            }
        }
        return settings;
    }

    private static Map<String, String> read(Path expected) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (!Files.isDirectory(expected)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(expected)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = expected.relativize(file).toString().replace('\\', '/');
                files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path expected, Map<String, String> generated) throws IOException {
        if (Files.isDirectory(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> source : generated.entrySet()) {
            Path file = expected.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        }
    }
}
