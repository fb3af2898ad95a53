package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.dmerrors.maven.guide.GuideFile;
import io.github.dmerrors.maven.guide.GuideLoader;
import io.github.dmerrors.maven.guide.GuidedCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocsFormatTest {
    @Test
    void readsACommaSeparatedListInTheOrderGiven() {
        assertThat(DocsFormat.parse(List.of("toml,markdown"))).containsExactly(DocsFormat.TOML, DocsFormat.MARKDOWN);
    }

    @Test
    void ignoresCaseBlanksEmptyItemsAndRepeats() {
        assertThat(DocsFormat.parse(List.of(" JSON ", "markdown,,json", "Markdown")))
                .containsExactly(DocsFormat.JSON, DocsFormat.MARKDOWN);
    }

    @Test
    void namesTheFileOfEachFormat() {
        assertThat(List.of(DocsFormat.values())).extracting(DocsFormat::fileName)
                .containsExactly("errors.md", "errors.toml", "errors.json");
    }

    @Test
    void rejectsAnUnknownFormatListingTheValidOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DocsFormat.parse(List.of("markdown,yaml")))
                .withMessage("docsFormats: unknown format 'yaml'; valid formats are markdown, toml, json");
    }

    @Test
    void suggestsMarkdownForMd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DocsFormat.parse(List.of("md")))
                .withMessageContaining("unknown format 'md' (did you mean 'markdown'?)");
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DocsFormat.parse(List.of(" , ")))
                .withMessage("docsFormats lists no format; valid formats are markdown, toml, json");
    }

    @Test
    void recognisesWhatEachFormatRendersWhateverTheCatalogue() throws Exception {
        // A class with a dot makes the TOML key quoted; a first entry with arguments and no workaround.
        ErrorReference dotted = DocsFixture.reference(
                "ErrA,[code=7:class=my.class:scope=internal:level=low], \"Message: a %s\"\n", "my.class");
        ErrorReference plain = DocsFixture.reference("ErrB,[code=10001:class=database:scope=not-set:level=high],"
                + " \"Message: b, Workaround: w\"\n");

        for (DocsFormat format : DocsFormat.values()) {
            assertThat(format.wrote(format.render(dotted))).as(format.id()).isTrue();
            assertThat(format.wrote(format.render(plain))).as(format.id()).isTrue();
        }
    }

    @Test
    void recognisesWhatEachFormatRendersWithAGuide() throws Exception {
        // The guide fills errors.toml's first description and opens errors.md with its troubleshooting.
        GuidedCatalogue guided = GuideLoader.load(Path.of("errors_release.txt"),
                "ErrB,[code=10001:class=database:scope=not-set:level=high], \"Message: b\"\n"
                        .getBytes(StandardCharsets.UTF_8),
                Set.of(), Optional.of(new GuideFile(Path.of("errors_guide.md"), ("## Troubleshooting\n\n"
                        + "Read the logs.\n\n## 10001 ErrB\n\n### Description\n\nThe link broke.\n\n"
                        + "### Handling\n\nRetry.\n").getBytes(StandardCharsets.UTF_8))));
        ErrorReference reference = ErrorReference.of(guided.catalogue(), guided.guide(), DocsFixture.CATALOGUE_NAME);

        assertThat(DocsFormat.TOML.render(reference)).contains("description = \"The link broke.\"");
        for (DocsFormat format : DocsFormat.values()) {
            assertThat(format.wrote(format.render(reference))).as(format.id()).isTrue();
        }
    }

    @Test
    void recognisesNoOtherFormatsRenderingNorAnEmptyFile() throws Exception {
        ErrorReference reference = DocsFixture.reference(
                "ErrB,[code=10001:class=database:scope=not-set:level=high], \"Message: b\"\n");

        for (DocsFormat format : DocsFormat.values()) {
            assertThat(format.wrote("")).as(format.id()).isFalse();
            for (DocsFormat other : DocsFormat.values()) {
                if (other != format) {
                    assertThat(format.wrote(other.render(reference))).as(format.id() + " of " + other.id()).isFalse();
                }
            }
        }
    }
}
