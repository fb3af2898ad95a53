package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.generate.GeneratedSource;
import io.github.dmerrors.maven.generate.JavaSourceGenerator;
import io.github.dmerrors.maven.guide.ErrorGuide;
import io.github.dmerrors.maven.guide.GuideFile;
import io.github.dmerrors.maven.guide.GuideLoader;
import io.github.dmerrors.maven.guide.GuidedCatalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.testing.CatalogueGoal;
import io.github.dmerrors.maven.testing.CorpusCase;
import io.github.dmerrors.maven.testing.GeneratedCatalogues;
import io.github.dmerrors.maven.testing.JavaCompilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile guides the format accepts, in {@code src/test/resources/bad-guides/accepted}:
 * injections into Javadoc, Markdown, TOML and JSON, invisible characters, CRLF, a text at the
 * limit. Every goal accepts each; the generated code compiles with every warning and every
 * doclint check an error and shows no invisible character; {@code errors.md} gains no heading,
 * block, link or HTML from the guide; {@code errors.json} is JSON whose texts are the guide's; and
 * {@code errors.toml} keeps one table of four keys per error.
 */
class AcceptedGuideCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-guides/accepted");
    private static final String CATALOGUE = """
            ErrDBBadConn,[code=10002:class=database:scope=not-set:level=high], "Message: database driver"
            ErrDBQueryFailed,[code=10005:class=database:scope=not-set:level=high], "Message: query statement failed: %s"
            ErrInvoiceRejected,[code=90001:class=billing:scope=downstream:level=low], "Message: invoice rejected: %s"
            """;
    /** What renderers write at the start of a line of errors.md: anything else came from the guide. */
    private static final Pattern MARKDOWN_LINE = Pattern.compile(
            "|<!-- Generated .*|# Error reference|## (Error classes|Levels|Scopes|Troubleshooting|[a-z.-]+)"
                    + "|### [0-9]+ `[A-Za-z]+`|<a id=\"class-[a-z.-]+\"></a>|\\| .*|The .*|Link to .*|In a message.*"
                    + "|Class `.*|\\*\\*(What it means|How to handle it)\\.\\*\\* .*|[^#>*+=<|\\s\\d-].*|\\\\[#+=-].*"
                    + "|[0-9]+\\\\[.)].*");
    /** HTML the renderer writes; every other {@code <} must be escaped. */
    private static final Pattern RENDERER_HTML = Pattern.compile("<!-- Generated|<a id=\"[^\"]+\"></a>|<br>");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyGoalAcceptsEach() {
        List<CorpusCase> cases = CorpusCase.readAll(CORPUS, "md");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(7);
        return CatalogueGoal.ALL.stream().flatMap(goal -> cases.stream()
                .map(accepted -> DynamicTest.dynamicTest(goal.name() + " " + accepted.name(), () -> {
                    Path project = work.resolve(goal.name()).resolve(accepted.name());
                    Path catalogue = write(project.resolve("errors_release.txt"), CATALOGUE.getBytes(StandardCharsets.UTF_8));
                    Path guide = write(project.resolve("errors_guide.md"), accepted.content());
                    goal.run(new CatalogueGoal.Input(catalogue, project, project.resolve("target/generated"),
                            List.of("billing"), 10002, Optional.of(guide)));
                })));
    }

    @TestFactory
    Stream<DynamicTest> keepsEveryGuideTextAsDataInEveryOutput() {
        return CorpusCase.readAll(CORPUS, "md").stream()
                .map(accepted -> DynamicTest.dynamicTest(accepted.name(), () -> check(accepted)));
    }

    private void check(CorpusCase accepted) throws Exception {
        GuidedCatalogue guided = GuideLoader.load(Path.of("errors_release.txt"),
                CATALOGUE.getBytes(StandardCharsets.UTF_8), Set.of(ErrorClass.of("billing")),
                Optional.of(new GuideFile(Path.of("errors_guide.md"), accepted.content())));
        assertThat(guided.guide().errors()).as("errors the guide explains").isNotEmpty();

        String packageName = "guides." + accepted.name().replace('-', '_');
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedSource source : JavaSourceGenerator.generate(guided.catalogue(), guided.guide(),
                new GenerationTarget(packageName, "DmErrors", "errors_release.txt"))) {
            sources.put(source.relativePath(), source.content());
        }
        sources.values().forEach(GeneratedCatalogues::assertNothingInvisible);
        ClassLoader classes = JavaCompilation.compile(work.resolve(accepted.name()), sources);
        GeneratedCatalogues.assertGivesBackEveryValue(classes.loadClass(packageName + ".DmErrors"), guided.catalogue());

        ErrorReference reference = ErrorReference.of(guided.catalogue(), guided.guide(), "errors_release.txt");
        String markdown = DocsFormat.MARKDOWN.render(reference);
        assertThat(markdown.lines()).as("lines of errors.md").allSatisfy(line ->
                assertThat(line).matches(MARKDOWN_LINE));
        assertThat(Pattern.compile("(?<!\\\\)<").matcher(RENDERER_HTML.matcher(markdown).replaceAll("")).find())
                .as("unescaped HTML in errors.md").isFalse();

        Object json = JsonReader.read(DocsFormat.JSON.render(reference)).orElseThrow();
        for (Object entry : (List<?>) json) {
            Map<?, ?> object = (Map<?, ?>) entry;
            Optional<ErrorGuide> guide = guided.guide().errors().values().stream()
                    .filter(candidate -> candidate.name().equals(object.get("name")))
                    .findFirst();
            assertThat(object.get("description")).isEqualTo(guide.map(g -> g.description().text()).orElse(""));
            assertThat(object.get("handling")).isEqualTo(guide.map(g -> g.handling().text()).orElse(""));
        }

        List<String> toml = DocsFormat.TOML.render(reference).lines().toList();
        assertThat(toml).hasSize(6 * guided.catalogue().errors().size());
        for (ErrorDefinition error : guided.catalogue().errors()) {
            int table = toml.indexOf("[error.DM-" + error.errorClass() + "-" + error.code() + "]");
            assertThat(toml.get(table + 1)).startsWith("message = \"");
            assertThat(toml.get(table + 2)).startsWith("description = \"").endsWith("\"").isEqualTo("description = "
                    + TomlStrings.quote(guided.guide().of(error).map(g -> g.description().text()).orElse("")));
            assertThat(toml.get(table + 3)).startsWith("workaround = \"");
            assertThat(toml.get(table + 4)).startsWith("tags = [");
        }
    }

    private static Path write(Path file, byte[] content) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
