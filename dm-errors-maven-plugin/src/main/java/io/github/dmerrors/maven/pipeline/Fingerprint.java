package io.github.dmerrors.maven.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        MessageDigest digest = sha256();
        // Each field ends with a NUL, which no field can hold, so no two requests share a digest input.
        for (String field : new String[] {
                "dm-errors generate", request.generatorVersion(), request.packageName(), request.className(),
                String.join(",", request.extraClasses()), request.catalogueName()}) {
            digest.update(field.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        if (guide != null) {
            // A digest has a fixed length, so the guide's bytes cannot run into the catalogue's.
            digest.update("guide".getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(sha256().digest(guide));
        }
        digest.update(catalogue);
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
