package io.github.dmerrors.maven.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleFileWriterTest {
    @TempDir
    Path directory;

    @Test
    void writesAFileAndItsMissingDirectories() throws Exception {
        Path ledger = directory.resolve("src/main/errors/errors.ledger");

        assertThat(SingleFileWriter.writeIfChanged(ledger, bytes("10001 assigned ErrA\n"))).isTrue();

        assertThat(ledger).hasContent("10001 assigned ErrA");
        try (Stream<Path> files = Files.list(ledger.getParent())) {
            assertThat(files).containsExactly(ledger);
        }
    }

    @Test
    void leavesAFileWithTheSameBytesUntouched() throws Exception {
        Path report = directory.resolve("check-report.json");
        Files.writeString(report, "{}");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(report, old);

        assertThat(SingleFileWriter.writeIfChanged(report, bytes("{}"))).isFalse();
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(old);

        assertThat(SingleFileWriter.writeIfChanged(report, bytes("{\"errors\": 0}"))).isTrue();
        assertThat(report).hasContent("{\"errors\": 0}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
