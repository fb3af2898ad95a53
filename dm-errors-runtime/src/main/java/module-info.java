/**
 * DM's {@code terror} error system in Java: {@link io.github.dmerrors.DmError catalogue entries},
 * {@link io.github.dmerrors.DmException the exceptions they create}, Go-compatible message
 * formatting and the parsing of DM's error text. No dependencies.
 */
module io.github.dmerrors {
    exports io.github.dmerrors;
}
