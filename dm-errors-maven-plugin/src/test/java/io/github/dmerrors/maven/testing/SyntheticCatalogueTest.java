package io.github.dmerrors.maven.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dmerrors.DmError;
import io.github.dmerrors.MessageTemplate;
import io.github.dmerrors.maven.generate.GeneratedSource;
import io.github.dmerrors.maven.generate.JavaSourceGenerator;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.testing.SyntheticCatalogue;
import io.github.dmerrors.testing.SyntheticEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the plugin makes of {@link SyntheticCatalogue}'s catalogues, and their proportions. */
class SyntheticCatalogueTest {
    @TempDir
    Path directory;

    @Test
    void drawsTheSameLinesForTheSameSeed() {
        assertThat(lines(SyntheticCatalogue.generate(2_000, 7)))
                .isEqualTo(lines(SyntheticCatalogue.generate(2_000, 7)))
                .isNotEqualTo(lines(SyntheticCatalogue.generate(2_000, 8)));
    }

    @Test
    void drawsExactlyTheSizeAsked() {
        assertThat(SyntheticCatalogue.generate(1, 1)).hasSize(1);
        assertThat(SyntheticCatalogue.generate(12_345, 1)).hasSize(12_345);
    }

    @Test
    void writesCatalogueThePluginLoadsWithoutAnyDiagnostic() throws Exception {
        Path file = directory.resolve("errors_release.txt");
        List<SyntheticEntry> written = SyntheticCatalogue.write(file, 5_000, 42);

        Catalogue catalogue = CatalogueLoader.load(file, Set.of());

        assertThat(catalogue.warnings()).isEmpty();
        assertThat(catalogue.errors()).extracting(ErrorDefinition::name)
                .containsExactlyElementsOf(written.stream().map(SyntheticEntry::name).toList());
        assertThat(catalogue.errors()).extracting(ErrorDefinition::code)
                .containsExactlyElementsOf(written.stream().map(SyntheticEntry::code).toList())
                .isSorted();
        assertThat(Files.readString(file)).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void drawsInDmProportions() {
        List<SyntheticEntry> entries = SyntheticCatalogue.generate(50_000, 3);

        Map<String, Double> levels = shares(entries, SyntheticEntry::level);
        assertThat(levels.get("high")).isCloseTo(396.0 / 527, within(0.02));
        assertThat(levels.get("low")).isCloseTo(14.0 / 527, within(0.01));
        assertThat(shares(entries, SyntheticEntry::scope).get("internal")).isCloseTo(511.0 / 527, within(0.01));
        assertThat(shares(entries, SyntheticEntry::errorClass)).containsKeys("functional", "sync-unit", "openapi")
                .hasSize(19);
        assertThat(shares(entries, entry -> entry.message().isEmpty()).get(true)).isCloseTo(25.0 / 527, within(0.01));

        List<MessageTemplate> templates = entries.stream().filter(entry -> !entry.message().isEmpty())
                .map(entry -> MessageTemplate.parse(entry.message().replace("\\n", "\n"))).toList();
        Map<Integer, Double> arguments = shares(templates, MessageTemplate::argumentCount);
        assertThat(arguments.get(0)).isCloseTo(164.0 / 502, within(0.03));
        assertThat(arguments.get(1)).isCloseTo(218.0 / 502, within(0.03));
        assertThat(arguments.get(2)).isCloseTo(98.0 / 502, within(0.03));
        assertThat(arguments).containsKeys(3, 4).doesNotContainKey(5);
        assertThat(templates.stream().flatMap(template -> template.verbs().stream()).map(MessageTemplate.Verb::text))
                .contains("%s", "%v", "%d", "%+v", "% X", "%T")
                .allMatch(verb -> List.of("%s", "%v", "%d", "%+v", "% X", "%T").contains(verb));
        assertThat(entries).anyMatch(entry -> entry.message().contains("\\n"));
    }

    @Test
    void generatesSourcesThatCompileStrictlyAcrossParts() throws Exception {
        Path file = directory.resolve("errors_release.txt");
        List<SyntheticEntry> written = SyntheticCatalogue.write(file, 1_001, 11);
        SyntheticEntry last = written.get(written.size() - 1);
        Catalogue catalogue = CatalogueLoader.load(file, Set.of());

        List<GeneratedSource> sources = JavaSourceGenerator.generate(
                catalogue, new GenerationTarget("com.example.synthetic", "DmErrors", "errors_release.txt"));
        Map<String, String> compiled = new HashMap<>(sources.stream()
                .collect(Collectors.toMap(GeneratedSource::relativePath, GeneratedSource::content)));
        // Code in another package sees the last part's constant through the public class. (Reflection
        // would not: Field.get checks the package-private class that declares it.)
        compiled.put("com/example/client/LastEntry.java", "package com.example.client;\n\n"
                + "/** Uses the last entry. */\npublic interface LastEntry {\n"
                + "    /**\n     * Returns the last entry.\n     *\n     * @return the entry\n     */\n"
                + "    static io.github.dmerrors.DmError get() {\n"
                + "        return com.example.synthetic.DmErrors." + last.name() + ";\n    }\n}\n");
        ClassLoader loader = JavaCompilation.compile(directory, compiled);

        DmError constant = (DmError) loader.loadClass("com.example.client.LastEntry").getMethod("get").invoke(null);
        assertThat(sources).extracting(GeneratedSource::relativePath).containsExactly(
                "com/example/synthetic/DmErrors.java",
                "com/example/synthetic/DmErrorsPart1.java",
                "com/example/synthetic/DmErrorsPart2.java");
        assertThat(constant.name()).isEqualTo(last.name());
        assertThat(constant.code()).isEqualTo(last.code());
        assertThat(constant.level().toString()).isEqualTo(last.level());
    }

    private static List<String> lines(List<SyntheticEntry> entries) {
        return entries.stream().map(SyntheticEntry::line).toList();
    }

    private static <T, K> Map<K, Double> shares(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(
                key, Collectors.collectingAndThen(Collectors.counting(), count -> (double) count / items.size())));
    }
}
