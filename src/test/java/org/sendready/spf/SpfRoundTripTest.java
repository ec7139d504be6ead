package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/// STYLE.md section 4: `format(parse(x))` is canonical and `parse(format(r)) == r`, over a table
/// of real-world shaped records and over records generated from the model.
class SpfRoundTripTest {
    private static final int GENERATED = 500;

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a hosted mail provider
                "v=spf1 include:_spf.google.com ~all",
                // another provider, hard fail
                "v=spf1 include:spf.protection.outlook.com -all",
                // own servers by address and by name
                "v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.123 a -all",
                // own MX and a provider
                "v=spf1 a mx include:_spf.example.com ~all",
                // delegation only
                "v=spf1 redirect=_spf.example.com",
                // a domain that sends no mail
                "v=spf1 -all",
                // per-address macro lookup
                "v=spf1 exists:%{i}._spf.example.com -all",
                // dual CIDR on a and mx
                "v=spf1 mx:mail.example.com/28 a:out.example.com//64 -all",
                // mixed families and several providers
                "v=spf1 ip6:2001:db8:1234::/48 ip4:203.0.113.0/24 include:mailgun.org"
                        + " include:sendgrid.net ~all",
                // a qualified include with a macro
                "v=spf1 -include:_spfh.%{d2} ip4:1.2.3.0/24 -all",
                // ptr with a domain, neutral all, explanation
                "v=spf1 ptr:example.com ?all exp=explain.example.com",
                // unknown modifiers and escapes
                "v=spf1 a:macro%%percent%_space%-url.example.com note=%{l}%% -all",
                // not canonical: upper case, '+', explicit default CIDR, extra spaces
                "V=SPF1  +A:Example.COM/32//128   IP6:2001:0DB8:0:0:0:0:0:1/128 ~ALL  ",
            })
    void formatOfParse_isCanonicalAndStable(String text) {
        var record = SpfParser.parse(text);
        var canonical = record.format();
        assertThat(SpfParser.parse(canonical)).isEqualTo(record);
        assertThat(SpfParser.parse(canonical).format()).isEqualTo(canonical);
        assertThat(canonical).doesNotContain("  ").doesNotEndWith(" ").startsWith("v=spf1");
    }

    static Stream<SpfRecord> generatedRecords() {
        var random = new Random(7208);
        return IntStream.range(0, GENERATED).mapToObj(i -> new Generator(random).record());
    }

    @ParameterizedTest
    @MethodSource("generatedRecords")
    void parseOfFormat_isIdentity_forGeneratedRecords(SpfRecord record) {
        var text = record.format();
        var parsed = SpfParser.parse(text);
        assertThat(parsed).isEqualTo(record);
        assertThat(parsed.format()).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("generatedRecords")
    void parse_givesTheSameRecord_forNoisyButEquivalentSpelling(SpfRecord record) {
        var noisy = new NoisyWriter(new Random(record.hashCode())).write(record);
        assertThat(SpfParser.parse(noisy)).as(noisy).isEqualTo(record);
        assertThat(SpfParser.parse(noisy).format()).isEqualTo(record.format());
    }

    /// Builds random valid records from the model.
    private record Generator(Random random) {
        private static final String LABEL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_/:";
        private static final List<String> TOP_LABELS =
                List.of("com", "example", "org", "xn--zckzah", "co", "A1", "123-4");
        private static final List<MacroLetter> DOMAIN_LETTERS =
                List.of(MacroLetter.values()).stream().filter(l -> !l.explanationOnly()).toList();

        SpfRecord record() {
            var terms = new ArrayList<Term>();
            int count = random.nextInt(12);
            boolean redirect = false;
            boolean exp = false;
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(10);
                if (kind == 0 && !redirect) {
                    redirect = true;
                    terms.add(new Modifier.Redirect(domain()));
                } else if (kind == 1 && !exp) {
                    exp = true;
                    terms.add(new Modifier.Explanation(domain()));
                } else if (kind == 2) {
                    terms.add(new Modifier.Unknown(name(), macro(false)));
                } else {
                    terms.add(new Directive(qualifier(), mechanism()));
                }
            }
            return new SpfRecord(terms);
        }

        private Qualifier qualifier() {
            return Qualifier.values()[random.nextInt(4)];
        }

        private Mechanism mechanism() {
            return switch (random.nextInt(8)) {
                case 0 -> new Mechanism.All();
                case 1 -> new Mechanism.Include(domain());
                case 2 -> new Mechanism.A(optionalDomain(), cidr());
                case 3 -> new Mechanism.Mx(optionalDomain(), cidr());
                case 4 -> new Mechanism.Ptr(optionalDomain());
                case 5 -> new Mechanism.Ip4(ip4(), random.nextInt(33));
                case 6 -> new Mechanism.Ip6(ip6(), random.nextInt(129));
                default -> new Mechanism.Exists(domain());
            };
        }

        private DualCidr cidr() {
            return new DualCidr(
                    random.nextBoolean() ? 32 : random.nextInt(33),
                    random.nextBoolean() ? 128 : random.nextInt(129));
        }

        private Optional<DomainSpec> optionalDomain() {
            return random.nextBoolean() ? Optional.empty() : Optional.of(domain());
        }

        private DomainSpec domain() {
            var parts = new ArrayList<>(macro(true).parts());
            if (random.nextBoolean()) {
                parts.add(expand(DOMAIN_LETTERS));
            } else {
                var top = TOP_LABELS.get(random.nextInt(TOP_LABELS.size()));
                parts.add(new MacroString.Literal("." + top + (random.nextInt(5) == 0 ? "." : "")));
            }
            return new DomainSpec(new MacroString(parts));
        }

        private MacroString macro(boolean domain) {
            var parts = new ArrayList<MacroString.Part>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                switch (random.nextInt(4)) {
                    case 0 ->
                            parts.add(
                                    expand(
                                            domain
                                                    ? DOMAIN_LETTERS
                                                    : List.of(MacroLetter.values())));
                    case 1 -> parts.add(MacroString.Escape.values()[random.nextInt(3)]);
                    default -> parts.add(new MacroString.Literal(label() + "." + label()));
                }
            }
            return new MacroString(parts);
        }

        private MacroString.Expand expand(List<MacroLetter> letters) {
            var delimiters = new StringBuilder();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                delimiters.append(
                        MacroString.Expand.DELIMITERS.charAt(
                                random.nextInt(MacroString.Expand.DELIMITERS.length())));
            }
            return new MacroString.Expand(
                    letters.get(random.nextInt(letters.size())),
                    random.nextBoolean() ? 0 : 1 + random.nextInt(127),
                    random.nextBoolean(),
                    delimiters.toString(),
                    random.nextInt(4) == 0);
        }

        private String label() {
            var label = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                label.append(LABEL_CHARS.charAt(random.nextInt(LABEL_CHARS.length())));
            }
            return label.toString();
        }

        private String name() {
            String name;
            do {
                name = "x" + label().replace('-', '.').replace('/', '_').replace(':', '-');
            } while (name.equals("exp") || name.equals("redirect"));
            return name;
        }

        private Inet4Address ip4() {
            var bytes = new byte[4];
            random.nextBytes(bytes);
            try {
                return (Inet4Address) InetAddress.getByAddress(bytes);
            } catch (UnknownHostException e) {
                throw new AssertionError(e);
            }
        }

        private Inet6Address ip6() {
            var bytes = new byte[16];
            random.nextBytes(bytes);
            for (int group = 0; group < 8; group++) {
                if (random.nextInt(3) == 0) {
                    bytes[2 * group] = 0;
                    bytes[2 * group + 1] = 0;
                }
            }
            if (random.nextInt(6) == 0) {
                for (int i = 0; i < 10; i++) {
                    bytes[i] = 0;
                }
                bytes[10] = (byte) 0xff;
                bytes[11] = (byte) 0xff;
            }
            try {
                return Inet6Address.getByAddress(null, bytes, -1);
            } catch (UnknownHostException e) {
                throw new AssertionError(e);
            }
        }
    }

    /// Writes a record in a non-canonical but equivalent spelling: random case of names,
    /// explicit `+`, explicit default prefix lengths, uncompressed IPv6, several spaces.
    private record NoisyWriter(Random random) {
        String write(SpfRecord record) {
            var text = new StringBuilder(randomCase("v=spf1"));
            for (var term : record.terms()) {
                text.append(" ".repeat(1 + random.nextInt(3)));
                text.append(
                        switch (term) {
                            case Directive directive -> directive(directive);
                            case Modifier modifier ->
                                    randomCase(modifier.name()) + "=" + modifier.value();
                        });
            }
            return text.append(" ".repeat(random.nextInt(3))).toString();
        }

        private String directive(Directive directive) {
            var qualifier =
                    directive.qualifier() == Qualifier.PASS && random.nextBoolean()
                            ? "+"
                            : directive.qualifier().prefix();
            var mechanism = directive.mechanism();
            var name = randomCase(mechanism.name());
            var argument =
                    switch (mechanism) {
                        case Mechanism.A a -> domainAndCidr(a.domain(), a.cidr());
                        case Mechanism.Mx mx -> domainAndCidr(mx.domain(), mx.cidr());
                        case Mechanism.Ip4 ip4 ->
                                ":"
                                        + ip4.address().getHostAddress()
                                        + (ip4.prefix() == 32 && random.nextBoolean()
                                                ? ""
                                                : "/" + ip4.prefix());
                        case Mechanism.Ip6 ip6 ->
                                ":"
                                        + randomCase(ip6.address().getHostAddress())
                                        + (ip6.prefix() == 128 && random.nextBoolean()
                                                ? ""
                                                : "/" + ip6.prefix());
                        default -> mechanism.argument();
                    };
            return qualifier + name + argument;
        }

        private String domainAndCidr(Optional<DomainSpec> domain, DualCidr cidr) {
            var text = domain.map(d -> ":" + d.format()).orElse("");
            boolean explicit = random.nextBoolean();
            if (cidr.ip4Prefix() != 32 || explicit) {
                text += "/" + cidr.ip4Prefix();
            }
            if (cidr.ip6Prefix() != 128 || explicit) {
                text += "//" + cidr.ip6Prefix();
            }
            return text;
        }

        private String randomCase(String text) {
            var out = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                out.append(
                        random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            return out.toString();
        }
    }
}
