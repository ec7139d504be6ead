package org.sendready.dnsbl;

import java.net.Inet4Address;
import java.util.Objects;
import org.sendready.dns.IpAddresses;

/// One answer a list gives and what it means, e.g. `127.0.0.4`: listed, "XBL: ...".
///
/// @param answer the A record's address, in 127.0.0.0/8 (RFC 5782 section 2.3)
/// @param kind listed, refused or error
/// @param meaning what the list's documentation says it means, in a sentence
public record ReturnCode(Inet4Address answer, CodeKind kind, String meaning) {

    public ReturnCode {
        Objects.requireNonNull(answer);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(meaning);
        if (!ReturnCodes.isLoopback(answer)) {
            throw new IllegalArgumentException(
                    "a DNSBL return code is in 127.0.0.0/8, not " + answer.getHostAddress());
        }
    }

    /// `127.0.0.4 (XBL: ...)`, as a report shows the code.
    public String describe() {
        return IpAddresses.format(answer) + " (" + meaning + ")";
    }
}
