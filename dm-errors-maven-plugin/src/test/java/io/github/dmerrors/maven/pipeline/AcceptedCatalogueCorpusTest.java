package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.DmError;
import io.github.dmerrors.DmException;
import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.FactoryParameter;
import io.github.dmerrors.maven.testing.CatalogueGoal;
import io.github.dmerrors.maven.testing.CorpusCase;
import io.github.dmerrors.maven.testing.JavaCompilation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * warning an error, shows no invisible character, and gives every value back exactly.
 */
class AcceptedCatalogueCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad/accepted");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyGoalAcceptsEach() {
        return CatalogueGoal.ALL.stream().flatMap(goal -> CorpusCase.readAll(CORPUS).stream()
                .filter(accepted -> accepted.appliesTo(goal))
                .map(accepted -> DynamicTest.dynamicTest(goal.name() + " " + accepted.name(), () -> {
                    Path project = work.resolve(goal.name()).resolve(accepted.name());
                    goal.run(new CatalogueGoal.Input(write(project, accepted.content()), project,
                            project.resolve("target/generated"), accepted.extraClasses()));
                })));
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
            sources.putAll(sources(work.resolve(accepted.name()).resolve("out")));
        }
        softly.assertAll();
        assertThat(sources.values()).allSatisfy(AcceptedCatalogueCorpusTest::assertNothingInvisible);

        ClassLoader classes = JavaCompilation.compile(work.resolve("compiled"), sources);

        for (CorpusCase accepted : cases) {
            Catalogue catalogue = CatalogueLoader.load(Path.of(accepted.name()), accepted.content(),
                    accepted.extraClasses().stream().map(ErrorClass::of).collect(Collectors.toSet()));
            assertGivesBackEveryValue(classes.loadClass(packageOf(accepted) + ".DmErrors"), catalogue);
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

                    assertThat(sources(work.resolve("case/out")))
                            .isNotEmpty()
                            .isEqualTo(sources(work.resolve("twin/out")));
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

    private static String packageOf(CorpusCase accepted) {
        return "accepted." + accepted.name().replace('-', '_');
    }

    /** The Java sources under {@code root}, by relative path. */
    private static Map<String, String> sources(Path root) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                sources.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    /**
     * A reviewer reads generated code in an editor: no character may hide there or reorder what is
     * around it ("Trojan Source"). Checked by Unicode category, independently of the generator; a
     * tab is visible enough.
     */
    private static void assertNothingInvisible(String source) {
        List<String> hidden = source.codePoints()
                .filter(c -> c != '\n' && c != '\t')
                .filter(c -> switch (Character.getType(c)) {
                    case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                            Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
                    default -> false;
                })
                .mapToObj(c -> String.format("U+%04X", c))
                .toList();
        assertThat(hidden).as("invisible characters in generated code").isEmpty();
    }

    /** Every constant holds its entry, the lookups find it, and its factory formats like generate. */
    static void assertGivesBackEveryValue(Class<?> catalogueClass, Catalogue catalogue) throws Exception {
        Method byCode = catalogueClass.getMethod("byCode", int.class);
        Method byName = catalogueClass.getMethod("byName", String.class);
        List<DmError> constants = new ArrayList<>();
        for (ErrorDefinition error : catalogue.errors()) {
            DmError constant = (DmError) catalogueClass.getField(error.name()).get(null);
            assertThat(List.of(constant.code(), constant.name(), constant.errorClass(), constant.scope(),
                            constant.level(), constant.message(), constant.workaround()))
                    .as(error.name())
                    .containsExactly(error.code(), error.name(), error.errorClass(), error.scope(), error.level(),
                            error.message(), error.workaround());
            assertThat(byCode.invoke(null, error.code())).isEqualTo(Optional.of(constant));
            assertThat(byName.invoke(null, error.name())).isEqualTo(Optional.of(constant));
            if (!error.parameters().isEmpty()) {
                assertFactoryFormatsLikeGenerate(catalogueClass, error, constant);
            }
            constants.add(constant);
        }
        assertThat(catalogueClass.getMethod("all").invoke(null)).isEqualTo(constants);
    }

    private static void assertFactoryFormatsLikeGenerate(Class<?> catalogueClass, ErrorDefinition error,
            DmError constant) throws Exception {
        List<FactoryParameter> parameters = error.parameters();
        Class<?>[] types = new Class<?>[parameters.size()];
        Object[] arguments = new Object[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            switch (parameters.get(i).type()) {
                case OBJECT -> {
                    types[i] = Object.class;
                    arguments[i] = "a" + i;
                }
                case LONG -> {
                    types[i] = long.class;
                    arguments[i] = -7L * i;
                }
                case INT -> {
                    types[i] = int.class;
                    arguments[i] = i % 5;
                }
                case BYTES -> {
                    types[i] = byte[].class;
                    arguments[i] = new byte[] {(byte) i, (byte) 0xFF};
                }
            }
        }
        DmException made = (DmException) catalogueClass.getMethod("new" + error.name(), types).invoke(null, arguments);
        assertThat(made.getMessage()).as(error.name()).isEqualTo(constant.generate(arguments).getMessage());
    }
}
