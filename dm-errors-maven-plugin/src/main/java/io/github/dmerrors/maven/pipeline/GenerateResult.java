package io.github.dmerrors.maven.pipeline;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.output.WriteResult;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code generate} goal did.
 *
 * @param entries how many entries the catalogue has
 * @param catalogueName the catalogue, as the user knows it
 * @param className the generated class, fully qualified
 * @param files what was written, left alone and removed; up to date when nothing had to be done
 * @param warnings what the catalogue has that deserves attention; empty when up to date, since
 *     the catalogue was not read again
 */
public record GenerateResult(
        int entries, String catalogueName, String className, WriteResult files, List<Diagnostic> warnings) {
    public GenerateResult {
        Objects.requireNonNull(catalogueName, "catalogueName == null");
        Objects.requireNonNull(className, "className == null");
        Objects.requireNonNull(files, "files == null");
        warnings = List.copyOf(warnings);
    }

    /**
     * The one line the build prints, for example {@code dm-errors: 527 errors from
     * src/main/errors/errors_release.txt -> com.example.DmErrors: 1 file written, 0 unchanged, 0
     * removed}.
     */
    public String summary() {
        return "dm-errors: " + entries + (entries == 1 ? " error" : " errors") + " from " + catalogueName
                + " -> " + className + ": " + files.summary();
    }
}
