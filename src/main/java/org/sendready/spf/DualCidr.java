package org.sendready.spf;

/// The prefix lengths of an `a` or `mx` mechanism (RFC 7208 section 5.6 `dual-cidr-length`):
/// one for the IPv4 addresses it finds, one for the IPv6 addresses. `a:example.com/24//64`
/// has 24 and 64.
public record DualCidr(int ip4Prefix, int ip6Prefix) {

    /// RFC 7208 section 5.6: an IPv4 prefix length is at most 32, the default.
    public static final int MAX_IP4_PREFIX = 32;

    /// RFC 7208 section 5.6: an IPv6 prefix length is at most 128, the default.
    public static final int MAX_IP6_PREFIX = 128;

    /// Both lengths at their default: the mechanism matches exact addresses only.
    public static final DualCidr DEFAULT = new DualCidr(MAX_IP4_PREFIX, MAX_IP6_PREFIX);

    public DualCidr {
        if (ip4Prefix < 0 || ip4Prefix > MAX_IP4_PREFIX) {
            throw new IllegalArgumentException("IPv4 prefix length " + ip4Prefix + " is not 0-32");
        }
        if (ip6Prefix < 0 || ip6Prefix > MAX_IP6_PREFIX) {
            throw new IllegalArgumentException("IPv6 prefix length " + ip6Prefix + " is not 0-128");
        }
    }

    /// True when neither length differs from its default.
    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /// The canonical text: lengths written only when not default, `/24`, `//64`, `/24//64`.
    public String format() {
        var text = new StringBuilder();
        if (ip4Prefix != MAX_IP4_PREFIX) {
            text.append('/').append(ip4Prefix);
        }
        if (ip6Prefix != MAX_IP6_PREFIX) {
            text.append("//").append(ip6Prefix);
        }
        return text.toString();
    }
}
