package org.sendready.records;

/// Why a record is in the set: the setup step it belongs to.
public enum RecordPurpose {
    /// A/AAAA of the mail host, so receivers can confirm its reverse DNS.
    HOST,
    /// SPF of the mail host's own name, which receivers check when the envelope sender is
    /// empty (bounces) and they fall back to the HELO name (RFC 7208 section 2.3).
    HELO,
    /// Reverse DNS of a sending IP; published by whoever owns the IP block.
    PTR,
    /// Where mail for the domain is delivered.
    MX,
    /// Which servers may send with the domain in the envelope sender.
    SPF,
    /// A DKIM public key under `selector._domainkey`.
    DKIM,
    /// The DMARC policy at `_dmarc`.
    DMARC,
    /// A record of the bounce (Return-Path) domain.
    BOUNCE,
    /// Authorisation for another domain to receive this domain's DMARC reports (RFC 7489 section
    // 7.1).
    REPORT_AUTHORIZATION
}
