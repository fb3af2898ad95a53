// Draws the catalogue here rather than keeping 15 MB of it in the repository; the seed is the
// benchmarks' (GenerateBenchmark), so both measure the same catalogue.
import io.github.dmerrors.testing.SyntheticCatalogue
import java.nio.file.Files

def catalogue = new File(basedir, 'src/main/errors/errors_release.txt').toPath()
Files.createDirectories(catalogue.parent)
def entries = SyntheticCatalogue.write(catalogue, 100_000, 20260101L)
def last = entries.last()

// A class that uses the last entry, which lives in the last part, DmErrorsPart100: it compiles only
// if DmErrors.<name> reaches a constant inherited from a package-private class.
def client = new File(basedir, 'src/main/java/com/example/LastEntry.java')
client.parentFile.mkdirs()
client.setText("""package com.example;

import com.example.errors.DmErrors;
import io.github.dmerrors.DmError;

/** Uses the catalogue's last entry, ${last.name()} (code ${last.code()}). */
public final class LastEntry {
    private LastEntry() {}

    public static DmError get() {
        return DmErrors.${last.name()};
    }
}
""", 'UTF-8')
new File(basedir, 'last-entry.txt').setText("${last.name()} ${last.code()}", 'UTF-8')
return true
