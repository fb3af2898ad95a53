package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each row of the Java-to-Go table in {@link MessageTemplate}'s description, and DM's own templates. */
class JavaValuesAsGoValuesTest {
    private static final String TEST = JavaValuesAsGoValuesTest.class.getName();

    record Column(int position, String name) {}

    enum Level {
        LOW,
        HIGH
    }

    private static String format(String template, Object... args) {
        return MessageTemplate.parse(template).format(args);
    }

    @Test
    void nullIsUntypedNil() {
        assertThat(format("%v %T %d", null, null, null)).isEqualTo("<nil> <nil> %!d(<nil>)");
    }

    @Test
    void aCharacterIsAOneCharacterString() {
        assertThat(format("%v %s %q %x %T", 'a', 'b', 'c', 'd', 'e')).isEqualTo("a b \"c\" 64 string");
        assertThat(format("%d", 'a')).isEqualTo("%!d(string=a)");
    }

    @Test
    void boxedIntegersAreGoIntegersOfTheirSize() {
        assertThat(format("%T %T %T %T", (byte) 1, (short) 1, 1, 1L)).isEqualTo("int8 int16 int int64");
        assertThat(format("%d %x %c", (byte) -1, (short) 255, 0x65E5)).isEqualTo("-1 ff 日");
    }

    @Test
    void floatsPrintTheirShortestDigits() {
        assertThat(format("%v %v %T %T", 0.1f, 0.1, 0.1f, 0.1)).isEqualTo("0.1 0.1 float32 float64");
    }

    @Test
    void aBigIntegerIsABigInt() {
        BigInteger big = new BigInteger("-123456789012345678901234567890");
        assertThat(format("%v|%x|%T|%q", big, big, big, big))
                .isEqualTo("-123456789012345678901234567890|-18ee90ff6c373e0ee4e3f0ad2|*big.Int|%!q(big.Int=-123456789012345678901234567890)");
        assertThat(format("%v", List.of(BigInteger.TEN))).isEqualTo("[10]");
    }

    @Test
    void aByteArrayIsAByteSlice() {
        byte[] header = {0x01, (byte) 0xAB, (byte) 0xFF};
        assertThat(format("%v %d % X %x %T", header, header, header, header, header))
                .isEqualTo("[1 171 255] [1 171 255] 01 AB FF 01abff []uint8");
        assertThat(format("%s|%q", new byte[] {'o', 'k', (byte) 0xFF}, new byte[] {'o', (byte) 0xFF}))
                .isEqualTo("ok\uFFFD|\"o\\xff\"");
        assertThat(format("%#v %#v", header, List.of(header)))
                .isEqualTo("[]byte{0x1, 0xab, 0xff} []interface {}{[]uint8{0x1, 0xab, 0xff}}");
    }

    @Test
    void arraysAreSlicesOfTheirElementType() {
        assertThat(format("%T %T %T %T %T", new int[0], new long[0], new String[0], new Object[0], new Number[0]))
                .isEqualTo("[]int []int64 []string []interface {} []interface {}");
        assertThat(format("%T %T %T %T", new Integer[0], new char[0], new int[0][0], new Column[0]))
                .isEqualTo("[]int []string [][]int []" + TEST + "$Column");
        assertThat(format("%v %v %v %v", new double[] {1.5, 1e6}, new boolean[] {true}, new char[] {'a', 'b'},
                        new float[] {0.1f}))
                .isEqualTo("[1.5 1e+06] [true] [a b] [0.1]");
        assertThat(format("%v %03d", new int[][] {{1, 2}, {3}}, new short[] {7, -7})).isEqualTo("[[1 2] [3]] [007 -07]");
    }

    @Test
    void theVerbAppliesToEachElement() {
        assertThat(format("%d", List.of("a"))).isEqualTo("[%!d(string=a)]");
        assertThat(format("%x", Arrays.asList("hi", 255, null))).isEqualTo("[6869 ff <nil>]");
        assertThat(format("%q", (Object) new String[] {"a", "b"})).isEqualTo("[\"a\" \"b\"]");
    }

    @Test
    void aCollectionIsASliceOfInterfaces() {
        assertThat(format("%v %T", new LinkedHashSet<>(List.of(3, 1, 2)), List.of()))
                .isEqualTo("[3 1 2] []interface {}");
        assertThat(format("%#v", Arrays.asList(1, "a", null))).isEqualTo("[]interface {}{1, \"a\", interface {}(nil)}");
    }

    @Test
    void aMapPrintsItsKeysInGoOrder() {
        Map<Object, Object> map = new HashMap<>();
        map.put("b", 2);
        map.put("a", 1);
        map.put(null, 0);
        assertThat(format("%v %T", map, map)).isEqualTo("map[<nil>:0 a:1 b:2] map[interface {}]interface {}");
        assertThat(format("%v", new TreeMap<>(Map.of(10, "x", 2, "y")))).isEqualTo("map[2:y 10:x]");
        assertThat(format("%#v", Map.of("a", 1))).isEqualTo("map[interface {}]interface {}{\"a\":1}");
    }

    @Test
    void mapKeysOfDifferentClassesKeepIterationOrder() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put(2, "y");
        map.put(1L, "x");
        assertThat(format("%v", map)).isEqualTo("map[z:1 2:y 1:x]");
    }

    @Test
    void mapKeysOfAComparableClassAreSorted() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(Level.HIGH, 1);
        map.put(Level.LOW, 0);
        assertThat(format("%v", map)).isEqualTo("map[LOW:0 HIGH:1]");
    }

    @Test
    void aRecordIsAStruct() {
        Column column = new Column(3, "id");
        assertThat(format("%v|%+v|%d|%T", column, column, column, column))
                .isEqualTo("{3 id}|{position:3 name:id}|{3 %!d(string=id)}|" + TEST + "$Column");
        assertThat(format("%#v", column)).isEqualTo(TEST + "$Column{position:3, name:\"id\"}");
        assertThat(format("%v", Map.of("c", column))).isEqualTo("map[c:{3 id}]");
    }

    @Test
    void aThrowableIsAnErrorPrintingItsMessage() {
        IllegalStateException error = new IllegalStateException("bad connection");
        assertThat(format("%v|%s|%q|%x|%10.3v|%T", error, error, error, error, error, error))
                .isEqualTo("bad connection|bad connection|\"bad connection\"|62616420636f6e6e656374696f6e|       bad|"
                        + "java.lang.IllegalStateException");
        assertThat(format("%d", error)).isEqualTo("%!d(java.lang.IllegalStateException=bad connection)");
    }

    @Test
    void aThrowableWithoutMessagePrintsItsClassName() {
        assertThat(format("%v", new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void anEnumIsAStringer() {
        assertThat(format("%v %s %q %T", Level.HIGH, Level.LOW, Level.LOW, Level.LOW))
                .isEqualTo("HIGH LOW \"LOW\" " + TEST + "$Level");
        assertThat(format("%d", Level.HIGH)).isEqualTo("%!d(" + TEST + "$Level=HIGH)");
    }

    @Test
    void anyOtherObjectIsAStringer() {
        Duration timeout = Duration.ofSeconds(5);
        assertThat(format("%v %-6s| %x %T", timeout, timeout, timeout, timeout))
                .isEqualTo("PT5S PT5S  | 50543553 java.time.Duration");
        assertThat(format("%#v %+v", timeout, timeout)).isEqualTo("PT5S PT5S");
        assertThat(format("%t", timeout)).isEqualTo("%!t(java.time.Duration=PT5S)");
    }

    @Test
    void aDmExceptionFormatsItselfAsDmsErrorDoes() {
        DmException error = dmError(ErrorLevel.LOW).generate("bad conn");
        String text = error.getMessage();
        assertThat(format("%v|%s|%30.5s|%-40v|%#v|%d|%x|%t|%c", error, error, error, error, error, error, error, error,
                error)).isEqualTo(text + "|" + text + "|" + text + "|" + text + "|" + text + "||||");
        assertThat(format("%+30q", error)).isEqualTo(format("%q", text));
        assertThat(format("%T", error)).isEqualTo(DmException.class.getName());
        assertThat(format("%v|%d", List.of(error, 1), List.of(1, error))).isEqualTo("[" + text + " 1]|[1 ]");
        assertThat(format("done", error)).isEqualTo("done%!(EXTRA " + DmException.class.getName() + "=" + text + ")");
    }

    @Test
    void plusVAddsTheStackTraceOfADmException() {
        StackTracePolicy policy = StackTracePolicy.current();
        StackTracePolicy.setCurrent(StackTracePolicy.ALWAYS);
        DmException error;
        try {
            error = dmError(ErrorLevel.HIGH).generate("bad conn");
        } finally {
            StackTracePolicy.setCurrent(policy);
        }
        StackTraceElement[] stack = error.getStackTrace();
        StackTraceElement top = stack[0];

        String printed = format("%+v", error);

        assertThat(printed).startsWith(error.getMessage() + "\n" + top.getClassName() + "." + top.getMethodName()
                + "\n\t" + top.getFileName() + ":" + top.getLineNumber() + "\n");
        assertThat(printed.split("\n", -1)).hasSize(1 + 2 * stack.length);
        assertThat(format("%v|%s", error, error)).isEqualTo(error.getMessage() + "|" + error.getMessage());
        assertThat(format("%+v", dmError(ErrorLevel.LOW).generate("x"))).isEqualTo(dmError(ErrorLevel.LOW)
                .generate("x").getMessage());
    }

    @Test
    void pIsABadVerbForEveryValueReportedOnTheWholeValue() {
        // Go prints an address for these; a Java value has none.
        assertThat(format("%p|%p|%p|%p", List.of(1, 2), new int[] {1, 2}, Map.of("a", 1), new byte[] {1, 2}))
                .isEqualTo("%!p([]interface {}=[1 2])|%!p([]int=[1 2])|%!p(map[interface {}]interface {}=map[a:1])|"
                        + "%!p([]uint8=[1 2])");
        assertThat(format("%5p", List.of(1))).isEqualTo("%!p([]interface {}=[    1])");
        assertThat(format("%p", BigInteger.TEN)).isEqualTo("%!p(*big.Int=10)");
        DmException error = dmError(ErrorLevel.LOW).generate("bad conn");
        assertThat(format("%p", error)).isEqualTo("%!p(" + DmException.class.getName() + "=" + error.getMessage() + ")");
    }

    @Test
    void wReportsTheWholeValueButEachByteOfAByteArray() {
        DmException error = dmError(ErrorLevel.LOW).generate("bad conn");
        String dmType = DmException.class.getName();
        // Go prints the fields of a *big.Int or a DM error here; their text says more.
        assertThat(format("%w|%w|%w", BigInteger.TEN, error, List.of(error)))
                .isEqualTo("%!w(*big.Int=10)|%!w(" + dmType + "=" + error.getMessage() + ")|%!w([]interface {}=["
                        + error.getMessage() + "])");
        assertThat(format("%w", new byte[] {1, 2})).isEqualTo("[%!w(uint8=1) %!w(uint8=2)]");
    }

    private static DmError dmError(ErrorLevel level) {
        return DmError.of(10001, "ErrDBDriverError", ErrorClass.DATABASE, ErrorScope.NOT_SET, level,
                "database driver error: %s", "");
    }

    @Test
    void extraArgumentsArePrintedWithTheirGoTypes() {
        assertThat(format("done", 1, "x", null, List.of(2), new Column(1, "a")))
                .isEqualTo("done%!(EXTRA int=1, string=x, <nil>, []interface {}=[2], " + TEST + "$Column={1 a})");
    }

    @Test
    void formatsDmMydumperMetadataError() {
        assertThat(format("parse mydumper metadata error: %s, metadata: %s", "EOF", "Started dump at: 2020-01-01"))
                .isEqualTo("parse mydumper metadata error: EOF, metadata: Started dump at: 2020-01-01");
    }

    @Test
    void formatsDmUnknownTypeDdlWithFieldNames() {
        assertThat(format("unknown type ddl %+v", new Column(2, "ALTER TABLE t")))
                .isEqualTo("unknown type ddl {position:2 name:ALTER TABLE t}");
    }

    @Test
    void formatsDmErrorWithDetail() {
        List<Object> detail = new ArrayList<>(List.of("row 1", 7L));
        assertThat(format("%s: %v\n detail: %v", "sync", new IllegalArgumentException("bad row"), detail))
                .isEqualTo("sync: bad row\n detail: [row 1 7]");
    }

    @Test
    void formatsDmBinlogEventWithHeaderBytes() {
        byte[] header = {0x5E, 0x00, (byte) 0xFE, 0x0A};
        assertThat(format("binlog event data %s, header % X", "query event", header))
                .isEqualTo("binlog event data query event, header 5E 00 FE 0A");
        assertThat(format("empty schema (% X) or table (% X) or column type (% X)", new byte[0], header, new byte[] {1}))
                .isEqualTo("empty schema () or table (5E 00 FE 0A) or column type (01)");
    }

    @Test
    void formatsDmTypeAndCodeTemplates() {
        assertThat(format("the event should be a PreviousGTIDsEvent in go-mysql, but got %T", new Column(1, "x")))
                .isEqualTo("the event should be a PreviousGTIDsEvent in go-mysql, but got " + TEST + "$Column");
        assertThat(format("expect event with type (%d), but got %+v", 19, Level.HIGH))
                .isEqualTo("expect event with type (19), but got HIGH");
        assertThat(format("%d", 30L)).isEqualTo("30");
    }
}
