package org.sendready.spf;

import java.net.InetAddress;

/// Whether an address lies in a network given by an address and a prefix length (RFC 7208
/// section 5.6, and the CIDR lengths of `a` and `mx`, section 5.3). Addresses of different
/// families never match: an IPv4 client is compared with IPv4 networks only (section 5).
final class AddressMatch {
    private AddressMatch() {}

    static boolean contains(InetAddress network, int prefix, InetAddress ip) {
        var net = network.getAddress();
        var address = ip.getAddress();
        if (net.length != address.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (net[i] != address[i]) {
                return false;
            }
        }
        int bits = prefix % 8;
        if (bits == 0) {
            return true;
        }
        int mask = (0xff << (8 - bits)) & 0xff;
        return (net[whole] & mask) == (address[whole] & mask);
    }
}
