package io.github.dmerrors.maven.pipeline;

import io.github.dmerrors.maven.output.Sha256;

/**
 * What makes generated sources up to date: the catalogue's bytes, every parameter that shapes the
 * output, and the generator's version (a new generator may write different code from the same input).
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(GenerateRequest request, byte[] catalogue) {
        return Sha256.digest()
                .field("dm-errors generate")
                .field(request.generatorVersion())
                .field(request.packageName())
                .field(request.className())
                .field(String.join(",", request.extraClasses()))
                .field(request.catalogueName())
                .bytes(catalogue)
                .fingerprint();
    }

    /** Counts the lines that hold something: the entries of a catalogue known to be valid. */
    static int entryLines(byte[] catalogue) {
        int entries = 0;
        boolean blank = true;
        for (byte b : catalogue) {
            if (b == '\n') {
                entries += blank ? 0 : 1;
                blank = true;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                blank = false;
            }
        }
        return entries + (blank ? 0 : 1);
    }

}
