package org.sendready.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;

/// Expands macro-strings (RFC 7208 section 7) with the values of one check.
///
/// Pure apart from `%{p}`, whose DNS work the caller supplies, and `%{t}`, read from the
/// clock. Thread-safe, so the prefetcher can expand domain-specs from DNS callbacks.
final class MacroExpander {

    /// RFC 7208 section 7.3: URL escaping leaves RFC 3986's unreserved characters as they are.
    private static final String UNRESERVED_MARKS = "-._~";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final SpfRequest request;
    private final String receiver;
    private final Clock clock;

    MacroExpander(SpfRequest request, String receiver, Clock clock) {
        this.request = Objects.requireNonNull(request);
        this.receiver = Objects.requireNonNull(receiver);
        this.clock = Objects.requireNonNull(clock);
    }

    /// True when expanding `macro` needs DNS: it uses `%{p}` (section 7.2).
    static boolean needsDns(MacroString macro) {
        return macro.expansions().anyMatch(e -> e.letter() == MacroLetter.VALIDATED_NAME);
    }

    /// The text of `macro` while `domain` is being checked (`%{d}`); `validatedName` gives
    /// `%{p}` and is called only if the macro uses it.
    String expand(MacroString macro, DomainName domain, Supplier<String> validatedName) {
        var text = new StringBuilder();
        for (var part : macro.parts()) {
            switch (part) {
                case MacroString.Literal literal -> text.append(literal.text());
                case MacroString.Escape escape -> text.append(escape.expansion());
                case MacroString.Expand expand -> {
                    var value = transform(expand, value(expand.letter(), domain, validatedName));
                    text.append(expand.urlEscape() ? urlEscape(value) : value);
                }
            }
        }
        return text.toString();
    }

    /// The value of a macro letter (RFC 7208 section 7.2).
    private String value(MacroLetter letter, DomainName domain, Supplier<String> validatedName) {
        return switch (letter) {
            case SENDER -> request.sender();
            case LOCAL_PART -> request.localPart();
            case SENDER_DOMAIN -> request.domain();
            case DOMAIN -> domain.ascii();
            case IP -> dotted(request.ip());
            case VALIDATED_NAME -> validatedName.get();
            case IP_VERSION -> request.ipv4() ? "in-addr" : "ip6";
            case HELO -> request.helo();
            case CLIENT_IP -> readable(request.ip());
            case RECEIVER -> receiver;
            case TIMESTAMP -> Long.toString(clock.instant().getEpochSecond());
        };
    }

    /// RFC 7208 section 7.3: split on the delimiters (default `.`), reverse with `r`, keep
    /// the rightmost DIGIT parts, and join with `.`. Without transformers or delimiters the
    /// value stays as it is.
    static String transform(MacroString.Expand expand, String value) {
        if (expand.keep() == 0 && !expand.reverse() && expand.delimiters().isEmpty()) {
            return value;
        }
        var delimiters = expand.delimiters().isEmpty() ? "." : expand.delimiters();
        var parts = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || delimiters.indexOf(value.charAt(i)) >= 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        if (expand.reverse()) {
            Collections.reverse(parts);
        }
        List<String> kept =
                expand.keep() > 0 && expand.keep() < parts.size()
                        ? parts.subList(parts.size() - expand.keep(), parts.size())
                        : parts;
        return String.join(".", kept);
    }

    /// RFC 7208 section 7.3: an upper-case macro letter URL-escapes its value, every octet
    /// (UTF-8) outside RFC 3986's unreserved set as `%XX`.
    static String urlEscape(String value) {
        var text = new StringBuilder(value.length() * 3);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || UNRESERVED_MARKS.indexOf(c) >= 0;
            if (unreserved) {
                text.append(c);
            } else {
                text.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return text.toString();
    }

    /// `%{i}` (RFC 7208 section 7.3): dotted-quad for IPv4, 32 dot-separated lower-case
    /// nibbles for IPv6 (the section 7.4 example `1.0.b.c.0.0...`, unreversed).
    static String dotted(InetAddress ip) {
        var bytes = ip.getAddress();
        var parts = new ArrayList<String>(bytes.length * 2);
        for (byte b : bytes) {
            if (ip instanceof Inet4Address) {
                parts.add(Integer.toString(b & 0xff));
            } else {
                parts.add(Character.toString(Character.forDigit((b >> 4) & 0xf, 16)));
                parts.add(Character.toString(Character.forDigit(b & 0xf, 16)));
            }
        }
        return String.join(".", parts);
    }

    /// `%{c}` (RFC 7208 section 7.3): dotted-quad for IPv4, RFC 5952 text for IPv6.
    static String readable(InetAddress ip) {
        return ip instanceof Inet6Address ? IpAddresses.format(ip) : ip.getHostAddress();
    }
}
