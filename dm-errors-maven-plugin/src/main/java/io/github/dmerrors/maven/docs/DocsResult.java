package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.output.WriteResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the {@code docs} goal did.
 *
 * @param entries how many entries the catalogue has
 * @param catalogueName the catalogue, as the user knows it
 * @param directoryName the output directory, as the build log names it
 * @param formats the formats written
 * @param files what was written, left alone and removed
 * @param warnings what the catalogue has that deserves attention
 */
public record DocsResult(
        int entries,
        String catalogueName,
        String directoryName,
        List<DocsFormat> formats,
        WriteResult files,
        List<Diagnostic> warnings) {
    public DocsResult {
        Objects.requireNonNull(catalogueName, "catalogueName == null");
        Objects.requireNonNull(directoryName, "directoryName == null");
        formats = List.copyOf(formats);
        Objects.requireNonNull(files, "files == null");
        warnings = List.copyOf(warnings);
    }

    /**
     * The one line the build prints, for example {@code dm-errors: 527 errors from
     * src/main/errors/errors_release.txt -> target/dm-errors-docs (errors.md, errors.toml,
     * errors.json): 3 files written, 0 unchanged, 0 removed}.
     */
    public String summary() {
        String names = formats.stream().map(DocsFormat::fileName).collect(Collectors.joining(", "));
        return "dm-errors: " + entries + (entries == 1 ? " error" : " errors") + " from " + catalogueName
                + " -> " + directoryName + " (" + names + "): " + files.summary();
    }
}
