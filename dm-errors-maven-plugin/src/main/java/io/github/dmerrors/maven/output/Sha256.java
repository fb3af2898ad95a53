package io.github.dmerrors.maven.output;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as 64 lowercase hex digits: how a manifest records a file's content. */
final class Sha256 {
    /** How many hex digits a SHA-256 has. */
    static final int HEX_LENGTH = 64;

    private Sha256() {}

    /** Returns the SHA-256 of {@code bytes} as 64 lowercase hex digits. */
    static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }

    /** Tells whether {@code text} looks like what {@link #hex} returns. */
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
