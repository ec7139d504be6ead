package org.sendready.logs;

/// Delivery attempts by enhanced status code (RFC 3463), "" when the line had none.
public record CodeCount(String dsn, long sent, long deferred, long bounced) {
    public long total() {
        return sent + deferred + bounced;
    }
}
