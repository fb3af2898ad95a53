package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.guide.GuideLoader;
import io.github.dmerrors.maven.guide.GuidedCatalogue;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.output.GeneratedFile;
import io.github.dmerrors.maven.output.GeneratedMark;
import io.github.dmerrors.maven.output.OutputWriter;
import io.github.dmerrors.maven.output.Sha256;
import io.github.dmerrors.maven.output.WriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code docs} goal: read the catalogue and its guide, check them, render each format, write
 * the files that changed. Nothing is written while either has any error. Rendering is cheap, so
 * every run renders, and the writer's manifest, keyed by what was rendered, tells whether anything
 * changed.
 */
public final class DocsPipeline {
    /**
     * Each format's own layout, by which a document this goal wrote is replaced when its records
     * are gone, as after {@code mvn clean} with a documents' directory outside the build directory.
     */
    private static final GeneratedMark OWN_DOCUMENTS = (relativePath, content) -> Arrays.stream(DocsFormat.values())
            .filter(format -> format.fileName().equals(relativePath))
            .anyMatch(format -> format.wrote(new String(content, StandardCharsets.UTF_8)));

    private DocsPipeline() {}

    /**
     * Runs the goal.
     *
     * @throws InvalidInputException if the catalogue or the guide has errors; it carries every diagnostic
     * @throws java.nio.file.NoSuchFileException if the catalogue does not exist
     * @throws IOException if a file cannot be read or written
     */
    public static DocsResult run(DocsRequest request) throws IOException, InvalidInputException {
        GuidedCatalogue guided = GuideLoader.load(
                request.catalogue(), request.declaredClasses(), request.classesElsewhere(), request.guide());
        Catalogue catalogue = guided.catalogue();
        ErrorReference reference = ErrorReference.of(catalogue, guided.guide(), request.catalogueName());
        List<GeneratedFile> files = new ArrayList<>();
        for (DocsFormat format : request.formats()) {
            files.add(new GeneratedFile(format.fileName(), format.render(reference).getBytes(StandardCharsets.UTF_8)));
        }
        WriteResult written = OutputWriter.forBuildDirectory(request.buildDirectory())
                .write(request.outputDirectory(), request.owner(), fingerprint(files), files, OWN_DOCUMENTS);
        return new DocsResult(catalogue.errors().size(), request.catalogueName(), request.directoryName(),
                request.formats(), written, catalogue.warnings());
    }

    private static String fingerprint(List<GeneratedFile> files) {
        Sha256 digest = Sha256.digest();
        for (GeneratedFile file : files) {
            digest.field(file.relativePath()).field(Sha256.hex(file.content()));
        }
        return digest.fingerprint();
    }

}
