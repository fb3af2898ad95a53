package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest of the plugin: of a file's content, as a manifest records it (64
 * lowercase hex digits), and of the inputs of a run, as its fingerprint ({@code sha256:} and the
 * hex digits). A digest of several inputs ends each text field with a NUL, which no field holds,
 * so that no two lists of fields share a digest input ({@code "ab","c"} and {@code "a","bc"}).
 */
public final class Sha256 {
    /** How many hex digits a SHA-256 has. */
    static final int HEX_LENGTH = 64;

    private final MessageDigest digest;

    private Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }

    /** Starts a digest of several inputs. */
    public static Sha256 digest() {
        return new Sha256();
    }

    /** Returns the SHA-256 of {@code bytes} as 64 lowercase hex digits. */
    public static String hex(byte[] bytes) {
        return new Sha256().bytes(bytes).hex();
    }

    /** Adds {@code field} in UTF-8, then a NUL that ends it. */
    public Sha256 field(String field) {
        digest.update(field.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** Adds {@code bytes} as they are. */
    public Sha256 bytes(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /**
     * Adds the content of {@code file}, streamed rather than read whole.
     *
     * @throws IOException if {@code file} cannot be read
     */
    public Sha256 file(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return this;
    }

    /** Returns the digest as 64 lowercase hex digits; the digest is then spent. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Returns the digest as a fingerprint, {@code sha256:} and the hex digits; the digest is then spent. */
    public String fingerprint() {
        return "sha256:" + hex();
    }

    /** Tells whether {@code text} looks like what {@link #hex(byte[])} returns. */
    static boolean isHex(String text) {
        if (text.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
