package io.github.dmerrors.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes of the generated {@code DmErrors} and its parts, read once, and class loaders that
 * define them anew each time, as a fresh application would load them: no class is shared with the
 * loader that already holds {@code DmErrors}.
 */
final class CatalogueClasses {
    /** Named, not referenced, so that reading the bytes neither loads nor initialises the class. */
    static final String NAME = "io.github.dmerrors.examples.DmErrors";

    private final Map<String, byte[]> classes;

    private CatalogueClasses(Map<String, byte[]> classes) {
        this.classes = Map.copyOf(classes);
    }

    /** Reads the class files of {@link #NAME} and its parts from the class path. */
    static CatalogueClasses read() {
        Map<String, byte[]> classes = new HashMap<>();
        classes.put(NAME, bytes(NAME).orElseThrow());
        for (int part = 1; bytes(NAME + "Part" + part).isPresent(); part++) {
            classes.put(NAME + "Part" + part, bytes(NAME + "Part" + part).orElseThrow());
        }
        return new CatalogueClasses(classes);
    }

    /** Defines and initialises the catalogue class in a new class loader. */
    Class<?> loadFresh() {
        try {
            return Class.forName(NAME, true, new Loader(classes, CatalogueClasses.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<byte[]> bytes(String className) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = CatalogueClasses.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines the catalogue's classes itself, child first, and asks its parent for every other. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
