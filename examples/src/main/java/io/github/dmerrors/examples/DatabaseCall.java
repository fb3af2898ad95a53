package io.github.dmerrors.examples;

import java.sql.SQLException;

/**
 * One call to the database, such as a JDBC query.
 *
 * @param <T> what the call returns
 */
@FunctionalInterface
public interface DatabaseCall<T> {
    /**
     * Makes the call.
     *
     * @return its result
     * @throws SQLException if the driver reports a failure
     */
    T call() throws SQLException;
}
