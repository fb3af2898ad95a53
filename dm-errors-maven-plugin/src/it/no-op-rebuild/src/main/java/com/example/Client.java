package com.example;

import com.example.errors.DmErrors;
import io.github.dmerrors.DmException;

/** Uses the generated constants and factories the way application code does. */
public final class Client {
    private Client() {}

    /** Reports a failed query as DM would. */
    public static DmException queryFailed(String sql, Exception cause) {
        return DmErrors.ErrDBQueryFailed.delegate(cause, sql);
    }

    /** A typed factory: the byte[] parameter comes from the % X verb. */
    public static DmException badEvent(byte[] header) {
        return DmErrors.newErrBinlogEventDecode(header);
    }
}
