package org.sendready.dns;

/// What kind of address an IP is, as far as a mail server's reachability goes.
///
/// From the IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and the RFCs
/// each range cites). Everything outside those ranges is [#PUBLIC].
public enum AddressScope {
    /// A globally routed address: receivers can connect to it and look up its PTR.
    PUBLIC("a public address"),
    /// RFC 1918 (IPv4) and RFC 4193 unique local (IPv6) space, used inside one network.
    PRIVATE("a private range"),
    /// RFC 6598 shared address space, used by carrier-grade NAT.
    SHARED("the carrier-grade NAT range"),
    /// RFC 1122 section 3.2.1.3 and RFC 4291 section 2.5.3: the host itself.
    LOOPBACK("the loopback range"),
    /// RFC 3927 and RFC 4291 section 2.5.6: valid only on one link.
    LINK_LOCAL("the link-local range"),
    /// RFC 5737, RFC 3849 and RFC 9637: reserved for examples in documentation.
    DOCUMENTATION("a range reserved for documentation examples"),
    /// RFC 2544: reserved for benchmarking network devices.
    BENCHMARKING("the benchmarking range"),
    /// RFC 5771 and RFC 4291 section 2.7: group addresses, never a single host.
    MULTICAST("a multicast range"),
    /// RFC 1122 "this network" and RFC 4291 section 2.5.2: no address at all.
    UNSPECIFIED("the unspecified range"),
    /// Other special-purpose space: future use, protocol assignments, discard.
    RESERVED("a reserved range");

    private final String description;

    AddressScope(String description) {
        this.description = description;
    }

    /// How the range is named in a sentence: "a private range".
    public String description() {
        return description;
    }

    /// True only for [#PUBLIC]: receivers on the internet can connect to the address.
    public boolean reachableFromInternet() {
        return this == PUBLIC;
    }
}
