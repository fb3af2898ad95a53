package io.github.dmerrors.maven.pipeline;

import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.testing.GeneratedCatalogues;
import io.github.dmerrors.maven.testing.JavaCompilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects generated catalogue classes, each in a package of its own, and compiles them together
 * once they hold enough entries: javac's start-up dominates the compilation of a small class, so
 * one run for many is what keeps fuzzing fast. After compiling, each class is checked against its
 * catalogue.
 */
final class CompilationBatch {
    private final Path work;
    private final int entriesPerRun;
    private final String context;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, Catalogue> classes = new LinkedHashMap<>();
    private int pending;
    private int runs;
    private long compiledEntries;

    /**
     * @param work where each run compiles, in a directory of its own
     * @param entriesPerRun how many entries to collect before compiling
     * @param context what a failure report starts with, such as the seed to reproduce it
     */
    CompilationBatch(Path work, int entriesPerRun, String context) {
        this.work = work;
        this.entriesPerRun = entriesPerRun;
        this.context = context;
    }

    /** Adds the sources of {@code className}, generated from {@code catalogue}; may compile. */
    void add(Map<String, String> classSources, String className, Catalogue catalogue) throws Exception {
        sources.putAll(classSources);
        classes.put(className, catalogue);
        pending += catalogue.errors().size();
        if (pending >= entriesPerRun) {
            compile();
        }
    }

    /** Compiles and checks what was added since the last run. */
    void compile() throws Exception {
        if (classes.isEmpty()) {
            return;
        }
        try {
            ClassLoader loader = JavaCompilation.compile(work.resolve("run" + runs++), sources);
            for (Map.Entry<String, Catalogue> generated : classes.entrySet()) {
                GeneratedCatalogues.assertGivesBackEveryValue(loader.loadClass(generated.getKey()), generated.getValue());
            }
        } catch (AssertionError e) {
            throw new AssertionError(context + ", classes " + new ArrayList<>(classes.keySet()) + ": " + e.getMessage(), e);
        }
        compiledEntries += pending;
        sources.clear();
        classes.clear();
        pending = 0;
    }

    /** How many entries were compiled and checked. */
    long compiledEntries() {
        return compiledEntries;
    }

    /** How many javac runs there were. */
    int runs() {
        return runs;
    }
}
