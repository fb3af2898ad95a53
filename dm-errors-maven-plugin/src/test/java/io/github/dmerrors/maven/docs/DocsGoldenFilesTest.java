package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.guide.GuideLoader;
import io.github.dmerrors.maven.guide.GuidedCatalogue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format, pinned: each directory under {@code src/test/resources/docs-golden} holds a
 * catalogue, an optional guide ({@code errors_guide.md}), an optional {@code docs.properties}
 * ({@code extraClasses}) and the expected documents under {@code expected/}, compared byte for byte. {@code -Dgolden.update=true}
 * rewrites the expected documents.
 */
class DocsGoldenFilesTest {
    private static final Path GOLDEN =
            Path.of(System.getProperty("docs.golden.dir", "src/test/resources/docs-golden"));
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        try (Stream<Path> directories = Files.list(GOLDEN)) {
            List<Path> scenarios = directories.filter(Files::isDirectory).sorted().toList();
            assertThat(scenarios).isNotEmpty();
            return scenarios.stream().flatMap(scenario -> Arrays.stream(DocsFormat.values())
                    .map(format -> DynamicTest.dynamicTest(scenario.getFileName() + " " + format.fileName(),
                            () -> check(scenario, format))));
        }
    }

    private static void check(Path scenario, DocsFormat format) throws Exception {
        Path guideFile = scenario.resolve("errors_guide.md");
        GuidedCatalogue guided = GuideLoader.load(scenario.resolve("errors_release.txt"), extraClasses(scenario),
                Files.exists(guideFile) ? Optional.of(guideFile) : Optional.empty());
        String rendered = format.render(
                ErrorReference.of(guided.catalogue(), guided.guide(), "src/main/errors/errors_release.txt"));
        Path expected = scenario.resolve("expected").resolve(format.fileName());
        if (UPDATE) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static Set<ErrorClass> extraClasses(Path scenario) throws IOException {
        Properties settings = new Properties();
        Path file = scenario.resolve("docs.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(reader);
            }
        }
        return Arrays.stream(settings.getProperty("extraClasses", "").split(","))
                .filter(name -> !name.isBlank())
                .map(ErrorClass::of)
                .collect(Collectors.toSet());
    }
}
