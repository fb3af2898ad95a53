package io.github.dmerrors.maven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestTest {
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "0123456789abcdef".repeat(4);

    @Test
    void writesOneSortedLinePerFileAfterHeaderAndFingerprint() {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("io/b c.txt", HASH_B);
        hashes.put("Zeta.java", HASH_A);
        hashes.put("alpha.java", HASH_B);

        byte[] bytes = new Manifest("sha256:f00", hashes).toBytes();

        String text = new String(bytes, StandardCharsets.UTF_8);

        // Code-point order, not a locale's collation: "Z" sorts before "a".
        assertThat(text).isEqualTo("dm-errors manifest 1\n"
                + "fingerprint sha256:f00\n"
                + HASH_A + "  Zeta.java\n"
                + HASH_B + "  alpha.java\n"
                + HASH_B + "  io/b c.txt\n");
    }

    @Test
    void writesTheSameBytesWhateverTheOrderItWasGiven() {
        Map<String, String> forward = new LinkedHashMap<>();
        forward.put("a", HASH_A);
        forward.put("b", HASH_B);
        Map<String, String> backward = new LinkedHashMap<>();
        backward.put("b", HASH_B);
        backward.put("a", HASH_A);
        TreeMap<String, String> reversedComparator = new TreeMap<>(Comparator.reverseOrder());
        reversedComparator.putAll(forward);

        byte[] expected = new Manifest("f", forward).toBytes();

        assertThat(new Manifest("f", backward).toBytes()).isEqualTo(expected);
        assertThat(new Manifest("f", reversedComparator).toBytes()).isEqualTo(expected);
    }

    @Test
    void readsBackWhatItWrote() {
        Manifest manifest =
                new Manifest("fp with spaces", Map.of("a b/c", HASH_A, "é.txt", HASH_B));

        assertThat(Manifest.parse(manifest.toBytes())).contains(manifest);
        assertThat(Manifest.parse(new Manifest("fp", Map.of()).toBytes()))
                .contains(new Manifest("fp", Map.of()));
    }

    static Stream<String> corruptManifests() {
        String head = "dm-errors manifest 1\nfingerprint f\n";
        return Stream.of(
                "",
                "garbage",
                "dm-errors manifest 1\n",
                "dm-errors manifest 2\nfingerprint f\n",
                "dm-errors manifest 1\nfingerprint f",
                "dm-errors manifest 1\nfingerprint \n",
                "dm-errors manifest 1\r\nfingerprint f\r\n",
                head + "\n",
                head + HASH_A.toUpperCase(Locale.ROOT) + "  a\n",
                head + "aaaa  a\n",
                head + HASH_A + " a\n",
                head + HASH_A + "  \n",
                head + HASH_A + "  ../x\n",
                head + HASH_A + "  /etc/passwd\n",
                head + HASH_A + "  a/../../x\n",
                head + HASH_A + "  b\n" + HASH_A + "  a\n",
                head + HASH_A + "  a\n" + HASH_A + "  a\n",
                head + HASH_A + "  a");
    }

    @ParameterizedTest
    @MethodSource("corruptManifests")
    void rejectsAnythingItWouldNotHaveWritten(String text) {
        assertThat(Manifest.parse(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] valid = new Manifest("f", Map.of("a", HASH_A)).toBytes();
        byte[] broken = valid.clone();
        broken[broken.length - 2] = (byte) 0xff;

        assertThat(Manifest.parse(valid)).isPresent();
        assertThat(Manifest.parse(broken)).isEmpty();
    }

    @Test
    void refusesToRecordWhatItCouldNotReadBack() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Manifest("two\nlines", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Manifest("", Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Manifest("f", Map.of("../x", HASH_A)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Manifest("f", Map.of("a", "abc")));
    }
}
