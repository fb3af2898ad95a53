package io.github.dmerrors.maven.guide;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.catalogue.CatalogueEntry;
import io.github.dmerrors.maven.catalogue.CatalogueParser;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueValidator;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.model.TypeNameClash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a catalogue and its guide, and checks both: the one call a goal that documents the
 * catalogue needs. The guide's syntax is checked even when the catalogue has errors, so that a
 * run reports the problems of both files at once; it is held against the catalogue only when the
 * catalogue is valid.
 */
public final class GuideLoader {
    private GuideLoader() {}

    /**
     * Checks the catalogue and its guide, both already read.
     *
     * @param catalogueFile the catalogue, as the user named it
     * @param catalogueContent its bytes
     * @param declaredClasses the classes the build declares besides DM's
     * @param guideFile the guide; empty if the catalogue has none
     * @return the checked catalogue and guide
     * @throws InvalidInputException if either file has any error; it carries every diagnostic of the run
     */
    public static GuidedCatalogue load(Path catalogueFile, byte[] catalogueContent, Set<ErrorClass> declaredClasses,
            Optional<GuideFile> guideFile) throws InvalidInputException {
        return load(catalogueFile, catalogueContent, declaredClasses, ClassesElsewhere.NONE, guideFile);
    }

    /**
     * Checks the catalogue and its guide, both already read; the report of an unknown class says
     * whether another execution declares it.
     *
     * @param catalogueFile the catalogue, as the user named it
     * @param catalogueContent its bytes
     * @param declaredClasses the classes the build declares besides DM's
     * @param elsewhere the classes other executions declare, which this one does not see
     * @param guideFile the guide; empty if the catalogue has none
     * @return the checked catalogue and guide
     * @throws InvalidInputException if either file has any error; it carries every diagnostic of the run
     */
    public static GuidedCatalogue load(Path catalogueFile, byte[] catalogueContent, Set<ErrorClass> declaredClasses,
            ClassesElsewhere elsewhere, Optional<GuideFile> guideFile) throws InvalidInputException {
        Diagnostics diagnostics = new Diagnostics();
        List<CatalogueEntry> entries = CatalogueParser.parse(catalogueFile, catalogueContent, diagnostics);
        Optional<Catalogue> catalogue =
                CatalogueValidator.validate(catalogueFile, entries, declaredClasses, elsewhere, diagnostics);
        List<GuideSection> sections = guideFile
                .map(guide -> GuideParser.parse(guide.path(), guide.content(), diagnostics))
                .orElse(List.of());
        Optional<Guide> guide = catalogue.map(checked -> guideFile.isPresent()
                ? GuideValidator.validate(sections, checked, declaredClasses, diagnostics)
                : Guide.none(checked));
        diagnostics.throwIfErrors();
        return new GuidedCatalogue(catalogue.orElseThrow(), guide.orElseThrow());
    }

    /**
     * Checks the catalogue and its guide, both already read, as the source of the generated class
     * {@code target}: also that no entry's constant would hide a package the class must name in
     * full (see {@link TypeNameClash}), as {@link io.github.dmerrors.maven.model.CatalogueLoader}
     * does for a catalogue alone.
     *
     * @param catalogueFile the catalogue, as the user named it
     * @param catalogueContent its bytes
     * @param declaredClasses the classes the build declares besides DM's
     * @param elsewhere the classes other executions declare, which this one does not see
     * @param guideFile the guide; empty if the catalogue has none
     * @param target the class to be generated from the catalogue
     * @return the checked catalogue and guide
     * @throws InvalidInputException if either file has any error, or, for a valid catalogue that
     *     cannot be generated into {@code target}, naming every entry that prevents it
     */
    public static GuidedCatalogue load(Path catalogueFile, byte[] catalogueContent, Set<ErrorClass> declaredClasses,
            ClassesElsewhere elsewhere, Optional<GuideFile> guideFile, GenerationTarget target)
            throws InvalidInputException {
        GuidedCatalogue guided = load(catalogueFile, catalogueContent, declaredClasses, elsewhere, guideFile);
        List<Diagnostic> clashes = TypeNameClash.check(guided.catalogue(), target);
        if (!clashes.isEmpty()) {
            throw new InvalidInputException(clashes);
        }
        return guided;
    }

    /**
     * Reads the catalogue and its guide, and checks both.
     *
     * @param catalogueFile the catalogue, as the user named it
     * @param declaredClasses the classes the build declares besides DM's
     * @param guideFile the guide, as the user named it; empty if the catalogue has none
     * @throws java.nio.file.NoSuchFileException if a file does not exist
     * @throws IOException if a file cannot be read
     * @throws InvalidInputException if either file has any error
     */
    public static GuidedCatalogue load(Path catalogueFile, Set<ErrorClass> declaredClasses, Optional<Path> guideFile)
            throws IOException, InvalidInputException {
        return load(catalogueFile, declaredClasses, ClassesElsewhere.NONE, guideFile);
    }

    /**
     * Reads the catalogue and its guide, and checks both; the report of an unknown class says
     * whether another execution declares it.
     *
     * @param catalogueFile the catalogue, as the user named it
     * @param declaredClasses the classes the build declares besides DM's
     * @param elsewhere the classes other executions declare, which this one does not see
     * @param guideFile the guide, as the user named it; empty if the catalogue has none
     * @throws java.nio.file.NoSuchFileException if a file does not exist
     * @throws IOException if a file cannot be read
     * @throws InvalidInputException if either file has any error
     */
    public static GuidedCatalogue load(Path catalogueFile, Set<ErrorClass> declaredClasses, ClassesElsewhere elsewhere,
            Optional<Path> guideFile) throws IOException, InvalidInputException {
        byte[] catalogueContent = Files.readAllBytes(catalogueFile);
        return load(catalogueFile, catalogueContent, declaredClasses, elsewhere, GuideFile.read(guideFile));
    }
}
