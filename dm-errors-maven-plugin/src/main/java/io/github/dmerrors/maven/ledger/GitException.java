package io.github.dmerrors.maven.ledger;

/**
 * A base revision could not be read: git is missing, the directory is not in a repository, the
 * ref does not exist, or a shallow clone hides where the branch forked from it. The message says
 * which, and what to do, in one sentence.
 */
public final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
        super(message);
    }

    GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
