package io.github.dmerrors;

import java.util.List;
import java.util.Optional;

/**
 * A catalogue of errors: every {@link DmError} of one {@code errors_release.txt}, looked up by code
 * or by name. Generated catalogue classes expose one through their {@code catalogue()} method.
 */
public interface ErrorCatalogue {
    /**
     * Returns every error, in catalogue order.
     *
     * @return an unmodifiable list
     */
    List<DmError> all();

    /**
     * Finds the error of a code.
     *
     * @param code the error code, for example {@code 10002}
     * @return the error, or empty if the catalogue has no such code
     */
    Optional<DmError> byCode(int code);

    /**
     * Finds the error of a name.
     *
     * @param name the entry's name, for example {@code "ErrDBBadConn"}; may be null
     * @return the error, or empty if the catalogue has no such name
     */
    Optional<DmError> byName(String name);

    /**
     * Creates a catalogue of {@code errors}, looked up by code and by name in constant time.
     *
     * @param errors the errors, in catalogue order
     * @return an immutable catalogue
     * @throws IllegalArgumentException if two errors share a code or a name
     * @throws NullPointerException if {@code errors} or any error is null
     */
    static ErrorCatalogue of(List<DmError> errors) {
        return IndexedCatalogue.of(errors);
    }

    /**
     * Creates a catalogue of {@code errors}, looked up by code and by name in constant time.
     *
     * @param errors the errors, in catalogue order
     * @return an immutable catalogue
     * @throws IllegalArgumentException if two errors share a code or a name
     * @throws NullPointerException if {@code errors} or any error is null
     */
    static ErrorCatalogue of(DmError... errors) {
        return IndexedCatalogue.of(List.of(errors));
    }
}
