package io.github.dmerrors.maven.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a file as a git revision holds it, and finds where a branch forked, with the {@code git}
 * command line: no library, and the user's own git, configuration and credentials. The file is
 * named relative to its directory ({@code <commit>:./<name>}), so that it works from any directory
 * of the work tree.
 */
final class GitReader {
    private GitReader() {}

    /**
     * Returns the commit that {@code ref} names, in the repository of {@code file}.
     *
     * @throws GitException if git cannot run, {@code file} is not in a git work tree, or {@code ref}
     *     names no commit
     * @throws IOException if reading git's output fails
     */
    static String commit(Path file, String ref) throws GitException, IOException {
        Path directory = directory(file);
        Result commit = run(directory, List.of("git", "rev-parse", "--verify", "--quiet", ref + "^{commit}"));
        if (commit.exitCode() != 0) {
            if (commit.error().contains("not a git repository")) {
                throw new GitException("cannot compare with " + ref + ": " + directory
                        + " is not in a git repository");
            }
            throw new GitException("cannot compare with " + ref + ": no such commit in the repository of "
                    + directory + "; fetch it first (for example git fetch origin)" + detail(commit));
        }
        return commit.text();
    }

    /**
     * Returns where {@code HEAD} forked from {@code commit} ({@code git merge-base}): the last commit
     * both have. {@code commit} itself when {@code HEAD} contains it.
     *
     * @param ref the name {@code commit} was given, for messages
     * @throws GitException if there is no such commit, which a shallow clone hides: the message
     *     says which fetch brings the history
     * @throws IOException if reading git's output fails
     */
    static String forkPoint(Path file, String ref, String commit) throws GitException, IOException {
        Path directory = directory(file);
        Result base = run(directory, List.of("git", "merge-base", "HEAD", commit));
        if (base.exitCode() == 0) {
            return base.text();
        }
        Result shallow = run(directory, List.of("git", "rev-parse", "--is-shallow-repository"));
        if (shallow.text().equals("true")) {
            throw new GitException("cannot find where HEAD forked from " + ref + ": the clone is shallow;"
                    + " fetch the history first (git fetch --unshallow, or fetch-depth: 0 for"
                    + " actions/checkout)");
        }
        throw new GitException("cannot find where HEAD forked from " + ref + ": they have no commit in"
                + " common" + detail(base));
    }

    /**
     * Returns the bytes of {@code file} in {@code commit}, or empty if that commit has no such file
     * (the file is new since then).
     *
     * @throws GitException if git cannot show it
     * @throws IOException if reading git's output fails
     */
    static Optional<byte[]> show(Path file, String commit) throws GitException, IOException {
        Path directory = directory(file);
        String blob = commit + ":./" + file.getFileName();
        if (run(directory, List.of("git", "cat-file", "-e", blob)).exitCode() != 0) {
            return Optional.empty();
        }
        Result shown = run(directory, List.of("git", "show", blob));
        if (shown.exitCode() != 0) {
            throw new GitException("git show " + blob + " failed" + detail(shown));
        }
        return Optional.of(shown.output());
    }

    private static Path directory(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    private static String detail(Result result) {
        String error = result.error().strip();
        return error.isEmpty() ? "" : ": " + error.lines().findFirst().orElse("");
    }

    private static Result run(Path directory, List<String> command) throws GitException, IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitException("cannot run git, which comparing with a base revision needs: "
                    + e.getMessage(), e);
        }
        process.getOutputStream().close();
        // Read concurrently, so that neither stream can fill its pipe and stall git.
        CompletableFuture<byte[]> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] output = process.getInputStream().readAllBytes();
        try {
            int exitCode = process.waitFor();
            return new Result(exitCode, output, new String(error.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new InterruptedIOException("interrupted while waiting for " + String.join(" ", command));
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exitCode, byte[] output, String error) {
        /** Returns the output as one line of text, such as a commit id. */
        String text() {
            return new String(output, StandardCharsets.UTF_8).strip();
        }
    }
}
