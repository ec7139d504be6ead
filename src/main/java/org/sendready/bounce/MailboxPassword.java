package org.sendready.bounce;

import java.util.Arrays;

/// A mailbox password, held in memory only: never written to disk, never in `toString()`.
/// [#clear] overwrites it once the connection no longer needs it.
public final class MailboxPassword {
    private final char[] secret;

    public MailboxPassword(char[] secret) {
        this.secret = secret.clone();
    }

    /// The password as Jakarta Mail's `connect` takes it.
    String reveal() {
        return new String(secret);
    }

    public boolean isEmpty() {
        return secret.length == 0;
    }

    /// Overwrites the password in memory.
    public void clear() {
        Arrays.fill(secret, '\0');
    }

    @Override
    public String toString() {
        return "MailboxPassword[secret]";
    }
}
