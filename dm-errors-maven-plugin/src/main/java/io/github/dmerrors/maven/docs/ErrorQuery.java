package io.github.dmerrors.maven.docs;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The error a user asks {@code explain} about: by code, by name, or every error in a text. */
public sealed interface ErrorQuery permits ErrorQuery.ByCode, ErrorQuery.ByName, ErrorQuery.ByText {
    /**
     * Reads the query from the goal's two parameters, exactly one of which must be given. A code
     * is written as DM prints it ({@code 10002}) or as DM's {@code errors.toml} keys it
     * ({@code DM-database-10002}); a name as the catalogue spells it.
     *
     * @param code the {@code code} parameter, or null
     * @param name the {@code name} parameter, or null
     * @return the query
     * @throws IllegalArgumentException if neither or both are given, or the code is not one
     */
    static ErrorQuery of(String code, String name) {
        return of(code, name, null);
    }

    /**
     * Reads the query from the goal's three parameters, exactly one of which must be given: a code
     * and a name as {@link #of(String, String)} reads them, or a text in which DM printed errors.
     *
     * @param code the {@code code} parameter, or null
     * @param name the {@code name} parameter, or null
     * @param text the {@code text} parameter, or null
     * @return the query
     * @throws IllegalArgumentException if none or several are given, or the code is not one
     */
    static ErrorQuery of(String code, String name, String text) {
        boolean hasCode = code != null && !code.isBlank();
        boolean hasName = name != null && !name.isBlank();
        boolean hasText = text != null && !text.isBlank();
        int given = (hasCode ? 1 : 0) + (hasName ? 1 : 0) + (hasText ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException((given > 1 ? "give one of" : "give the error to explain:")
                    + " -Ddm-errors.code=10002, -Ddm-errors.name=ErrDBBadConn or -Ddm-errors.text=\"[code=10002:…\""
                    + (given > 1 ? ", not several" : ""));
        }
        if (hasText) {
            return new ByText(text);
        }
        if (hasName) {
            return new ByName(name.strip());
        }
        Matcher matcher = Pattern.compile("(?:DM-([A-Za-z0-9._-]+)-)?([0-9]{1,10})").matcher(code.strip());
        long value = matcher.matches() ? Long.parseLong(matcher.group(2)) : -1;
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("code: '" + code.strip() + "' is not an error code;"
                    + " give a number from 1 to " + Integer.MAX_VALUE + ", such as 10002 or DM-database-10002");
        }
        return new ByCode((int) value, Optional.ofNullable(matcher.group(1)));
    }

    /**
     * An error code.
     *
     * @param code the code, positive
     * @param errorClass the class an {@code errors.toml} key gave with it, which the error must have
     */
    record ByCode(int code, Optional<String> errorClass) implements ErrorQuery {
        public ByCode {
            if (code < 1) {
                throw new IllegalArgumentException("code must be positive: " + code);
            }
            Objects.requireNonNull(errorClass, "errorClass == null");
        }

        /** A code given alone. */
        public ByCode(int code) {
            this(code, Optional.empty());
        }
    }

    /**
     * An error name, such as {@code ErrDBBadConn}.
     *
     * @param name the name, as the catalogue spells it
     */
    record ByName(String name) implements ErrorQuery {
        public ByName {
            Objects.requireNonNull(name, "name == null");
        }
    }

    /**
     * A text an operator has, in which DM printed errors: a log line, {@code query-status} output,
     * an OpenAPI error response.
     *
     * @param text the text, as given
     */
    record ByText(String text) implements ErrorQuery {
        public ByText {
            Objects.requireNonNull(text, "text == null");
        }
    }
}
