package io.github.dmerrors;

/**
 * Where an error comes from, as DM records it in the {@code scope} field of an error.
 *
 * <p>{@link #toString()} returns DM's spelling ({@code not-set}, {@code upstream}, …), which is also
 * what {@link #of(String)} accepts.
 */
public enum ErrorScope {
    /** The scope is not known or does not matter: DM's {@code not-set}. */
    NOT_SET("not-set"),
    /** The error comes from the upstream (source) database: DM's {@code upstream}. */
    UPSTREAM("upstream"),
    /** The error comes from the downstream (target) database: DM's {@code downstream}. */
    DOWNSTREAM("downstream"),
    /** The error comes from DM itself: DM's {@code internal}. */
    INTERNAL("internal");

    private final String text;

    ErrorScope(String text) {
        this.text = text;
    }

    /**
     * Returns the scope that DM spells {@code text}.
     *
     * @param text DM's spelling, for example {@code "not-set"}; case matters, as it does in DM
     * @return the scope
     * @throws IllegalArgumentException if {@code text} is not one of DM's scopes; the message lists
     *     the valid values
     */
    public static ErrorScope of(String text) {
        for (ErrorScope scope : values()) {
            if (scope.text.equals(text)) {
                return scope;
            }
        }
        throw new IllegalArgumentException(
                "unknown scope '" + text + "'; valid scopes are " + EnumText.list(values()));
    }

    /**
     * Returns DM's spelling of this scope.
     *
     * @return {@code not-set}, {@code upstream}, {@code downstream} or {@code internal}
     */
    @Override
    public String toString() {
        return text;
    }
}
