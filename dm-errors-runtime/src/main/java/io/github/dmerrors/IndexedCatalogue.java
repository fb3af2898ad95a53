package io.github.dmerrors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ErrorCatalogue} behind {@code ErrorCatalogue.of}: codes in an open-addressing table of
 * primitive ints, so a lookup neither boxes nor walks a chain, and names in a hash map.
 *
 * <p>A record, not a class, because the JIT trusts a record's final fields as constants: through
 * the {@code static final} catalogue of a generated class, a lookup then takes the table's arrays
 * and shift as constants, and only the hash, the probe and two array reads are left. Package-private,
 * so that users see only {@link ErrorCatalogue}: build one with {@link #of(List)}. The canonical
 * constructor still checks its invariants, as every record of the project does; it runs once per
 * catalogue, never on a lookup.
 *
 * @param all the errors, in catalogue order
 * @param codes each slot's code, or 0 where the slot is empty (codes are positive)
 * @param errors each slot's error, or null where the slot is empty
 * @param shift how far a code's 32-bit hash moves right to give a slot: 32 less the table's bits
 * @param names the errors by name
 */
record IndexedCatalogue(
        List<DmError> all, int[] codes, DmError[] errors, int shift, Map<String, DmError> names)
        implements ErrorCatalogue {

    /**
     * Checks that the table holds exactly {@code all}, each error where a lookup looks for it, and
     * copies everything.
     *
     * @param all the errors, in catalogue order
     * @param codes each slot's code, or 0 where the slot is empty
     * @param errors each slot's error, or null where the slot is empty
     * @param shift 32 less the number of bits of the table's size
     * @param names the errors by name
     * @throws IllegalArgumentException if the table is not one {@link #of(List)} would build
     */
    IndexedCatalogue {
        all = List.copyOf(all);
        codes = codes.clone();
        errors = errors.clone();
        names = Map.copyOf(names);
        int size = codes.length;
        if (Integer.bitCount(size) != 1 || errors.length != size
                || shift != 32 - Integer.numberOfTrailingZeros(size)
                || all.size() > size / 2 || names.size() != all.size()) {
            throw new IllegalArgumentException("not a table of " + all.size() + " errors");
        }
        int filled = 0;
        for (int slot = 0; slot < size; slot++) {
            DmError error = errors[slot];
            if ((codes[slot] == 0) != (error == null) || error != null && error.code() != codes[slot]) {
                throw new IllegalArgumentException("slot " + slot + " holds code " + codes[slot] + " and " + error);
            }
            filled += error == null ? 0 : 1;
        }
        for (DmError error : all) {
            if (errors[slot(codes, shift, error.code())] != error || names.get(error.name()) != error) {
                throw new IllegalArgumentException(error.name() + " is not where a lookup looks for it");
            }
        }
        if (filled != all.size()) {
            throw new IllegalArgumentException(filled + " slots filled for " + all.size() + " errors");
        }
    }

    /**
     * Indexes {@code errors}.
     *
     * @param errors the errors, in catalogue order
     * @return the catalogue
     * @throws IllegalArgumentException if two errors share a code or a name
     * @throws NullPointerException if {@code errors} or any error is null
     */
    static IndexedCatalogue of(List<DmError> errors) {
        List<DmError> all = List.copyOf(errors);
        // At most half full, so that a probe ends soon at the code or at an empty slot.
        int size = Integer.highestOneBit(Math.max(2, all.size()) * 2 - 1) << 1;
        int shift = 32 - Integer.numberOfTrailingZeros(size);
        int[] codes = new int[size];
        DmError[] table = new DmError[size];
        Map<String, DmError> names = new HashMap<>(all.size() * 2);
        for (DmError error : all) {
            int slot = slot(codes, shift, error.code());
            if (table[slot] != null) {
                throw new IllegalArgumentException("duplicate code " + error.code() + ": "
                        + table[slot].name() + " and " + error.name());
            }
            codes[slot] = error.code();
            table[slot] = error;
            DmError previous = names.putIfAbsent(error.name(), error);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate name " + error.name() + ": codes "
                        + previous.code() + " and " + error.code());
            }
        }
        return new IndexedCatalogue(all, codes, table, shift, names);
    }

    // The slot holding code, or the empty slot where it belongs. Fibonacci hashing spreads DM's
    // clustered codes (10001, 10002, …) over the table's top bits. Only the int table is read while
    // probing: an empty slot holds 0, which no code is, so code 0 itself ends at an empty slot.
    private static int slot(int[] codes, int shift, int code) {
        int mask = codes.length - 1;
        int slot = (code * 0x9E3779B9) >>> shift;
        for (int found = codes[slot]; found != code && found != 0; found = codes[slot]) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    @Override
    public Optional<DmError> byCode(int code) {
        return Optional.ofNullable(errors[slot(codes, shift, code)]);
    }

    @Override
    public Optional<DmError> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(names.get(name));
    }

    /**
     * Returns the table's codes.
     *
     * @return a copy
     */
    @Override
    public int[] codes() {
        return codes.clone();
    }

    /**
     * Returns the table's errors.
     *
     * @return a copy
     */
    @Override
    public DmError[] errors() {
        return errors.clone();
    }

    /**
     * Compares the errors, in order: two catalogues of the same errors are equal.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a catalogue of equal errors in the same order
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof IndexedCatalogue && ((IndexedCatalogue) other).all.equals(all);
    }

    /**
     * Returns the hash code of the errors.
     *
     * @return a hash code consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return all.hashCode();
    }

    /**
     * Returns how many errors the catalogue has, for logs.
     *
     * @return for example {@code ErrorCatalogue[527 errors]}
     */
    @Override
    public String toString() {
        return "ErrorCatalogue[" + all.size() + " errors]";
    }
}
