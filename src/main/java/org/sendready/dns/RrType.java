package org.sendready.dns;

import java.util.Optional;

/// The resource record types sendready reads, with their IANA type codes (RFC 1035 section
/// 3.2.2, RFC 3596 for AAAA, RFC 4408 section 3.1.1 for the retired SPF type).
public enum RrType {
    A(1),
    NS(2),
    CNAME(5),
    SOA(6),
    PTR(12),
    MX(15),
    TXT(16),
    AAAA(28),
    /// RFC 7208 section 14.1: type 99 is obsolete; still read so a check can say so.
    SPF(99);

    private final int code;

    RrType(int code) {
        this.code = code;
    }

    /// The type code on the wire.
    public int code() {
        return code;
    }

    /// The type for a wire code, if sendready knows it.
    public static Optional<RrType> ofCode(int code) {
        for (var type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
