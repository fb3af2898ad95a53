package io.github.dmerrors.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorVersionTest {
    @TempDir
    Path temp;

    @Test
    void aReleaseIsNamedByItsVersionAlone() throws IOException {
        Path jar = Files.write(temp.resolve("plugin.jar"), new byte[] {1, 2, 3});
        assertThat(GeneratorVersion.of("1.2.0", jar)).isEqualTo("1.2.0");
    }

    @Test
    void aSnapshotJarIsNamedByItsBytes() throws IOException {
        Path jar = Files.write(temp.resolve("plugin.jar"), new byte[] {1, 2, 3});
        String first = GeneratorVersion.of("1.2.0-SNAPSHOT", jar);
        assertThat(first).matches("1\\.2\\.0-SNAPSHOT\\+sha256:[0-9a-f]{64}");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        assertThat(GeneratorVersion.of("1.2.0-SNAPSHOT", jar)).as("same bytes, other time").isEqualTo(first);

        Files.write(jar, new byte[] {1, 2, 4});
        assertThat(GeneratorVersion.of("1.2.0-SNAPSHOT", jar)).as("rebuilt generator").isNotEqualTo(first);
    }

    @Test
    void aSnapshotClassesDirectoryIsNamedByItsFilesNamesAndBytes() throws IOException {
        Path classes = Files.createDirectories(temp.resolve("classes/a"));
        Files.write(classes.resolve("A.class"), new byte[] {1});
        Files.write(classes.resolve("B.class"), new byte[] {2});
        String first = GeneratorVersion.of("1.2.0-SNAPSHOT", temp.resolve("classes"));
        assertThat(first).startsWith("1.2.0-SNAPSHOT+sha256:");

        Files.write(classes.resolve("B.class"), new byte[] {3});
        String changed = GeneratorVersion.of("1.2.0-SNAPSHOT", temp.resolve("classes"));
        assertThat(changed).isNotEqualTo(first);

        Files.move(classes.resolve("B.class"), classes.resolve("C.class"));
        assertThat(GeneratorVersion.of("1.2.0-SNAPSHOT", temp.resolve("classes"))).isNotIn(first, changed);
    }

    @Test
    void aSnapshotWhoseCodeMavenDidNotGiveIsNamedByItsVersion() throws IOException {
        assertThat(GeneratorVersion.of("1.2.0-SNAPSHOT", null)).isEqualTo("1.2.0-SNAPSHOT");
        assertThat(GeneratorVersion.of("1.2.0-SNAPSHOT", temp.resolve("missing.jar"))).isEqualTo("1.2.0-SNAPSHOT");
    }

    @Test
    void readsThePluginArtifactOfTheExecution() throws Exception {
        Path jar = Files.write(temp.resolve("plugin.jar"), new byte[] {9});
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("io.github.dmerrors");
        plugin.setArtifactId("dm-errors-maven-plugin");
        plugin.setVersion("0.1.0-SNAPSHOT");
        DefaultArtifact artifact = new DefaultArtifact("io.github.dmerrors", "dm-errors-maven-plugin",
                "0.1.0-SNAPSHOT", "compile", "maven-plugin", null, new DefaultArtifactHandler("maven-plugin"));
        artifact.setFile(jar.toFile());
        plugin.setPluginArtifact(artifact);
        MojoDescriptor mojo = new MojoDescriptor();
        mojo.setPluginDescriptor(plugin);

        assertThat(GeneratorVersion.of(new MojoExecution(mojo)))
                .isEqualTo(GeneratorVersion.of("0.1.0-SNAPSHOT", jar))
                .isNotEqualTo("0.1.0-SNAPSHOT");
    }
}
