package io.github.dmerrors.maven.docs;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Catalogues for the tests, from their lines. */
final class DocsFixture {
    static final String CATALOGUE_NAME = "src/main/errors/errors_release.txt";

    private DocsFixture() {}

    /** Loads the catalogue of {@code lines}, with the classes it declares besides DM's. */
    static Catalogue catalogue(String lines, String... extraClasses) throws InvalidInputException {
        return CatalogueLoader.load(Path.of("errors_release.txt"), lines.getBytes(StandardCharsets.UTF_8),
                Arrays.stream(extraClasses).map(ErrorClass::of).collect(Collectors.toSet()));
    }

    static ErrorReference reference(String lines, String... extraClasses) throws InvalidInputException {
        return ErrorReference.of(catalogue(lines, extraClasses), CATALOGUE_NAME);
    }
}
