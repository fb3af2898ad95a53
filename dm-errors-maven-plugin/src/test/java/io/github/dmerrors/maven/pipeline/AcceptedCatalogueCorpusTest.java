package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.testing.CatalogueGoal;
import io.github.dmerrors.maven.testing.CorpusCase;
import io.github.dmerrors.maven.testing.GeneratedCatalogues;
import io.github.dmerrors.maven.testing.JavaCompilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile catalogues the format accepts, in {@code src/test/resources/bad/accepted} (see
 * {@link CorpusCase}): CRLF, blank lines, huge names, names of the class's own members, invisible
 * and injected text. Each must give its entries and warnings, and code that compiles with every
 * warning an error, shows no invisible character, and gives every value back exactly; and every
 * goal must produce from it what it is for.
 */
class AcceptedCatalogueCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad/accepted");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyGoalAcceptsEachAndProducesWhatItIsFor() {
        return CatalogueGoal.ALL.stream().flatMap(goal -> CorpusCase.readAll(CORPUS).stream()
                .filter(accepted -> accepted.appliesTo(goal))
                .map(accepted -> DynamicTest.dynamicTest(goal.name() + " " + accepted.name(),
                        () -> assertAccepted(goal, accepted))));
    }

    private <R> void assertAccepted(CatalogueGoal<R> goal, CorpusCase accepted) throws Exception {
        Path project = work.resolve(goal.name()).resolve(accepted.name());
        Path file = write(project, accepted.content());
        Catalogue catalogue = CatalogueLoader.load(file, extraClasses(accepted));
        // The loader, which every goal reads through, agrees with the case before the goal is judged by it.
        assertThat(catalogue.errors()).as("entries")
                .hasSize(Integer.parseInt(accepted.directive("entries").orElseThrow()));
        assertThat(catalogue.warnings()).as("warnings")
                .extracting(CorpusCase::describe).containsExactlyElementsOf(accepted.diagnostics());
        // explain asks for the last entry, which a search that looks only at the first would miss.
        CatalogueGoal.Input input = new CatalogueGoal.Input(file, project, project.resolve("target/generated"),
                accepted.extraClasses(), catalogue.errors().get(catalogue.errors().size() - 1).code());

        goal.assertProduced(input, catalogue, goal.run(input));
    }

    @Test
    void generatesCodeThatCompilesStrictlyAndGivesBackEveryValue() throws Exception {
        List<CorpusCase> cases = CorpusCase.readAll(CORPUS);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        Map<String, String> sources = new LinkedHashMap<>();
        SoftAssertions softly = new SoftAssertions();
        for (CorpusCase accepted : cases) {
            GenerateResult result = generate(accepted, packageOf(accepted), work.resolve(accepted.name()));
            softly.assertThat(result.entries()).as(accepted.name() + " entries")
                    .isEqualTo(Integer.parseInt(accepted.directive("entries").orElseThrow()));
            softly.assertThat(result.warnings()).as(accepted.name() + " warnings")
                    .extracting(CorpusCase::describe).containsExactlyElementsOf(accepted.diagnostics());
            softly.assertThat(result.files().written()).as(accepted.name() + " files")
                    .containsExactly(packageOf(accepted).replace('.', '/') + "/DmErrors.java");
            sources.putAll(GeneratedCatalogues.sources(work.resolve(accepted.name()).resolve("out")));
        }
        softly.assertAll();
        assertThat(sources.values()).allSatisfy(GeneratedCatalogues::assertNothingInvisible);

        ClassLoader classes = JavaCompilation.compile(work.resolve("compiled"), sources);

        for (CorpusCase accepted : cases) {
            Catalogue catalogue = CatalogueLoader.load(Path.of(accepted.name()), accepted.content(),
                    extraClasses(accepted));
            GeneratedCatalogues.assertGivesBackEveryValue(classes.loadClass(packageOf(accepted) + ".DmErrors"), catalogue);
        }
    }

    @TestFactory
    Stream<DynamicTest> givesTheSameCodeAsItsTwin() {
        return CorpusCase.readAll(CORPUS).stream()
                .filter(accepted -> accepted.directive("same-as").isPresent())
                .map(accepted -> DynamicTest.dynamicTest(accepted.name(), () -> {
                    CorpusCase twin = CorpusCase.readAll(CORPUS).stream()
                            .filter(other -> other.name().equals(accepted.directive("same-as").orElseThrow()))
                            .findFirst()
                            .orElseThrow();
                    generate(accepted, "accepted.twins", work.resolve("case"));
                    generate(twin, "accepted.twins", work.resolve("twin"));

                    assertThat(GeneratedCatalogues.sources(work.resolve("case/out")))
                            .isNotEmpty()
                            .isEqualTo(GeneratedCatalogues.sources(work.resolve("twin/out")));
                }));
    }

    private static GenerateResult generate(CorpusCase accepted, String packageName, Path project) throws Exception {
        return GeneratePipeline.run(new GenerateRequest(write(project, accepted.content()), project, packageName,
                "DmErrors", project.resolve("out"), accepted.extraClasses(), "default", "test"));
    }

    private static Path write(Path project, byte[] content) throws IOException {
        Path catalogue = Files.createDirectories(project).resolve("errors_release.txt");
        Files.write(catalogue, content);
        return catalogue;
    }

    private static Set<ErrorClass> extraClasses(CorpusCase accepted) {
        return accepted.extraClasses().stream().map(ErrorClass::of).collect(Collectors.toSet());
    }

    private static String packageOf(CorpusCase accepted) {
        return "accepted." + accepted.name().replace('-', '_');
    }
}
