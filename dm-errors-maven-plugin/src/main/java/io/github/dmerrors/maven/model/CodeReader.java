package io.github.dmerrors.maven.model;

import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads an error code: a plain decimal from 1 to 2³¹−1, written the one way DM writes it. A sign,
 * a leading zero or a non-ASCII digit is rejected rather than normalised, since two spellings of
 * one code would hide a duplicate from whoever reads the file.
 */
public final class CodeReader {
    private static final String MAX = Integer.toString(Integer.MAX_VALUE);

    private CodeReader() {}

    /** Returns the code, or empty after reporting why {@code code} is not one. */
    public static OptionalInt read(Field code, Diagnostics diagnostics) {
        String value = code.value();
        String problem = problem(value);
        if (problem != null) {
            diagnostics.error(code.location(), "invalid code '" + Excerpt.of(value) + "': " + problem);
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /**
     * Tells why {@code value} is not an error code as DM writes one, for every file that holds codes
     * (the catalogue and the ledger).
     *
     * @return why not, such as {@code not a decimal number}; empty if it is a code
     */
    public static Optional<String> problemWith(String value) {
        return Optional.ofNullable(problem(value));
    }

    private static String problem(String value) {
        if (value.startsWith("+") || value.startsWith("-")) {
            return "a code is a plain decimal, without a sign";
        }
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "not a decimal number";
        }
        if (value.length() > 1 && value.startsWith("0")) {
            return "a code is a plain decimal, without leading zeros";
        }
        // Compared as text so that no value, however long, can overflow on the way.
        boolean tooBig = value.length() > MAX.length()
                || (value.length() == MAX.length() && value.compareTo(MAX) > 0);
        if (tooBig || value.equals("0")) {
            return "out of range 1.." + MAX;
        }
        return null;
    }
}
