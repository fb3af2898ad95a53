package io.github.dmerrors.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the memory a loaded and initialised {@code DmErrors} keeps, in a JVM of its own with the
 * serial collector: heap in use after full collections, before and after loading copies of the
 * class in fresh class loaders, all kept reachable.
 *
 * <p>The first copy also interns the strings of its constants (names, messages, workarounds); the
 * further copies share those, so they keep only their own objects. A copy loaded and dropped first
 * initialises the runtime's classes, which are not counted.
 */
public final class HeapFootprint {
    private static final int COPIES = 100;

    private HeapFootprint() {}

    public static void main(String[] args) {
        CatalogueClasses classes = CatalogueClasses.read();
        classes.loadFresh();
        long heapBefore = heapAfterCollection();
        long metaspaceBefore = metaspace();
        List<Class<?>> kept = new ArrayList<>();
        kept.add(classes.loadFresh());
        long heapFirst = heapAfterCollection();
        long metaspaceFirst = metaspace();
        for (int i = 0; i < COPIES; i++) {
            kept.add(classes.loadFresh());
        }
        long heapAll = heapAfterCollection();
        long metaspaceAll = metaspace();
        Reference.reachabilityFence(kept);

        System.out.printf("retained heap, first copy (its objects and the strings it interns): %,d bytes%n",
                heapFirst - heapBefore);
        System.out.printf("retained heap, each further copy (its objects; strings shared):     %,d bytes%n",
                (heapAll - heapFirst) / COPIES);
        System.out.printf("metaspace, first copy: %,d bytes; each further copy: %,d bytes%n",
                metaspaceFirst - metaspaceBefore, (metaspaceAll - metaspaceFirst) / COPIES);
    }

    private static long heapAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        // Collect until nothing more is freed: finalizable and weakly held garbage takes more than one.
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static long metaspace() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // Includes the compressed class space, which the JVM also reports on its own.
            if (pool.getName().equals("Metaspace")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
