/**
 * DM's {@code terror} error system in Java.
 *
 * <p>A {@link io.github.dmerrors.DmError} is one entry of a DM error catalogue: a code that never
 * changes meaning, an {@link io.github.dmerrors.ErrorClass error class}, an
 * {@link io.github.dmerrors.ErrorScope scope}, an {@link io.github.dmerrors.ErrorLevel level}, a
 * message template and a workaround. Its operations create {@link io.github.dmerrors.DmException}s
 * whose {@link io.github.dmerrors.DmException#getMessage() message} is byte for byte what DM prints.
 * Generated catalogue classes implement {@link io.github.dmerrors.ErrorCatalogue}, and
 * {@link io.github.dmerrors.DmErrorText} reads DM's error text back.
 */
package io.github.dmerrors;
