package org.sendready.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// The inputs of check_host() as an SMTP server sees them (RFC 7208 section 4.1): the client's
/// IP address, the MAIL FROM address (empty for the null sender `<>`) and the HELO/EHLO name.
///
/// The two identities are kept exactly as the client sent them: a malformed one is no input
/// error but an SPF outcome (`none`, section 4.3), which the evaluator decides.
///
/// @param ip the SMTP client's address; an IPv4-mapped IPv6 address is held as the IPv4
///     address it maps (section 5: such a client MUST be treated as IPv4)
/// @param mailFrom the MAIL FROM address without angle brackets, empty for the null sender
/// @param helo the HELO/EHLO name, empty when unknown
public record SpfRequest(InetAddress ip, String mailFrom, String helo) {

    /// RFC 7208 section 4.3: the local-part used when the sender has none, and with the null
    /// sender (section 2.4: `postmaster@` the HELO name).
    public static final String POSTMASTER = "postmaster";

    public SpfRequest {
        ip = ipv4IfMapped(Objects.requireNonNull(ip, "ip"));
        Objects.requireNonNull(mailFrom, "mailFrom");
        Objects.requireNonNull(helo, "helo");
    }

    /// Parses a MAIL FROM address a user typed (not what an SMTP client sent, which is taken
    /// as is): `alice@example.com`, or empty or `<>` for the null sender; angle brackets
    /// around an address are dropped. The part after the last `@` must be a domain name.
    public static String parseMailFrom(String userText, String field) {
        var text = userText == null ? "" : userText.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20 || text.charAt(i) == 0x7f) {
                throw new InvalidInput(
                        field,
                        "'"
                                + text
                                + "' contains a control character; expected e.g."
                                + " alice@example.com");
            }
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidInput(
                    field,
                    "'"
                            + text
                            + "' has no '@'; expected an address such as alice@"
                            + text
                            + ", or '' for the null sender");
        }
        try {
            DomainName.parse(text.substring(at + 1), field);
        } catch (InvalidInput e) {
            throw new InvalidInput(
                    field, "the domain of '" + text + "' is not valid: " + e.reason(), e);
        }
        return text;
    }

    /// True when MAIL FROM is empty, so the HELO identity is checked (RFC 7208 section 2.4).
    public boolean nullSender() {
        return mailFrom.isEmpty();
    }

    /// The `<domain>` checked first: the domain of [#sender()] (RFC 7208 section 4.1).
    public String domain() {
        if (nullSender()) {
            return helo;
        }
        int at = mailFrom.lastIndexOf('@');
        return at < 0 ? mailFrom : mailFrom.substring(at + 1);
    }

    /// The local-part of [#sender()]: `postmaster` when MAIL FROM is empty (section 2.4) or
    /// has no local-part (section 4.3).
    public String localPart() {
        int at = mailFrom.lastIndexOf('@');
        return at <= 0 ? POSTMASTER : mailFrom.substring(0, at);
    }

    /// `<sender>` of RFC 7208 section 4.1: the MAIL FROM address, or `postmaster@` the HELO
    /// name for the null sender; always local-part `@` domain.
    public String sender() {
        return localPart() + "@" + domain();
    }

    private static InetAddress ipv4IfMapped(InetAddress ip) {
        if (ip instanceof Inet6Address v6) {
            var bytes = v6.getAddress();
            boolean mapped =
                    Arrays.equals(bytes, 0, 10, new byte[10], 0, 10)
                            && bytes[10] == (byte) 0xff
                            && bytes[11] == (byte) 0xff;
            if (mapped) {
                return IpLiteral.ip4(Arrays.copyOfRange(bytes, 12, 16));
            }
        }
        return ip;
    }

    /// True for an IPv4 client (after mapping), which `a`, `mx` and `ptr` check with A records.
    boolean ipv4() {
        return ip instanceof Inet4Address;
    }
}
