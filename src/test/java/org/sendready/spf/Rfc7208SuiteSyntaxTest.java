package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Uses the records published in the RFC 7208 test suite (`shared/conformance`, see its
/// PROVENANCE.md) as parser data: every `v=spf1` record in its zone data must either parse and
/// round-trip, or be one of the syntax errors listed here with the reason we expect.
///
/// Whole scenarios need check_host() and run with the evaluator; this test only reads the zone
/// data. Records that are syntax-valid but fail in evaluation (loops, missing targets, limits)
/// are expected to parse.
class Rfc7208SuiteSyntaxTest {

    /// The suite's records that are syntax errors, with a fragment of our reason. Each row is
    /// checked to occur in the suite, so the table cannot drift from it.
    private static final Map<String, String> SYNTAX_ERRORS = syntaxErrors();

    private static Map<String, String> syntaxErrors() {
        var rows = new TreeMap<String, String>();
        // non-ASCII bytes (a byte-order mark) in a domain
        rows.put("v=spf1 a:\u00ef\u00bb\u00bfgarbage.example.net -all", "non-ASCII");
        // a C1 control byte before a mechanism
        rows.put("v=spf1 \u0080a:example.net -all", "non-ASCII");
        // a non-ASCII byte as qualifier
        rows.put("v=spf1 a:example.net \u0096all", "non-ASCII");
        // a carriage return between terms
        rows.put("v=spf1 a:ctrl.example.com\rptr -all", "a line break");
        // a NUL after a domain (a)
        rows.put("v=spf1 a:foo.example.com\u0000", "a NUL character");
        // a NUL after a domain (mx)
        rows.put("v=spf1 mx:foo.example.com\u0000", "a NUL character");
        // an unknown mechanism after all still invalidates the record
        rows.put("v=spf1 ip4:1.2.3.4 -all moo", "unknown mechanism 'moo'");
        // '/' before '=' makes a mechanism name, and an unknown one
        rows.put(
                "v=spf1 moo.cow/far_out=man:dog/cat ip4:1.2.3.4 -all",
                "unknown mechanism 'moo.cow'");
        // ':' before '=' likewise
        rows.put(
                "v=spf1 moo.cow:far_out=man:dog/cat ip4:1.2.3.4 -all",
                "unknown mechanism 'moo.cow'");
        // redirect is a modifier, not a mechanism
        rows.put("v=spf1 ip4:1.2.3.4 redirect:t2.example.com", "did you mean 'redirect='?");
        // modifier names start with a letter
        rows.put("v=spf1 1up=foo", "must start with a letter");
        // modifier names are not empty
        rows.put("v=spf1 =all", "no modifier name");
        // all takes no argument (dot)
        rows.put("v=spf1 -all.", "unknown mechanism 'all.'");
        // all takes no argument (colon)
        rows.put("v=spf1 -all:foobar", "'all' takes no argument");
        // all takes no argument (CIDR)
        rows.put("v=spf1 -all/8", "'all' takes no argument");
        // ptr takes no CIDR
        rows.put("v=spf1 ptr/0 -all", "'ptr' takes no prefix length");
        // ptr: with an empty domain
        rows.put("v=spf1 ptr:", "the domain after 'ptr:' is empty");
        // domain without a top label
        rows.put("v=spf1 a:foo-bar -all", "does not end in a top-level label");
        // an IPv4 address as a domain
        rows.put("v=spf1 a:111.222.33.44", "write ip4:111.222.33.44");
        // an all-numeric top label (a)
        rows.put("v=spf1 a:abc.123", "not a top-level label");
        // an all-numeric top label (mx)
        rows.put("v=spf1 mx:abc.123", "not a top-level label");
        // only a top label
        rows.put("v=spf1 a:museum", "does not end in a top-level label");
        // only a top label, with a final dot
        rows.put("v=spf1 a:museum.", "does not end in a top-level label");
        // a port after the domain (a)
        rows.put("v=spf1 a:example.com:8080", "ends in 'com:8080'");
        // a port after the domain (mx)
        rows.put("v=spf1 mx:example.com:8080", "ends in 'com:8080'");
        // a top label starting with '-' (a)
        rows.put("v=spf1 a:example.-com", "ends in '-com'");
        // a top label starting with '-' (mx)
        rows.put("v=spf1 mx:example.-com", "ends in '-com'");
        // a: with an empty domain
        rows.put("v=spf1 a:", "the domain after 'a:' is empty");
        // mx: with an empty domain
        rows.put("v=spf1 mx: -all", "the domain after 'mx:' is empty");
        // IPv4 prefix over 32 (a)
        rows.put("v=spf1 a/33 -all", "IPv4 prefix length 33 is more than 32");
        // IPv4 prefix over 32 (mx)
        rows.put("v=spf1 mx/33 -all", "IPv4 prefix length 33 is more than 32");
        // IPv6 prefix over 128 (a)
        rows.put("v=spf1 a//129 -all", "IPv6 prefix length 129 is more than 128");
        // IPv6 prefix over 128 (mx)
        rows.put("v=spf1 mx//129 -all", "IPv6 prefix length 129 is more than 128");
        // a dual CIDR needs '//' before the IPv6 length
        rows.put("v=spf1 a/24/64 -all", "write two prefix lengths as /IPv4//IPv6");
        // include without ':'
        rows.put("v=spf1 include +all", "'include' needs a domain");
        // include: with an empty domain
        rows.put("v=spf1 include: -all", "the domain after 'include:' is empty");
        // include takes no CIDR
        rows.put("v=spf1 include:ip5.example.com/24 -all", "'include' takes no prefix length");
        // exists without ':'
        rows.put("v=spf1 exists", "'exists' needs a domain");
        // exists: with an empty domain
        rows.put("v=spf1 exists:", "the domain after 'exists:' is empty");
        // exists takes no CIDR
        rows.put("v=spf1 exists:mail.example.com/24", "'exists' takes no prefix length");
        // ip4 prefix over 32
        rows.put("v=spf1 ip4:1.2.3.4/33 -all", "IPv4 prefix length 33 is more than 32");
        // ip4 prefix with a leading zero
        rows.put("v=spf1 ip4:1.2.3.4/032 -all", "has a leading zero");
        // ip4 without an address
        rows.put("v=spf1 ip4", "'ip4' needs an address");
        // ip4 with a dual CIDR
        rows.put("v=spf1 ip4:1.2.3.4//32", "take one '/'");
        // ip4 with a port
        rows.put("v=spf1 ip4:1.2.3.4:8080", "a port is not allowed");
        // ip4 with a number left out
        rows.put("v=spf1 ip4:1.2.3", "has 3 of the 4 numbers");
        // ip6 without an address, after all
        rows.put("v=spf1 -all ip6", "'ip6' needs an address");
        // ip6 prefix over 128
        rows.put("v=spf1 ip6:::1.1.1.1/129", "IPv6 prefix length 129 is more than 128");
        // ip6 with a dual CIDR
        rows.put("v=spf1 ip6:::1.1.1.1//33", "take one '/'");
        // ip6 with a stray colon
        rows.put("v=spf1 ip6::CAFE::BABE", "not a valid IPv6 address");
        // an unknown modifier needs valid macro syntax
        rows.put("v=spf1 -all foo=%abc", "'%a' is not a macro");
        // exp= with an empty domain
        rows.put("v=spf1 exp= -all", "exp= needs the domain");
        // exp= twice
        rows.put(
                "v=spf1 exp=e13msg.example.com -all exp=e11msg.example.com",
                "exp= appears a second time");
        // redirect= twice
        rows.put(
                "v=spf1 redirect=e12.example.com -all redirect=e12.example.com",
                "redirect= appears a second time");
        // exp= with a mechanism as domain
        rows.put("v=spf1 exp=-all", "does not end in a top-level label");
        // redirect= with a mechanism as domain
        rows.put("v=spf1 redirect=-all ?all", "does not end in a top-level label");
        // redirect= with an empty domain
        rows.put("v=spf1 ?all redirect=", "redirect= needs a domain");
        // '%(' is not a macro
        rows.put("v=spf1 -exists:%(ir).sbl.example.com ?all", "'%(' is not a macro");
        // '%(' inside a label
        rows.put("v=spf1 exists:foo%(ir).sbl.example.com ?all", "'%(' is not a macro");
        // '%.' is not a macro
        rows.put("v=spf1 exists:foo%.sbl.example.com ?all", "'%.' is not a macro");
        // r is allowed only in explanation text
        rows.put("v=spf1 -all exp=%{r}.example.com", "letters c, r and t");
        // a is not a macro letter
        rows.put("v=spf1 a:%{a}.example.com -all", "'a' in '%{a}' is not a macro letter");
        return rows;
    }

    private static final Pattern RECORD_LINE = Pattern.compile("^\\s+- (?:SPF|TXT):\\s+(.+?)\\s*$");

    static Path suite() {
        var dir = System.getProperty("sendready.conformance.dir", "../shared/conformance");
        return Path.of(dir, "rfc7208-tests.yml");
    }

    static Stream<String> suiteRecords() throws IOException {
        var file = suite();
        if (!Files.isRegularFile(file)) {
            return Stream.empty();
        }
        var records = new LinkedHashSet<String>();
        for (var line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            var matcher = RECORD_LINE.matcher(line);
            if (matcher.matches()) {
                var value = scalar(matcher.group(1));
                if (value != null && SpfParser.isSpfRecord(value)) {
                    records.add(value);
                }
            }
        }
        return records.stream();
    }

    /// A YAML flow scalar as the suite writes them: plain, 'single' or "double" quoted with
    /// `\xNN`, `\0`, `\\` and `\"` escapes. Lists (split TXT strings) are left out: null.
    private static String scalar(String text) {
        if (text.startsWith("[")) {
            return null;
        }
        if (text.startsWith("'") && text.endsWith("'")) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        if (!text.startsWith("\"") || !text.endsWith("\"")) {
            return text;
        }
        var out = new StringBuilder();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'x' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case '0' -> out.append('\0');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    // Without the suite there are no records; syntaxErrorTable_... reports the skip.
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("suiteRecords")
    void suiteRecord_parsesOrIsAKnownSyntaxError(String record) {
        var result = SpfParser.tryParse(record);
        var expectedReason = SYNTAX_ERRORS.get(record);
        if (expectedReason == null) {
            assertThat(result).isInstanceOf(SpfParseResult.Parsed.class);
            var parsed = ((SpfParseResult.Parsed) result).record();
            assertThat(SpfParser.parse(parsed.format())).isEqualTo(parsed);
        } else {
            assertThat(result).isInstanceOf(SpfParseResult.Invalid.class);
            assertThat(((SpfParseResult.Invalid) result).reason()).contains(expectedReason);
        }
    }

    @Test
    void syntaxErrorTable_onlyListsRecordsOfTheSuite() throws IOException {
        assumeTrue(
                Files.isRegularFile(suite()),
                "the RFC 7208 suite is not at "
                        + suite()
                        + " (shared/conformance beside the"
                        + " checkout; set -Dsendready.conformance.dir)");
        Set<String> records = new LinkedHashSet<>(suiteRecords().toList());
        assertThat(records).hasSizeGreaterThan(100).containsAll(SYNTAX_ERRORS.keySet());
    }
}
