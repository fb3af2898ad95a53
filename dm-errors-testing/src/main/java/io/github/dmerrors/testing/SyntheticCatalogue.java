package io.github.dmerrors.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Valid DM catalogues of any size, for scale tests and benchmarks: the same lines for the same size
 * and seed, on any machine and JDK.
 *
 * <p>Entries come in blocks of one class, each block's codes counting up from a fresh thousand
 * (10001, 10002, …, then 11001, …) as in DM's catalogue; classes, scopes, levels and the presence
 * of a message and a workaround are drawn in the proportions of DM's 527 entries, and texts by
 * {@link SyntheticText}. A name drawn twice gets a number, so names stay unique.
 */
public final class SyntheticCatalogue {
    private static final int MAX_BLOCK = 199;

    private static final Weighted<String> CLASSES = new Weighted<>(
            List.of("functional", "dm-worker", "sync-unit", "dm-master", "config", "relay-unit", "scheduler",
                    "load-unit", "schema-tracker", "dm-tracer", "task-check", "database", "checkpoint",
                    "relay-event-lib", "dump-unit", "binlog-op", "dmctl", "openapi", "not-set"),
            new int[] {128, 79, 69, 60, 49, 44, 22, 16, 12, 10, 7, 6, 6, 5, 4, 4, 3, 2, 1});
    private static final Map<String, String> NAME_PREFIXES = Map.ofEntries(
            Map.entry("functional", ""), Map.entry("dm-worker", "Worker"), Map.entry("sync-unit", "Syncer"),
            Map.entry("dm-master", "Master"), Map.entry("config", "Config"), Map.entry("relay-unit", "Relay"),
            Map.entry("scheduler", "Scheduler"), Map.entry("load-unit", "Loader"),
            Map.entry("schema-tracker", "SchemaTracker"), Map.entry("dm-tracer", "Tracer"),
            Map.entry("task-check", "TaskCheck"), Map.entry("database", "DB"), Map.entry("checkpoint", "Checkpoint"),
            Map.entry("relay-event-lib", "Binlog"), Map.entry("dump-unit", "Dumpling"),
            Map.entry("binlog-op", "Binlog"), Map.entry("dmctl", "Ctl"), Map.entry("openapi", "OpenAPI"), Map.entry("not-set", ""));
    private static final Weighted<String> SCOPES = new Weighted<>(
            List.of("internal", "not-set", "upstream", "downstream"), new int[] {511, 7, 7, 2});
    private static final Weighted<String> LEVELS = new Weighted<>(
            List.of("high", "medium", "low"), new int[] {396, 117, 14});

    /** Which texts a line has: DM has 357 with a message only, 145 with both, 3 with a workaround only, 22 bare. */
    private enum Texts { MESSAGE, BOTH, WORKAROUND, NONE }

    private static final Weighted<Texts> TEXTS = new Weighted<>(
            List.of(Texts.MESSAGE, Texts.BOTH, Texts.WORKAROUND, Texts.NONE), new int[] {357, 145, 3, 22});

    private SyntheticCatalogue() {}

    /**
     * Draws a catalogue.
     *
     * @param size how many entries, at least 1
     * @param seed what makes it this catalogue and not another
     * @return the entries, in file order
     */
    public static List<SyntheticEntry> generate(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        SyntheticText text = new SyntheticText(random);
        Set<String> names = new HashSet<>();
        List<SyntheticEntry> entries = new ArrayList<>(size);
        for (int block = 0; entries.size() < size; block++) {
            String errorClass = CLASSES.pick(random);
            int blockSize = Math.min(size - entries.size(), 1 + random.nextInt(MAX_BLOCK));
            for (int i = 1; i <= blockSize; i++) {
                String name = unique(text.name(NAME_PREFIXES.get(errorClass)), names);
                Texts texts = TEXTS.pick(random);
                boolean hasMessage = texts == Texts.MESSAGE || texts == Texts.BOTH;
                boolean hasWorkaround = texts == Texts.WORKAROUND || texts == Texts.BOTH;
                entries.add(new SyntheticEntry(
                        name,
                        (10 + block) * 1000 + i,
                        errorClass,
                        SCOPES.pick(random),
                        LEVELS.pick(random),
                        hasMessage ? text.message() : "",
                        hasWorkaround ? text.workaround() : ""));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * Draws a catalogue and writes it to {@code file} in UTF-8, each line ending with LF.
     *
     * @param file where to write, replaced if it exists
     * @param size how many entries, at least 1
     * @param seed what makes it this catalogue and not another
     * @return the entries written, in file order
     * @throws IOException if the file cannot be written
     */
    public static List<SyntheticEntry> write(Path file, int size, long seed) throws IOException {
        List<SyntheticEntry> entries = generate(size, seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SyntheticEntry entry : entries) {
                out.write(entry.line());
                out.write('\n');
            }
        }
        return entries;
    }

    private static String unique(String name, Set<String> names) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
