package io.github.dmerrors.benchmarks;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.generate.GeneratedSource;
import io.github.dmerrors.maven.generate.JavaSourceGenerator;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.model.TypeNameClash;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The work the generate benchmarks measure, on a catalogue file: the plugin's, in-process, and the
 * least any reader of the file must do.
 */
final class CatalogueWork {
    /** The seed of the scale integration test's catalogue, so that both measure the same one. */
    static final long SYNTHETIC_SEED = 20260101L;

    private static final GenerationTarget TARGET =
            new GenerationTarget("com.example.errors", "DmErrors", "src/main/errors/errors_release.txt");
    // DM puts a space between the comma and the quoted text.
    private static final CSVFormat DM_LINES = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private CatalogueWork() {}

    /** Copies DM's catalogue, which the build puts among this module's resources, to {@code file}. */
    static void writeDmCatalogue(Path file) throws IOException {
        try (InputStream in = CatalogueWork.class.getResourceAsStream("errors_release.txt")) {
            Files.write(file, in.readAllBytes());
        }
    }

    /**
     * The plugin's work when it must regenerate: read, parse and check the catalogue, generate the
     * sources and encode them as UTF-8, as the pipeline does before it writes them.
     */
    static List<byte[]> generate(Path file) throws IOException, InvalidInputException {
        Catalogue catalogue = parseAndValidate(file);
        SetupCheck.require(TypeNameClash.check(catalogue, TARGET).isEmpty(), "no name clash");
        List<byte[]> encoded = new ArrayList<>();
        for (GeneratedSource source : JavaSourceGenerator.generate(catalogue, TARGET)) {
            encoded.add(source.content().getBytes(StandardCharsets.UTF_8));
        }
        return encoded;
    }

    /** The first half of {@link #generate}: read, parse and check. */
    static Catalogue parseAndValidate(Path file) throws IOException, InvalidInputException {
        return CatalogueLoader.load(file, Set.of());
    }

    /** The baseline: read the file and split it into fields with Commons CSV; returns the lines read. */
    static int split(Path file, Consumer<String> fields) throws IOException {
        int records = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = DM_LINES.parse(in)) {
            for (CSVRecord record : parser) {
                for (String field : record) {
                    fields.accept(field);
                }
                records++;
            }
        }
        return records;
    }

    /** Checks, before measuring, that each side reads every entry of {@code file}. */
    static void checkReadsAll(Path file, int entries) throws IOException, InvalidInputException {
        SetupCheck.require(split(file, field -> { }) == entries, entries + " lines split");
        SetupCheck.require(parseAndValidate(file).errors().size() == entries, entries + " entries parsed");
        int parts = entries > 1000 ? (entries + 999) / 1000 : 0;
        SetupCheck.require(generate(file).size() == 1 + parts, "the sources of " + entries + " entries");
    }
}
