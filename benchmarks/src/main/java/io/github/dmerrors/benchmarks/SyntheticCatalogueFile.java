package io.github.dmerrors.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic catalogue with the plugin's {@code SyntheticCatalogue}, the generator of its
 * scale integration test. That class is in the plugin's test jar, which this module only has at
 * run time: {@code mvn compile} of the reactor builds no test jar, so a compile-time dependency on
 * it would fail that build. Hence the one reflective call.
 */
final class SyntheticCatalogueFile {
    private static final String GENERATOR = "io.github.dmerrors.maven.testing.SyntheticCatalogue";

    private SyntheticCatalogueFile() {}

    /** Writes {@code size} entries drawn with {@code seed} to {@code file}. */
    static void write(Path file, int size, long seed) {
        try {
            MethodHandle write = MethodHandles.publicLookup().findStatic(Class.forName(GENERATOR), "write",
                    MethodType.methodType(List.class, Path.class, int.class, long.class));
            List<?> entries = (List<?>) write.invoke(file, size, seed);
            SetupCheck.require(entries.size() == size, size + " synthetic entries");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot write a synthetic catalogue with " + GENERATOR, e);
        }
    }
}
