package io.github.dmerrors.benchmarks;

import io.github.dmerrors.MessageTemplate;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Formatting a message with Go's verbs {@code %s}, {@code %d}, {@code %v} and {@code % X}, against
 * {@code String.format} of the Java format that prints the same: {@code %s}, {@code %d},
 * {@code %s}, and {@code %s} of the bytes through {@link HexFormat}, since Java has no verb for
 * spaced hex bytes. Ours is parsed once, as {@code DmError} keeps its template; {@code String.format}
 * parses its format on every call, which is what it costs its users.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class MessageFormatBenchmark {
    private static final MessageTemplate TEMPLATE =
            MessageTemplate.parse("binlog event %s at position %d of server %v has a bad header: % X");
    private static final String JAVA_FORMAT = "binlog event %s at position %d of server %s has a bad header: %s";
    private static final HexFormat SPACED_HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private String event = "mysql-bin.000042";
    private long position = 4_194_304L;
    private int serverId = 101;
    private byte[] header = {(byte) 0xFE, 0x62, 0x69, 0x6E, 0x0F, 0x01, 0x00, 0x00};

    @Setup
    public void checkSameText() {
        SetupCheck.requireSame(ours(), baseline());
        SetupCheck.requireSame(ours(), "binlog event mysql-bin.000042 at position 4194304 of server 101"
                + " has a bad header: FE 62 69 6E 0F 01 00 00");
    }

    @Benchmark
    public String ours() {
        return TEMPLATE.format(event, position, serverId, header);
    }

    @Benchmark
    public String baseline() {
        return String.format(JAVA_FORMAT, event, position, serverId, SPACED_HEX.formatHex(header));
    }
}
