package io.github.dmerrors;

/**
 * How severe an error is, as DM records it in the {@code level} field of an error.
 *
 * <p>DM's manual gives each level a meaning, returned by {@link #meaning()}:
 *
 * <ul>
 *   <li>{@link #LOW}: usually about a user's operation or input; it does not affect replication
 *       tasks;
 *   <li>{@link #MEDIUM}: usually about a user's configuration; it affects services started after it
 *       but not the replication already running;
 *   <li>{@link #HIGH}: needs attention; left alone, it may interrupt a replication task.
 * </ul>
 *
 * <p>{@link #toString()} returns DM's spelling ({@code low}, {@code medium}, {@code high}), which is
 * also what {@link #of(String)} accepts. The constants are declared from least to most severe, so
 * {@link #compareTo(Enum)} orders by severity. The level also decides whether a {@link DmException}
 * captures a stack trace: see {@link StackTracePolicy}.
 */
public enum ErrorLevel {
    /** About a user's operation or input; does not affect replication: DM's {@code low}. */
    LOW("low", "Usually about a user's operation or input. It does not affect replication tasks."),
    /** About a user's configuration: DM's {@code medium}. */
    MEDIUM(
            "medium",
            "Usually about a user's configuration. It affects services started after it,"
                    + " but not the replication already running."),
    /** Needs attention, or a replication task may be interrupted: DM's {@code high}. */
    HIGH("high", "Needs attention: left alone, it may interrupt a replication task.");

    private final String text;
    private final String meaning;

    ErrorLevel(String text, String meaning) {
        this.text = text;
        this.meaning = meaning;
    }

    /**
     * Returns the level that DM spells {@code text}.
     *
     * @param text DM's spelling, for example {@code "high"}; case matters, as it does in DM
     * @return the level
     * @throws IllegalArgumentException if {@code text} is not one of DM's levels; the message lists
     *     the valid values
     */
    public static ErrorLevel of(String text) {
        for (ErrorLevel level : values()) {
            if (level.text.equals(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "unknown level '" + text + "'; valid levels are " + EnumText.list(values()));
    }

    /**
     * Returns what DM's manual says an error of this level means for an operator, as one or two
     * English sentences.
     *
     * @return the meaning of this level
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Returns DM's spelling of this level.
     *
     * @return {@code low}, {@code medium} or {@code high}
     */
    @Override
    public String toString() {
        return text;
    }
}
