package io.github.dmerrors.maven.output;

import java.util.List;

/**
 * What {@link OutputWriter#write} did, for the one line a goal prints and for its debug log.
 *
 * @param written the files written because they were new or their bytes changed, sorted
 * @param unchanged the files whose bytes were already right and were left untouched, sorted
 * @param removed the files removed because this owner no longer generates them, sorted
 * @param upToDate whether nothing at all was done because everything was as recorded
 * @param warnings problems that made the writer keep files rather than risk deleting one it does
 *     not own, in a stable order; empty normally
 */
public record WriteResult(
        List<String> written,
        List<String> unchanged,
        List<String> removed,
        boolean upToDate,
        List<String> warnings) {
    public WriteResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        if (upToDate && !(written.isEmpty() && removed.isEmpty())) {
            throw new IllegalArgumentException("an up-to-date run writes and removes nothing");
        }
    }

    /**
     * Returns one line for the build log, such as {@code "2 files written, 525 unchanged, 1
     * removed"} or {@code "up to date (527 files)"}.
     */
    public String summary() {
        if (upToDate) {
            return "up to date (" + files(unchanged.size()) + ")";
        }
        return files(written.size()) + " written, " + unchanged.size() + " unchanged, "
                + removed.size() + " removed";
    }

    private static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
