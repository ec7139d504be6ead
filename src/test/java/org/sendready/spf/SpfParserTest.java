package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class SpfParserTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # the version alone is a valid (if useless) record
            v=spf1                                     | v=spf1
            # version and names are case-insensitive; + is dropped
            V=SpF1 +MX -ALL                             | v=spf1 mx -all
            # one or more spaces separate terms; trailing spaces are allowed
            'v=spf1  a   -all  '                        | v=spf1 a -all
            # default prefix lengths are not written
            v=spf1 ip4:192.0.2.1/32 ip6:2001:db8::1/128 a/32 mx//128 | v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 a mx
            # dual CIDR: both, IPv4 only, IPv6 only
            v=spf1 a:example.com/24//64 mx/24 a//64     | v=spf1 a:example.com/24//64 mx/24 a//64
            # prefix 0 is allowed
            v=spf1 a/0 mx//0 ip4:1.1.1.1/0              | v=spf1 a/0 mx//0 ip4:1.1.1.1/0
            # IPv6 is written in RFC 5952 form
            v=spf1 ip6:2001:DB8:0:0:0:0:0:1 ip6:Cafe:Babe:8000::/33 | v=spf1 ip6:2001:db8::1 ip6:cafe:babe:8000::/33
            # IPv4-mapped IPv6 keeps its dotted tail; IPv4-compatible does not
            v=spf1 ip6:::FFFF:1.2.3.4 ip6:::1.1.1.1/0   | v=spf1 ip6:::ffff:1.2.3.4 ip6:::101:101/0
            # a '/' and ':' may appear inside a domain-spec
            v=spf1 a:foo:bar/baz.example.com            | v=spf1 a:foo:bar/baz.example.com
            # the CIDR is read from the end, after a domain containing '/'
            v=spf1 a:foo/bar.example.com/24             | v=spf1 a:foo/bar.example.com/24
            # a final dot in a domain is kept as written
            v=spf1 include:o.spf.example.com. ~all      | v=spf1 include:o.spf.example.com. ~all
            # a top label with hyphens, like an IDN TLD
            v=spf1 a:foo.example.xn--zckzah -all        | v=spf1 a:foo.example.xn--zckzah -all
            # macros, escapes and macro-only domain ends
            v=spf1 exists:%{i}.%{l2r-}.user.%{d2} -all  | v=spf1 exists:%{i}.%{l2r-}.user.%{d2} -all
            v=spf1 a:macro%%percent%_%_space%-url-space.example.com | v=spf1 a:macro%%percent%_%_space%-url-space.example.com
            v=spf1 exists:%{l2r+-}.user.%{d2} redirect=%{d}.d.spf.example.com. | v=spf1 exists:%{l2r+-}.user.%{d2} redirect=%{d}.d.spf.example.com.
            # upper-case macro letters (URL escaping) are kept; the r transformer is lower-cased
            v=spf1 a:%{H} exists:%{IR}.x.example   | v=spf1 a:%{H} exists:%{Ir}.x.example
            # unknown modifiers are kept, names lower-cased; '+' and ':' are literal characters
            v=spf1 moo.cow-far_out=man:dog/cat Default=+ foo= -all | v=spf1 moo.cow-far_out=man:dog/cat default=+ foo= -all
            # modifiers keep their place among the mechanisms
            v=spf1 exp=explain.example.com -all redirect=_spf.example.com | v=spf1 exp=explain.example.com -all redirect=_spf.example.com
            # terms after all and a second all are syntax-valid (lint reports them)
            v=spf1 all -all ip6:2001:db8::1              | v=spf1 all -all ip6:2001:db8::1
            # a domain-spec with an empty label is valid syntax (RFC 7208 leaves its use open)
            v=spf1 a:mail.example...com -all             | v=spf1 a:mail.example...com -all
            # a numeric toplabel is fine when a macro ends the domain
            v=spf1 a:%{H}.bar -all                       | v=spf1 a:%{H}.bar -all
            # every qualifier
            v=spf1 +a -mx ~ptr ?exists:x.example.org     | v=spf1 a -mx ~ptr ?exists:x.example.org
            """)
    void parse_givesCanonicalText_forValidRecords(String text, String canonical) {
        assertThat(SpfParser.parse(text).format()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # nothing at all
            ''                                           | 1  | the record is empty
            # version must come first and be followed by a space
            'mx v=spf1'                                  | 1  | 'mx' is not v=spf1
            v=spf10                                      | 1  | 'v=spf10' is not an SPF version
            v=spf1mx                                     | 7  | v=spf1 must be followed by a space
            '"v=spf1 -all"'                              | 1  | starts with a quote
            ' v=spf1 -all'                               | 1  | starts with a space
            v=DMARC1; p=none                             | 1  | this is a DMARC record
            # a typo in a mechanism name gets a suggestion
            v=spf1 ipv4:192.0.2.1                        | 8  | unknown mechanism 'ipv4' (did you mean 'ip4'?)
            v=spf1 mx inlcude:_spf.example.com           | 11 | unknown mechanism 'inlcude' (did you mean 'include'?)
            v=spf1 ip4.192.0.2.1                         | 8  | did you mean 'ip4:192.0.2.1'?
            # a modifier written like a mechanism
            v=spf1 ip4:1.2.3.4 redirect:t2.example.com   | 20 | did you mean 'redirect='?
            # a name followed by '/' or ':' is a mechanism, and an unknown one
            v=spf1 moo.cow/far_out=man:dog/cat -all      | 8  | unknown mechanism 'moo.cow'
            v=spf1 moo.cow:far_out=man:dog/cat -all      | 8  | unknown mechanism 'moo.cow'
            # modifier names start with a letter and are not empty
            v=spf1 1up=foo                               | 8  | a modifier name must start with a letter
            v=spf1 =all                                  | 8  | no modifier name before '='
            # an error after all still makes the record invalid (RFC 7208 section 4.6)
            v=spf1 ip4:1.2.3.4 -all moo                  | 25 | unknown mechanism 'moo'
            v=spf1 -all ip6                              | 13 | 'ip6' needs an address
            # all takes no argument
            v=spf1 -all.                                 | 9  | unknown mechanism 'all.' (did you mean 'all'?)
            v=spf1 -all:foobar                           | 12 | 'all' takes no argument
            v=spf1 -all/8                                | 12 | 'all' takes no argument
            # a qualifier needs a mechanism and is not allowed on modifiers
            v=spf1 -                                     | 8  | '-' must be followed by a mechanism
            v=spf1 -redirect=x.example.com               | 8  | a qualifier cannot stand before the modifier 'redirect='
            # include and exists need a domain and take no prefix length
            v=spf1 include                               | 8  | 'include' needs a domain
            v=spf1 include: -all                         | 8  | the domain after 'include:' is empty
            v=spf1 include:ip5.example.com/24 -all       | 31 | 'include' takes no prefix length ('/24')
            v=spf1 exists                                | 8  | 'exists' needs a domain
            v=spf1 exists:mail.example.com/24            | 31 | 'exists' takes no prefix length
            # ptr takes no prefix length and an empty domain is an error
            v=spf1 ptr/0 -all                            | 11 | 'ptr' takes no prefix length
            v=spf1 ptr:                                  | 8  | the domain after 'ptr:' is empty
            # a/mx: empty domain, prefix lengths out of range, leading zero, single-slash pair
            v=spf1 a:                                    | 8  | the domain after 'a:' is empty
            v=spf1 mx: -all                              | 8  | the domain after 'mx:' is empty
            v=spf1 a/33 -all                             | 10 | IPv4 prefix length 33 is more than 32
            v=spf1 mx//129 -all                          | 12 | IPv6 prefix length 129 is more than 128
            v=spf1 a/024                                 | 10 | has a leading zero
            v=spf1 a/24/64 -all                          | 9  | write two prefix lengths as /IPv4//IPv6
            v=spf1 a:example.com/24/64                   | 21 | '/24/64': write two prefix lengths
            v=spf1 a/                                    | 9  | '/' must be followed by a prefix length
            # domain-spec must end in a top label or a macro (RFC 7208 section 7.1)
            v=spf1 a:foo-bar -all                        | 10 | does not end in a top-level label
            v=spf1 a:museum                              | 10 | does not end in a top-level label
            v=spf1 a:museum.                             | 10 | does not end in a top-level label
            v=spf1 a:abc.123                             | 10 | ends in '123', which is not a top-level label
            v=spf1 a:example.-com                        | 10 | ends in '-com'
            v=spf1 a:example.com:8080                    | 10 | ends in 'com:8080'
            v=spf1 mx:abc.123                            | 11 | not a top-level label
            # an IP address where a domain belongs
            v=spf1 a:111.222.33.44                       | 10 | is an IPv4 address, not a domain; write ip4:111.222.33.44
            v=spf1 a:2001:db8::1                         | 10 | is an IPv6 address, not a domain; write ip6:2001:db8::1
            # ip4 literals are strict
            v=spf1 ip4                                   | 8  | 'ip4' needs an address
            v=spf1 ip4:1.2.3                             | 12 | has 3 of the 4 numbers
            v=spf1 ip4:1.2.3.4:8080                      | 19 | a port is not allowed
            v=spf1 ip4:1.2.3.4//32                       | 19 | ip4 and ip6 take one '/'
            v=spf1 ip4:1.2.3.4/33 -all                   | 20 | IPv4 prefix length 33 is more than 32
            v=spf1 ip4:1.2.3.4/032 -all                  | 20 | has a leading zero
            v=spf1 ip4:1.2.3.256                         | 18 | 256 is more than 255
            v=spf1 ip4:1.2.03.4                          | 16 | '03' has a leading zero
            v=spf1 ip4:2001:db8::1                       | 12 | is an IPv6 address; write ip6:2001:db8::1
            v=spf1 ip4:1.2.3.4/                          | 19 | '/' must be followed by an IPv4 prefix length
            # ip6 literals are strict
            v=spf1 ip6:::1.1.1.1/129                     | 22 | IPv6 prefix length 129 is more than 128
            v=spf1 ip6:::1.1.1.1//33                     | 21 | ip4 and ip6 take one '/'
            v=spf1 ip6::CAFE::BABE                       | 12 | empty group
            v=spf1 ip6:1::2::3                           | 12 | '::' may appear only once
            v=spf1 ip6:1:2:3:4:5:6:7                     | 12 | it has 7 of 8 groups
            v=spf1 ip6:1:2:3:4:5:6:7:8:9                 | 12 | more than 8 groups
            v=spf1 ip6:12345::                           | 12 | '12345' is not a group of 1 to 4 hex digits
            v=spf1 ip6:192.0.2.1                         | 12 | is an IPv4 address; write ip4:192.0.2.1
            # a flaw in the dotted IPv4 tail is placed in the record, not in the tail
            v=spf1 ip6:::ffff:1.2.3.256                  | 25 | '1.2.3.256': 256 is more than 255
            v=spf1 ip6:::ffff:1.2.3                      | 19 | '1.2.3' has 3 of the 4 numbers
            # modifiers: empty, duplicated, invalid domain
            v=spf1 exp= -all                             | 8  | exp= needs the domain
            v=spf1 ?all redirect=                        | 13 | redirect= needs a domain
            v=spf1 exp=-all                              | 12 | does not end in a top-level label
            v=spf1 redirect=-all ?all                    | 17 | does not end in a top-level label
            v=spf1 exp=a.example.com -all exp=b.example.com  | 31 | exp= appears a second time (first at position 8)
            v=spf1 redirect=a.example.com -all redirect=a.example.com | 36 | redirect= appears a second time
            # macros: bad letter, c/r/t outside explanation text, bare percent, unclosed, zero parts
            v=spf1 a:%{a}.example.com -all               | 10 | 'a' in '%{a}' is not a macro letter
            v=spf1 -all exp=%{r}.example.com             | 17 | letters c, r and t are allowed only in the explanation text
            v=spf1 exists:%{c}.example.com               | 15 | letters c, r and t
            v=spf1 -exists:%(ir).sbl.example.com ?all    | 16 | '%(' is not a macro
            v=spf1 exists:foo%(ir).sbl.example.com ?all  | 18 | '%(' is not a macro
            v=spf1 exists:foo%.sbl.example.com ?all      | 18 | '%.' is not a macro
            v=spf1 -all foo=%abc                         | 17 | '%a' is not a macro
            v=spf1 a:%{d                                 | 10 | is not closed
            v=spf1 a:%{d0}.example.com                   | 10 | the number of parts to keep must be 1 to 999
            v=spf1 a:%{d2x}.example.com                  | 10 | has 'x' where a delimiter
            v=spf1 a:%{}.example.com                     | 10 | has no letter
            v=spf1 a:x.example.com%                      | 23 | '%' at the end
            """)
    void parse_reportsPositionAndReason_forSyntaxErrors(String text, int position, String reason) {
        var result = SpfParser.tryParse(text == null ? "" : text);
        assertThat(result).isInstanceOf(SpfParseResult.Invalid.class);
        var invalid = (SpfParseResult.Invalid) result;
        assertThat(invalid.reason()).contains(reason);
        assertThat(invalid.position()).isEqualTo(position);
        assertThat(invalid.offset()).isEqualTo(position - 1);
    }

    @ParameterizedTest(name = "[{index}] code {1}")
    @CsvSource({
        // a byte-order mark glued to a domain
        "'v=spf1 a:\uFEFFgarbage.example.net -all', 10, non-ASCII",
        // a C1 control character before a mechanism
        "'v=spf1 \u0080a:example.net -all', 8, non-ASCII character",
        // an en dash where '-' belongs
        "'v=spf1 a:example.net \u2013all', 22, non-ASCII",
        // a carriage return inside the record
        "'v=spf1 a:ctrl.example.com\rptr -all', 26, a line break",
        // a tab between terms
        "'v=spf1 a\t-all', 9, a tab",
        // a NUL at the end
        "'v=spf1 a:foo.example.com\u0000', 25, a NUL character",
    })
    void parse_rejectsCharactersOutsidePrintableAscii(String text, int position, String reason) {
        var invalid = (SpfParseResult.Invalid) SpfParser.tryParse(text);
        assertThat(invalid.position()).isEqualTo(position);
        assertThat(invalid.reason()).contains(reason);
    }

    @Test
    void parse_throwsInvalidInputNamingSpfPositionAndReason() {
        assertThatThrownBy(() -> SpfParser.parse("v=spf1 mx ipv4:192.0.2.1"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("spf: position 11: unknown mechanism 'ipv4' (did you mean 'ip4'?)")
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("spf"));
    }

    @Test
    void parse_buildsTypedTermsInOrder() throws UnknownHostException {
        var record =
                SpfParser.parse(
                        "v=spf1 ip4:192.0.2.0/24 -a:example.com/24//64 ~mx ?include:_spf.example.net"
                                + " exp=why.example.com ptr ip6:2001:db8::/32 exists:%{i}.x.example"
                                + " redirect=other.example all");
        assertThat(record.terms())
                .containsExactly(
                        Directive.pass(
                                new Mechanism.Ip4(
                                        (java.net.Inet4Address) InetAddress.getByName("192.0.2.0"),
                                        24)),
                        new Directive(
                                Qualifier.FAIL,
                                new Mechanism.A(
                                        Optional.of(DomainSpec.parse("example.com")),
                                        new DualCidr(24, 64))),
                        new Directive(
                                Qualifier.SOFTFAIL,
                                new Mechanism.Mx(Optional.empty(), DualCidr.DEFAULT)),
                        new Directive(
                                Qualifier.NEUTRAL,
                                new Mechanism.Include(DomainSpec.parse("_spf.example.net"))),
                        new Modifier.Explanation(DomainSpec.parse("why.example.com")),
                        Directive.pass(new Mechanism.Ptr(Optional.empty())),
                        Directive.pass(
                                new Mechanism.Ip6(
                                        (java.net.Inet6Address) InetAddress.getByName("2001:db8::"),
                                        32)),
                        Directive.pass(
                                new Mechanism.Exists(
                                        new DomainSpec(
                                                new MacroString(
                                                        List.of(
                                                                MacroString.Expand.of(
                                                                        MacroLetter.IP),
                                                                new MacroString.Literal(
                                                                        ".x.example")))))),
                        new Modifier.Redirect(DomainSpec.parse("other.example")),
                        Directive.pass(new Mechanism.All()));
        assertThat(record.redirect()).contains(DomainSpec.parse("other.example"));
        assertThat(record.explanation()).contains(DomainSpec.parse("why.example.com"));
        assertThat(record.directives()).hasSize(8);
        assertThat(record.modifiers()).hasSize(2);
    }

    @Test
    void parse_keepsIpv4MappedIpv6AsIpv6() {
        var record = SpfParser.parse("v=spf1 ip6:::ffff:192.0.2.1");
        var mechanism = record.directives().getFirst().mechanism();
        assertThat(mechanism).isInstanceOf(Mechanism.Ip6.class);
        assertThat(((Mechanism.Ip6) mechanism).address().getAddress()).hasSize(16);
    }

    @Test
    void parse_keepsUnknownModifierValueAsMacroString() {
        var record = SpfParser.parse("v=spf1 Note=%{d}-x%% -all");
        assertThat(record.modifiers())
                .containsExactly(
                        new Modifier.Unknown(
                                "note",
                                new MacroString(
                                        List.of(
                                                MacroString.Expand.of(MacroLetter.DOMAIN),
                                                new MacroString.Literal("-x"),
                                                MacroString.Escape.PERCENT))));
    }

    @Test
    void parse_allowsExplanationOnlyLettersInUnknownModifiers() {
        // RFC 7208 section 7.2 restricts c, r, t in domains; unknown modifiers are never expanded
        assertThat(SpfParser.parse("v=spf1 note=%{c}.%{t} -all").modifiers()).hasSize(1);
    }

    @Test
    void tryParse_givesTermOffsetsInTheParsedText() {
        var parsed = (SpfParseResult.Parsed) SpfParser.tryParse("v=spf1  mx   -all exp=x.example");
        assertThat(parsed.termOffsets()).containsExactly(8, 13, 18);
    }

    @Test
    void tryParse_treatsNullAsEmpty() {
        var invalid = (SpfParseResult.Invalid) SpfParser.tryParse(null);
        assertThat(invalid.message()).startsWith("position 1: the record is empty");
    }

    @Test
    void parseTerm_readsOneTerm_forTermByTermEditors() {
        assertThat(SpfParser.parseTerm("~MX:example.com/24"))
                .isEqualTo(
                        new Directive(
                                Qualifier.SOFTFAIL,
                                new Mechanism.Mx(
                                        Optional.of(DomainSpec.parse("example.com")),
                                        new DualCidr(24, 128))));
        assertThat(SpfParser.parseTerm("redirect=_spf.example.com").format())
                .isEqualTo("redirect=_spf.example.com");
    }

    @ParameterizedTest
    @CsvSource({
        // an empty term
        "'', spf term: position 1: the term is empty",
        // two terms
        "'mx -all', spf term: position 3: a term has no spaces",
        // a bad term, positions within the term
        "ip4:1.2.3, spf term: position 5: '1.2.3' has 3 of the 4 numbers",
    })
    void parseTerm_rejectsAnythingButOneValidTerm(String text, String message) {
        assertThatThrownBy(() -> SpfParser.parseTerm(text))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @CsvSource({
        // the version alone
        "v=spf1, true",
        // any case, then a space
        "'V=SPF1 -all', true",
        // a longer version is another version
        "v=spf10, false",
        // split strings joined without a space
        "v=spf1mx, false",
        // not an SPF record at all
        "'google-site-verification=abc', false",
    })
    void isSpfRecord_followsRecordSelectionRules(String text, boolean expected) {
        assertThat(SpfParser.isSpfRecord(text)).isEqualTo(expected);
    }
}
