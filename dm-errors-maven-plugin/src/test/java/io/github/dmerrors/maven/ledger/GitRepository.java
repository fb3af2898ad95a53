package io.github.dmerrors.maven.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throwaway git repository driven through the git command line, as the goal drives it. */
final class GitRepository {
    private final Path directory;

    private GitRepository(Path directory) {
        this.directory = directory;
    }

    static GitRepository init(Path directory) throws IOException, InterruptedException {
        GitRepository repository = new GitRepository(directory);
        repository.git("init", "-q", "-b", "main");
        // Merges commit too, so the repository carries the identity rather than each command.
        repository.git("config", "user.name", "Test");
        repository.git("config", "user.email", "test@example.com");
        repository.git("config", "commit.gpgsign", "false");
        return repository;
    }

    /** A repository that exists already, such as a clone. */
    static GitRepository at(Path directory) {
        return new GitRepository(directory);
    }

    /** Commits every file of the work tree. */
    void commit(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                "commit", "-q", "--allow-empty", "-m", message);
    }

    /** Runs git, which may fail, as a merge that leaves a conflict does; returns its exit code. */
    int run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
