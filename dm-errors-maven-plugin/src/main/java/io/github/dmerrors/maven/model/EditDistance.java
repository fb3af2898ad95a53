package io.github.dmerrors.maven.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the valid value a misspelt one was meant to be, for "did you mean" hints. Counts
 * insertions, deletions, substitutions and swaps of adjacent characters (the optimal string
 * alignment distance), ignoring case, so that {@code databse}, {@code hihg} and {@code HIGH} are
 * each one step from what was meant.
 */
public final class EditDistance {
    private EditDistance() {}

    /**
     * Returns the candidate nearest to {@code value}, the first of equally near ones, if it is near
     * enough to be a likely typo: within a third of the candidate's length, or one step for a short
     * candidate. A hint that is far off would only mislead.
     */
    public static Optional<String> nearest(String value, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int limit = Math.max(1, candidate.length() / 3);
            // The distance is at least the difference in length: a value far longer than every
            // candidate, such as a corrupt line of a megabyte, is not compared char by char.
            if (Math.abs(value.length() - candidate.length()) > limit) {
                continue;
            }
            int distance = between(value, candidate);
            if (distance < bestDistance && distance <= limit) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Counts the steps from {@code first} to {@code second}, ignoring case.
     *
     * @param first one string
     * @param second the other
     * @return the optimal string alignment distance of their lower-case forms
     */
    public static int between(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                boolean swapped = i > 1 && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
                if (swapped) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
