package org.sendready.bounce;

import java.util.Locale;

/// Whether a recipient goes on the suppression list, and if not, why not.
public enum SuppressionDecision {
    /// A hard bounce for the address, verified when a key was given: stop sending to it.
    SUPPRESS("suppressed: the address does not take mail"),
    /// Soft, auto-reply or unknown: the address may still take mail.
    NOT_PERMANENT("kept: not a permanent failure of the address"),
    /// The receiver refused because of the sender's setup; the address is fine.
    OWN_SETUP("kept: the cause is our own setup, fix the named step"),
    /// A key was given, but the bounce has no valid token made for this recipient: it may be
    /// forged, replayed, or about mail we did not send.
    NOT_VERIFIED("kept: no valid Return-Path token for this recipient"),
    /// The bounce names no recipient address.
    NO_ADDRESS("kept: the bounce names no recipient");

    private final String description;

    SuppressionDecision(String description) {
        this.description = description;
    }

    /// One line for reports.
    public String description() {
        return description;
    }

    /// The lower-case id used in JSON (`suppress`, `own-setup`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
