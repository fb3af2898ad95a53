package io.github.dmerrors.maven.model;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.catalogue.CatalogueEntry;
import io.github.dmerrors.maven.catalogue.CatalogueParser;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a catalogue file and checks it: the one call a build needs. */
public final class CatalogueLoader {
    private CatalogueLoader() {}

    /**
     * Reads, parses and checks {@code file}.
     *
     * @param file the catalogue file, as the user named it
     * @param extraClasses the classes the build declares beyond {@link ErrorClass#known()}
     * @return the catalogue, with the warnings found in {@link Catalogue#warnings()}
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException if the file has any error; it carries every diagnostic of the run
     */
    public static Catalogue load(Path file, Set<ErrorClass> extraClasses)
            throws IOException, InvalidInputException {
        return load(file, Files.readAllBytes(file), extraClasses, ClassesElsewhere.NONE);
    }

    /**
     * Reads, parses and checks {@code file}; the report of an unknown class says whether another
     * execution declares it.
     *
     * @param file the catalogue file, as the user named it
     * @param extraClasses the classes the build declares beyond {@link ErrorClass#known()}
     * @param elsewhere the classes other executions declare, which this one does not see
     * @return the catalogue, with the warnings found in {@link Catalogue#warnings()}
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException if the file has any error; it carries every diagnostic of the run
     */
    public static Catalogue load(Path file, Set<ErrorClass> extraClasses, ClassesElsewhere elsewhere)
            throws IOException, InvalidInputException {
        return load(file, Files.readAllBytes(file), extraClasses, elsewhere);
    }

    /**
     * Parses and checks {@code content}, already read from {@code file}.
     *
     * @param file the catalogue file, as the user named it, for diagnostics
     * @param content the file's bytes
     * @param extraClasses the classes the build declares beyond {@link ErrorClass#known()}
     * @return the catalogue, with the warnings found in {@link Catalogue#warnings()}
     * @throws InvalidInputException if the content has any error; it carries every diagnostic of the run
     */
    public static Catalogue load(Path file, byte[] content, Set<ErrorClass> extraClasses)
            throws InvalidInputException {
        return load(file, content, extraClasses, ClassesElsewhere.NONE);
    }

    /**
     * Parses and checks {@code content}, already read from {@code file}; the report of an unknown
     * class says whether another execution declares it.
     *
     * @param file the catalogue file, as the user named it, for diagnostics
     * @param content the file's bytes
     * @param extraClasses the classes the build declares beyond {@link ErrorClass#known()}
     * @param elsewhere the classes other executions declare, which this one does not see
     * @return the catalogue, with the warnings found in {@link Catalogue#warnings()}
     * @throws InvalidInputException if the content has any error; it carries every diagnostic of the run
     */
    public static Catalogue load(Path file, byte[] content, Set<ErrorClass> extraClasses, ClassesElsewhere elsewhere)
            throws InvalidInputException {
        Diagnostics diagnostics = new Diagnostics();
        List<CatalogueEntry> entries = CatalogueParser.parse(file, content, diagnostics);
        Optional<Catalogue> catalogue =
                CatalogueValidator.validate(file, entries, extraClasses, elsewhere, diagnostics);
        diagnostics.throwIfErrors();
        return catalogue.orElseThrow(() -> new IllegalStateException("no catalogue and no error"));
    }

    /**
     * Parses and checks {@code content}, already read from {@code file}, as the source of the
     * generated class {@code target}: also that no entry's constant would hide a package the
     * class must name in full (see {@link TypeNameClash}).
     *
     * @param file the catalogue file, as the user named it, for diagnostics
     * @param content the file's bytes
     * @param extraClasses the classes the build declares beyond {@link ErrorClass#known()}
     * @param elsewhere the classes other executions declare, which this one does not see
     * @param target the class to be generated from the catalogue
     * @return the catalogue, with the warnings found in {@link Catalogue#warnings()}
     * @throws InvalidInputException if the content has any error; it carries every diagnostic of
     *     the run, or, for a valid catalogue that cannot be generated into {@code target}, every
     *     entry that prevents it
     */
    public static Catalogue load(Path file, byte[] content, Set<ErrorClass> extraClasses, ClassesElsewhere elsewhere,
            GenerationTarget target) throws InvalidInputException {
        Catalogue catalogue = load(file, content, extraClasses, elsewhere);
        List<Diagnostic> clashes = TypeNameClash.check(catalogue, target);
        if (!clashes.isEmpty()) {
            throw new InvalidInputException(clashes);
        }
        return catalogue;
    }
}
