package io.github.dmerrors.maven.pipeline;

import io.github.dmerrors.maven.output.Sha256;

/**
 * What makes generated sources up to date: the catalogue's bytes, every parameter that shapes the
 * output, and the generator's version (a new generator may write different code from the same input).
 */
final class Fingerprint {
    private Fingerprint() {}

    /**
     * The fingerprint of a run.
     *
     * @param guide the guide's bytes, or null without a guide: then the fingerprint is what it was
     *     before guides existed, so an existing output stays up to date
     */
    static String of(GenerateRequest request, byte[] catalogue, byte[] guide) {
        Sha256 digest = Sha256.digest()
                .field("dm-errors generate")
                .field(request.generatorVersion())
                .field(request.packageName())
                .field(request.className())
                .field(String.join(",", request.extraClasses()))
                .field(request.catalogueName());
        if (guide != null) {
            // The guide enters as its digest, of a fixed length, so its bytes cannot run into the catalogue's.
            digest.field("guide").field(Sha256.hex(guide));
        }
        return digest.bytes(catalogue).fingerprint();
    }
}
