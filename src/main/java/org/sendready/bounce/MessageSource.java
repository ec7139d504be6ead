package org.sendready.bounce;

/// Where returned messages come from: files (`.eml`, mbox, Maildir) or a mailbox on a POP3 or
/// IMAP server. A source hands each message to a [MessageHandler]; a server source then
/// deletes or moves the messages the handler took, when (and only when) it was asked to.
///
/// Reading stops early when the thread is interrupted (a cancelled wizard task).
public interface MessageSource {

    /// Hands every message to `handler`, in the source's order.
    void read(MessageHandler handler);

    /// Receives one message at a time.
    @FunctionalInterface
    interface MessageHandler {
        /// Handles one message; `source` names it for reports (a file, `mbox#3`, `INBOX #12`).
        /// Returns whether the message was recognised (a bounce or an auto-reply), which makes
        /// it eligible for deletion or moving.
        boolean handle(String source, byte[] message);
    }
}
