package io.github.dmerrors.internal;

import io.github.dmerrors.DmError;
import io.github.dmerrors.ErrorCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ErrorCatalogue} behind {@code ErrorCatalogue.of}: codes in an open-addressing table of
 * primitive ints, so a lookup neither boxes nor walks a chain, and names in a hash map.
 */
public final class IndexedCatalogue implements ErrorCatalogue {
    private final List<DmError> all;
    private final int[] codes;
    private final DmError[] errors;
    private final int mask;
    private final int shift;
    private final Map<String, DmError> byName;

    /**
     * Indexes {@code errors}.
     *
     * @param errors the errors, in catalogue order
     * @throws IllegalArgumentException if two errors share a code or a name
     */
    public IndexedCatalogue(List<DmError> errors) {
        this.all = List.copyOf(errors);
        int capacity = Integer.highestOneBit(Math.max(2, all.size()) * 2 - 1) << 1;
        this.codes = new int[capacity];
        this.errors = new DmError[capacity];
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
        this.byName = new HashMap<>(all.size() * 2);
        for (DmError error : all) {
            int slot = slot(error.code());
            if (this.errors[slot] != null) {
                throw new IllegalArgumentException("duplicate code " + error.code() + ": "
                        + this.errors[slot].name() + " and " + error.name());
            }
            codes[slot] = error.code();
            this.errors[slot] = error;
            DmError previous = byName.putIfAbsent(error.name(), error);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate name " + error.name() + ": codes "
                        + previous.code() + " and " + error.code());
            }
        }
    }

    // The slot holding code, or the empty slot where it belongs. Fibonacci hashing spreads DM's
    // clustered codes (10001, 10002, …) over the table's top bits; the table is at most half full,
    // so linear probing ends quickly.
    private int slot(int code) {
        int slot = (code * 0x9E3779B9) >>> shift;
        while (errors[slot] != null && codes[slot] != code) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    @Override
    public List<DmError> all() {
        return all;
    }

    @Override
    public Optional<DmError> byCode(int code) {
        return Optional.ofNullable(errors[slot(code)]);
    }

    @Override
    public Optional<DmError> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public String toString() {
        return "ErrorCatalogue[" + all.size() + " errors]";
    }
}
