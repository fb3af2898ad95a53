package io.github.dmerrors.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders map entries as Go's {@code fmt} prints them: nil first, then numbers by value, strings
 * by code point (Go compares their UTF-8 bytes), false before true. Go orders keys of different
 * types by an address, so here keys that are not all of one mutually comparable class keep the
 * map's iteration order.
 */
final class MapKeyOrder {
    private MapKeyOrder() {}

    /**
     * A snapshot of one entry; unlike {@code Map.entry}, key and value may be null.
     *
     * @param key the key
     * @param value the value
     */
    record Entry(Object key, Object value) {}

    /**
     * Returns the map's entries in Go's print order.
     *
     * @param map the map
     * @return a snapshot of its entries, sorted when Go's order is defined for its keys
     */
    static List<Entry> entries(Map<?, ?> map) {
        List<Entry> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            entries.add(new Entry(entry.getKey(), entry.getValue()));
        }
        Comparator<Object> order = order(entries);
        if (order != null) {
            List<Entry> sorted = new ArrayList<>(entries);
            try {
                sorted.sort((a, b) -> order.compare(a.key(), b.key()));
                return sorted;
            } catch (RuntimeException inconsistentCompareTo) {
                // A compareTo that throws or breaks its contract: keep the iteration order.
            }
        }
        return entries;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> order(List<Entry> entries) {
        Class<?> keyClass = null;
        for (Entry entry : entries) {
            if (entry.key() == null) {
                continue;
            }
            if (keyClass == null) {
                keyClass = entry.key().getClass();
            } else if (keyClass != entry.key().getClass()) {
                return null;
            }
        }
        Comparator<Object> byValue;
        if (keyClass == null) {
            return null;
        } else if (keyClass == String.class || keyClass == Character.class) {
            byValue = (a, b) -> compareCodePoints(a.toString(), b.toString());
        } else if (keyClass == Double.class || keyClass == Float.class) {
            byValue = (a, b) -> compareFloats(((Number) a).doubleValue(), ((Number) b).doubleValue());
        } else if (Comparable.class.isAssignableFrom(keyClass)) {
            byValue = (a, b) -> ((Comparable) a).compareTo(b);
        } else {
            return null;
        }
        return Comparator.nullsFirst(byValue);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    // Go puts NaN first; unlike Go, two NaNs compare equal, to keep the sort's contract.
    private static int compareFloats(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Boolean.compare(!Double.isNaN(a), !Double.isNaN(b));
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
