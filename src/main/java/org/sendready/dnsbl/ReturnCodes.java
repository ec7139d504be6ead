package org.sendready.dnsbl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// How one list's answers read: codes matched exactly, and for bitmask lists (SURBL, URIBL)
/// the meaning of each bit of the last octet.
///
/// An answer is looked up exactly first. A bitmask list answers `127.0.0.N` where each set bit
/// of N is one sub-list ("127.0.0.80 means a record is on both MW and ABUSE (16 + 64)", SURBL's
/// list documentation); the octets between the first and the last are "reserved for future use
/// and should be ignored" there, so bits are read from the last octet of any 127/8 answer. An
/// answer matching neither, or with a bit the table does not know, is not explained: the
/// reader reports it as unexpected rather than guessing.
///
/// @param exact codes matched by the whole address
/// @param bits meanings of single bits of the last octet; empty for lists that answer codes
public record ReturnCodes(List<ReturnCode> exact, List<Bit> bits) {

    /// One bit of a bitmask list's last octet: always a listing on one sub-list.
    ///
    /// @param value the bit's value, a power of two from 1 to 128
    /// @param meaning the sub-list it stands for
    public record Bit(int value, String meaning) {
        public Bit {
            Objects.requireNonNull(meaning);
            if (value < 1 || value > LAST_OCTET_BITS || Integer.bitCount(value) != 1) {
                throw new IllegalArgumentException("not a bit of an octet: " + value);
            }
        }
    }

    /// The highest bit of an octet.
    private static final int LAST_OCTET_BITS = 128;

    /// RFC 5782 section 2.3: list entries are A records in 127.0.0.0/8.
    private static final int LOOPBACK_FIRST_OCTET = 127;

    public ReturnCodes {
        exact = List.copyOf(exact);
        bits = List.copyOf(bits);
        var answers = new HashSet<InetAddress>();
        for (var code : exact) {
            if (!answers.add(code.answer())) {
                throw new IllegalArgumentException(
                        "return code " + code.answer().getHostAddress() + " appears twice");
            }
        }
        var values = new HashSet<Integer>();
        for (var bit : bits) {
            if (!values.add(bit.value())) {
                throw new IllegalArgumentException("bit " + bit.value() + " appears twice");
            }
        }
        if (exact.isEmpty() && bits.isEmpty()) {
            throw new IllegalArgumentException("a list needs at least one return code");
        }
    }

    /// RFC 5782 section 2.3's conventional entry: `127.0.0.2` means listed. For a configured
    /// list whose documentation says no more.
    public static ReturnCodes rfc5782() {
        return new ReturnCodes(
                List.of(new ReturnCode(address(127, 0, 0, 2), CodeKind.LISTED, "listed")),
                List.of());
    }

    /// What `answer` means: one code when it matches exactly, one per set bit for a bitmask
    /// list, empty when the table does not explain it (a code the list added since, or an
    /// address a resolver made up).
    public List<ReturnCode> meaningsOf(Inet4Address answer) {
        var found = exact.stream().filter(code -> code.answer().equals(answer)).findFirst();
        if (found.isPresent()) {
            return List.of(found.get());
        }
        if (bits.isEmpty() || !isLoopback(answer)) {
            return List.of();
        }
        int last = answer.getAddress()[3] & 0xff;
        var meanings = new ArrayList<ReturnCode>();
        for (int value = 1; value <= LAST_OCTET_BITS; value <<= 1) {
            if ((last & value) == 0) {
                continue;
            }
            var bit = bit(value);
            if (bit.isEmpty()) {
                return List.of();
            }
            meanings.add(new ReturnCode(answer, CodeKind.LISTED, bit.get().meaning()));
        }
        return List.copyOf(meanings);
    }

    private Optional<Bit> bit(int value) {
        return bits.stream().filter(b -> b.value() == value).findFirst();
    }

    /// True for an address in 127.0.0.0/8, where every DNSBL answer lies (RFC 5782 section
    /// 2.3); anything else came from somewhere else, typically a resolver that rewrites
    /// NXDOMAIN into an address of its own.
    public static boolean isLoopback(Inet4Address address) {
        return (address.getAddress()[0] & 0xff) == LOOPBACK_FIRST_OCTET;
    }

    /// The IPv4 address of four octets, for tables written in code.
    static Inet4Address address(int a, int b, int c, int d) {
        try {
            return (Inet4Address)
                    InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four octets are always an address", e);
        }
    }
}
