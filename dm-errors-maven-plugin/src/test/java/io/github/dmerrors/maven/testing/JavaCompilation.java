package io.github.dmerrors.maven.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.DmError;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources for real, against the real runtime, as strictly as a careful user's
 * build would: every lint warning and every Javadoc problem is an error.
 */
public final class JavaCompilation {
    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "-Xdoclint:all", "-encoding", "UTF-8");

    private JavaCompilation() {}

    /**
     * Compiles {@code sources} (relative path → text) into a fresh directory under {@code work} and
     * returns a class loader over the result, whose parent sees the runtime.
     */
    public static ClassLoader compile(Path work, Map<String, String> sources) {
        try {
            Path sourceRoot = Files.createDirectories(work.resolve("src"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            Path classes = Files.createDirectories(work.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter output = new StringWriter();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
                Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
                List<String> options = new ArrayList<>(STRICT);
                options.addAll(List.of("-classpath", runtimeLocation().toString(), "-d", classes.toString()));
                boolean compiled = javac.getTask(output, fileManager, null, options, null, units).call();
                assertThat(compiled).as("javac output:%n%s", output).isTrue();
            }
            assertThat(output.toString()).as("javac output").isEmpty();
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, DmError.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the runtime's classes are: a jar, or the runtime module's class directory in the reactor. */
    public static Path runtimeLocation() {
        try {
            return Path.of(DmError.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
