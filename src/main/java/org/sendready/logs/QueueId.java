package org.sendready.logs;

import java.nio.charset.StandardCharsets;

/// Where a Postfix queue id ends.
///
/// Short ids are upper-case hex (`4BC2A1F3D2`); long ids (`enable_long_queue_ids`,
/// postconf(5)) mix digits and both cases (`4Xq5Vg0Gm1z9vKX`). Words such as `warning`,
/// `connect` or `NOQUEUE` stand in the same place and are not ids.
final class QueueId {
    private QueueId() {}

    /// Shortest id accepted: a short id is the microseconds (5 hex digits) followed by the
    /// queue file's inode number in hex, so it has at least 6 characters.
    static final int MIN_LENGTH = 6;

    /// Longer tokens are not ids (a long id is at most about 17 characters).
    static final int MAX_LENGTH = 32;

    /// The index after the id starting at `pos`, or -1 when the token there is not an id.
    static int end(byte[] b, int pos, int end) {
        int i = pos;
        boolean nonLower = false;
        while (i < end) {
            byte c = b[i];
            if (c >= 'a' && c <= 'z') {
                i++;
            } else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                nonLower = true;
                i++;
            } else {
                break;
            }
        }
        int length = i - pos;
        if (length < MIN_LENGTH || length > MAX_LENGTH || !nonLower) {
            return -1;
        }
        if (length == 7 && PostfixLineParser.startsWith(b, pos, i, NOQUEUE)) {
            return -1;
        }
        return i;
    }

    private static final byte[] NOQUEUE = "NOQUEUE".getBytes(StandardCharsets.US_ASCII);
}
