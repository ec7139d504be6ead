package org.sendready.mta;

/// The program that signs outgoing mail for Postfix, through the milter protocol.
public enum SigningFilter {
    /// OpenDKIM; its packages listen on port 8891 in most guides.
    OPENDKIM("OpenDKIM", new MilterSocket.Inet("127.0.0.1", 8891)),
    /// rspamd's proxy worker in milter mode; it listens on localhost:11332 by default.
    RSPAMD("rspamd", new MilterSocket.Inet("localhost", 11332));

    private final String displayName;
    private final MilterSocket defaultSocket;

    SigningFilter(String displayName, MilterSocket defaultSocket) {
        this.displayName = displayName;
        this.defaultSocket = defaultSocket;
    }

    /// The program's name as its documentation writes it.
    public String displayName() {
        return displayName;
    }

    /// Where the program listens unless told otherwise.
    public MilterSocket defaultSocket() {
        return defaultSocket;
    }
}
