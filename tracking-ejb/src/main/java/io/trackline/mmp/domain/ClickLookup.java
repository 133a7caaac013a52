package io.trackline.mmp.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The clicks attribution looks for, a batch at a time, on the connection of the caller's transaction. */
public interface ClickLookup {

    /** A click as attribution needs it. */
    record ClickRow(long id, String publicId, String publisher, String campaign, String fingerprint,
                    Instant clickedAt) {
    }

    List<ClickRow> byPublicIds(Connection connection, long appId, Collection<String> publicIds)
            throws SQLException;

    /** The clicks since {@code since} of visitors with these fingerprints. */
    List<ClickRow> byFingerprints(Connection connection, long appId, Collection<String> fingerprints,
                                  Instant since) throws SQLException;
}
