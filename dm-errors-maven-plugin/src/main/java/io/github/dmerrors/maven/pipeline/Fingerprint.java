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
}
