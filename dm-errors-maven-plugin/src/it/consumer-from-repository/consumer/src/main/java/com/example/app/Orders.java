package com.example.app;

import com.example.errors.DmErrors;
import io.github.dmerrors.DmException;

/** Uses the generated constants and typed factories of the consumer's own error class. */
public final class Orders {
    private Orders() {
    }

    /** Fails an order the way the catalogue describes it. */
    public static DmException reject(long order, String reason) {
        return DmErrors.newErrOrderRejected(order, reason);
    }
}
