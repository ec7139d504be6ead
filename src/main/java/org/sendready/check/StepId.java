package org.sendready.check;

import java.util.Locale;

/// The setup steps that have a live check, in the order a board lists them.
public enum StepId {
    /// The mail host's A/AAAA records equal the plan's addresses.
    HOST,
    /// Each sending IP has a forward-confirmed PTR naming the host.
    PTR,
    /// MX records of the domain (and the bounce domain) resolve.
    MX,
    /// One valid SPF record that passes every sending IP.
    SPF,
    /// Each selector publishes the plan's key.
    DKIM,
    /// One valid DMARC record at least as strict as the plan's.
    DMARC,
    /// The HELO host name has an SPF record of its own.
    HELO,
    /// The bounce (Return-Path) domain has its MX and SPF.
    BOUNCE,
    /// No blocklist lists a sending IP or the domain. Last, and only on request
    /// (docs/decisions/0003): it asks third parties, not the admin's own DNS.
    DNSBL;

    /// The lower-case id used on the command line and in JSON (`host`, `ptr`, ...).
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
