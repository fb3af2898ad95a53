package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.DmError;
import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.model.JavaNames;
import io.github.dmerrors.maven.testing.JavaCompilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A split catalogue whose entries are named like its own parts, which the class lists in an expression. */
class SplitCatalogueNameClashTest {
    @TempDir
    Path work;

    @Test
    @SuppressWarnings("unchecked")
    void namesInFullThePartsThatEntriesHide() throws Exception {
        Path file = Path.of("errors_release.txt");
        List<ErrorDefinition> errors = new ArrayList<>();
        for (int i = 0; i < JavaNames.ENTRIES_PER_CLASS + 1; i++) {
            String name = i == 0 ? "DmErrorsPart1" : i == 1 ? "DmErrorsPart2" : "ErrGen" + i;
            errors.add(new ErrorDefinition(1 + i, name, ErrorClass.HA, ErrorScope.INTERNAL, ErrorLevel.LOW, "", "",
                    List.of(), new SourceLocation(file, i + 1, 1)));
        }
        GenerationTarget target = new GenerationTarget("com.example.big", "DmErrors", "errors_release.txt");
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedSource source : JavaSourceGenerator.generate(new Catalogue(file, errors), target)) {
            sources.put(source.relativePath(), source.content());
        }

        assertThat(sources.get("com/example/big/DmErrors.java"))
                .contains("com.example.big.DmErrorsPart1.entries(),\n")
                .contains("com.example.big.DmErrorsPart2.entries())\n");
        Class<?> generated = JavaCompilation.compile(work, sources).loadClass("com.example.big.DmErrors");
        assertThat((List<DmError>) generated.getMethod("all").invoke(null)).hasSize(1001)
                .first().extracting(DmError::name).isEqualTo("DmErrorsPart1");
    }
}
