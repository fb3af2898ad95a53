package io.github.dmerrors.maven.pipeline;

import io.github.dmerrors.maven.catalogue.CatalogueParser;
import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.generate.GeneratedSource;
import io.github.dmerrors.maven.generate.JavaSourceGenerator;
import io.github.dmerrors.maven.guide.GuideFile;
import io.github.dmerrors.maven.guide.GuideLoader;
import io.github.dmerrors.maven.guide.GuidedCatalogue;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.output.GeneratedFile;
import io.github.dmerrors.maven.output.GeneratedMark;
import io.github.dmerrors.maven.output.OutputWriter;
import io.github.dmerrors.maven.output.WriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * The {@code generate} goal: read the catalogue and its guide, check them, generate the sources,
 * write the ones that changed. Nothing is generated or written while either has any error, so a
 * failed run leaves the previous output as it was.
 */
public final class GeneratePipeline {
    /**
     * The generated header, by which a source this goal wrote is replaced when its records are gone,
     * as after {@code mvn clean} with an output directory outside the build directory.
     */
    private static final GeneratedMark OWN_SOURCES = GeneratedMark.startingWith(JavaSourceGenerator.HEADER_START);

    private GeneratePipeline() {}

    /**
     * Runs the goal.
     *
     * @throws InvalidInputException if the catalogue has errors; it carries every diagnostic
     * @throws java.nio.file.NoSuchFileException if the catalogue does not exist
     * @throws IOException if a file cannot be read or written
     */
    public static GenerateResult run(GenerateRequest request) throws IOException, InvalidInputException {
        byte[] content = Files.readAllBytes(request.catalogue());
        Optional<GuideFile> guide = GuideFile.read(request.guide());
        String fingerprint = Fingerprint.of(request, content, guide.map(GuideFile::content).orElse(null));
        GenerationTarget target = request.target();
        String className = target.packageName() + "." + target.className();
        OutputWriter writer = OutputWriter.forBuildDirectory(request.buildDirectory());
        Optional<WriteResult> upToDate = writer.upToDate(request.outputDirectory(), request.owner(), fingerprint);
        if (upToDate.isPresent()) {
            // The same bytes were a valid catalogue last time: counted, not parsed again.
            return new GenerateResult(CatalogueParser.entryCount(content), target.sourceName(), className,
                    upToDate.get(), List.of());
        }

        GuidedCatalogue guided = GuideLoader.load(request.catalogue(), content, request.declaredClasses(),
                request.classesElsewhere(), guide, target);
        Catalogue catalogue = guided.catalogue();
        List<GeneratedFile> files = JavaSourceGenerator.generate(catalogue, guided.guide(), target).stream()
                .map(GeneratePipeline::toFile)
                .toList();
        WriteResult written = writer.write(request.outputDirectory(), request.owner(), fingerprint, files, OWN_SOURCES);
        return new GenerateResult(catalogue.errors().size(), target.sourceName(), className, written,
                catalogue.warnings());
    }

    private static GeneratedFile toFile(GeneratedSource source) {
        return new GeneratedFile(source.relativePath(), source.content().getBytes(StandardCharsets.UTF_8));
    }
}
