package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.DmError;
import io.github.dmerrors.DmException;
import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.FactoryParameter;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.model.JavaNames;
import io.github.dmerrors.maven.model.ParameterType;
import io.github.dmerrors.maven.testing.JavaCompilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue too big for one class still compiles, and keeps the flat DmErrors.ErrX API. */
class SplitCatalogueTest {
    private static final int ENTRIES = 2 * JavaNames.ENTRIES_PER_CLASS + 345;

    @TempDir
    Path work;

    private static Catalogue catalogue(int size) {
        Path file = Path.of("errors_release.txt");
        List<ErrorDefinition> errors = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean takesArgument = i % 2 == 0;
            errors.add(new ErrorDefinition(10_000 + i, "ErrGen" + i, ErrorClass.SYNC_UNIT, ErrorScope.INTERNAL,
                    ErrorLevel.MEDIUM, takesArgument ? "entry " + i + " failed: %s" : "entry " + i, "retry " + i,
                    takesArgument ? List.of(new FactoryParameter("arg1", ParameterType.OBJECT, "%s")) : List.of(),
                    new SourceLocation(file, i + 1, 1)));
        }
        return new Catalogue(file, errors);
    }

    @Test
    void splitsIntoPartsTheCatalogueClassExtends() {
        List<GeneratedSource> sources = JavaSourceGenerator.generate(
                catalogue(ENTRIES), new GenerationTarget("com.example.big", "DmErrors", "errors_release.txt"));

        assertThat(sources).extracting(GeneratedSource::relativePath).containsExactly(
                "com/example/big/DmErrors.java",
                "com/example/big/DmErrorsPart1.java",
                "com/example/big/DmErrorsPart2.java",
                "com/example/big/DmErrorsPart3.java");
        assertThat(sources.get(0).content()).contains("public final class DmErrors extends DmErrorsPart3 {");
        assertThat(sources.get(3).content())
                .contains("abstract class DmErrorsPart3 extends DmErrorsPart2 {")
                .contains("Entries 2001 to 2345 of {@link DmErrors}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void compilesAndServesEveryEntryFromAnotherPackage() throws Exception {
        Catalogue catalogue = catalogue(ENTRIES);
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedSource source : JavaSourceGenerator.generate(
                catalogue, new GenerationTarget("com.example.big", "DmErrors", "errors_release.txt"))) {
            sources.put(source.relativePath(), source.content());
        }
        // Application code elsewhere reaches constants and factories of every part through DmErrors.
        sources.put("com/example/app/Use.java", """
                package com.example.app;

                import com.example.big.DmErrors;
                import io.github.dmerrors.DmError;
                import io.github.dmerrors.DmException;
                import java.util.function.Supplier;

                /** Uses the first and the last part. */
                public final class Use implements Supplier<Object[]> {
                    /** Creates it. */
                    public Use() {}

                    @Override
                    public Object[] get() {
                        DmError first = DmErrors.ErrGen0;
                        DmException last = DmErrors.newErrGen2344("boom");
                        return new Object[] {first, last, DmErrors.byCode(12_344).orElseThrow(), DmErrors.all()};
                    }
                }
                """);

        ClassLoader classes = JavaCompilation.compile(work, sources);
        Object[] used = ((Supplier<Object[]>) classes.loadClass("com.example.app.Use")
                .getConstructor().newInstance()).get();

        assertThat(((DmError) used[0]).name()).isEqualTo("ErrGen0");
        assertThat(((DmException) used[1]).getMessage())
                .isEqualTo("[code=12344:class=sync-unit:scope=internal:level=medium],"
                        + " Message: entry 2344 failed: boom, Workaround: retry 2344");
        assertThat(((DmError) used[2]).name()).isEqualTo("ErrGen2344");
        List<DmError> all = (List<DmError>) used[3];
        assertThat(all).extracting(DmError::name)
                .containsExactlyElementsOf(catalogue.errors().stream().map(ErrorDefinition::name).toList());
        Class<?> dmErrors = classes.loadClass("com.example.big.DmErrors");
        assertThat((Optional<DmError>) dmErrors.getMethod("byName", String.class).invoke(null, "ErrGen1000"))
                .hasValueSatisfying(error -> assertThat(error.code()).isEqualTo(11_000));
    }
}
