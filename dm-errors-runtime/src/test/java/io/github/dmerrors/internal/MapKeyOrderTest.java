package io.github.dmerrors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapKeyOrderTest {

    private record Touchy(int rank) implements Comparable<Touchy> {
        @Override
        public int compareTo(Touchy other) {
            throw new IllegalStateException("not comparable today");
        }
    }

    private static List<Object> keys(Map<?, ?> map) {
        return MapKeyOrder.entries(map).stream().map(MapKeyOrder.Entry::key).toList();
    }

    @Test
    void sortsStringsByCodePointAsGoSortsTheirBytes() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("\uD83D\uDE00", 1);
        map.put("\uFFFF", 2);
        map.put("z", 3);
        // UTF-16 order would put the surrogate pair before U+FFFF.
        assertThat(keys(map)).containsExactly("z", "\uFFFF", "\uD83D\uDE00");
    }

    @Test
    void putsNilFirstAndNaNBeforeOtherFloats() {
        Map<Object, Object> map = new HashMap<>();
        map.put(1.5, "a");
        map.put(Double.NaN, "b");
        map.put(-3.0, "c");
        map.put(null, "d");
        assertThat(keys(map)).containsExactly(null, Double.NaN, -3.0, 1.5);
    }

    @Test
    void sortsFalseBeforeTrue() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(true, 1);
        map.put(false, 0);
        assertThat(keys(map)).containsExactly(false, true);
    }

    @Test
    void keepsIterationOrderForKeysOfDifferentClasses() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(2, "int");
        map.put(1L, "int64");
        map.put("0", "string");
        assertThat(keys(map)).containsExactly(2, 1L, "0");
    }

    @Test
    void keepsIterationOrderWhenCompareToThrows() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(new Touchy(2), "b");
        map.put(new Touchy(1), "a");
        assertThat(keys(map)).containsExactly(new Touchy(2), new Touchy(1));
    }

    @Test
    void keepsNullValues() {
        Map<Object, Object> map = new HashMap<>();
        map.put("k", null);
        assertThat(MapKeyOrder.entries(map)).containsExactly(new MapKeyOrder.Entry("k", null));
    }
}
