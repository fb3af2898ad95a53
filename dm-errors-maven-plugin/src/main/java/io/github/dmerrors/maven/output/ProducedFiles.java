package io.github.dmerrors.maven.output;

import java.text.Normalizer;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one run, checked to be writable side by side on any file system before anything is
 * written: no path twice, no path both a file and a directory, and no two paths that differ only in
 * case or Unicode normalisation, which Windows and macOS would store as one file.
 */
final class ProducedFiles {
    /** Folds case like Windows and macOS do, char by char and without a locale. */
    static final Comparator<String> FOLDED = Comparator
            .comparing((String path) -> Normalizer.normalize(path, Normalizer.Form.NFC),
                    String.CASE_INSENSITIVE_ORDER);

    private final SortedMap<String, byte[]> contents;
    private final SortedMap<String, String> hashes;
    private final Map<String, Claim> claims;

    private ProducedFiles(SortedMap<String, byte[]> contents, Map<String, Claim> claims) {
        this.contents = contents;
        this.claims = claims;
        TreeMap<String, String> hashed = new TreeMap<>();
        contents.forEach((path, content) -> hashed.put(path, Sha256.hex(content)));
        this.hashes = Collections.unmodifiableSortedMap(hashed);
    }

    /** Checks {@code files} and indexes them by path; throws if they cannot all be written. */
    static ProducedFiles of(List<GeneratedFile> files) {
        SortedMap<String, byte[]> contents = new TreeMap<>();
        for (GeneratedFile file : files) {
            if (contents.put(file.relativePath(), file.content()) != null) {
                throw new IllegalArgumentException(
                        "generated path given twice: " + file.relativePath());
            }
        }
        // Every file and every directory above one, by folded name. Claiming in sorted order makes
        // the reported pair the same whatever order the caller listed the files in.
        Map<String, Claim> claims = new TreeMap<>(FOLDED);
        for (String path : contents.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                claim(claims, new Claim(path.substring(0, slash), true));
            }
            claim(claims, new Claim(path, false));
        }
        return new ProducedFiles(contents, claims);
    }

    private static void claim(Map<String, Claim> claims, Claim claim) {
        Claim earlier = claims.putIfAbsent(claim.spelling(), claim);
        if (earlier == null || earlier.equals(claim) && claim.directory()) {
            return;
        }
        if (earlier.spelling().equals(claim.spelling())) {
            throw new IllegalArgumentException(
                    "generated path is both a file and a directory: " + claim.spelling());
        }
        throw new IllegalArgumentException("generated paths differ only in case or Unicode"
                + " normalisation, which Windows and macOS store as one file: " + earlier.spelling()
                + " and " + claim.spelling());
    }

    /** Returns the SHA-256 of each file by path, sorted by path. */
    SortedMap<String, String> hashes() {
        return hashes;
    }

    /** Returns the bytes of the file at {@code path}; the caller must not change them. */
    byte[] content(String path) {
        return contents.get(path);
    }

    /** Tells whether this run produces {@code path}. */
    boolean contains(String path) {
        return contents.containsKey(path);
    }

    /** Returns the produced file whose path differs from {@code path} only in case, if any. */
    Optional<String> caseTwin(String path) {
        return Optional.ofNullable(claims.get(path))
                .filter(claim -> !claim.directory() && !claim.spelling().equals(path))
                .map(Claim::spelling);
    }

    /** A file or directory name some produced file needs, as the generator spelled it. */
    private record Claim(String spelling, boolean directory) {}
}
