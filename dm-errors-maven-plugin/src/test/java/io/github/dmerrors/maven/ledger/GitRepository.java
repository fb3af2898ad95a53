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
        return repository;
    }

    /** Commits every file of the work tree. */
    void commit(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                "commit", "-q", "--allow-empty", "-m", message);
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
