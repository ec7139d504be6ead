package org.sendready.spf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.records.TxtStrings;
import org.sendready.spf.LintFinding.Rule;
import org.sendready.spf.LintFinding.Severity;

/// Static checks of a valid record, without DNS: the mistakes and risks visible in the record
/// itself. Each finding says what it means and what to do.
public final class SpfLint {

    /// From this many DNS-querying terms on, warn that the limit of
    /// [SpfRecord#MAX_DNS_TERMS] is near: included records add their own lookups.
    public static final int DNS_TERMS_WARNING = 8;

    /// RFC 7208 section 3.4: keep the record and the name under 450 octets so that DNS
    /// answers fit in UDP (a 512-octet answer) even with other TXT records at the name.
    public static final int UDP_SAFE_OCTETS = 450;

    /// An IPv4 prefix shorter than /8 (16.7 million addresses, the largest block ever
    /// assigned to one organisation) is wider than any sender's own servers.
    public static final int MIN_SENSIBLE_IP4_PREFIX = 8;

    /// An IPv6 prefix shorter than /16 covers many regional-registry allocations (a provider
    /// typically holds a /32), so it cannot describe one sender's servers.
    public static final int MIN_SENSIBLE_IP6_PREFIX = 16;

    private static final List<String> MECHANISM_NAMES =
            List.of("all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists");

    private final SpfRecord record;
    private final List<LintFinding> findings = new ArrayList<>();

    private SpfLint(SpfRecord record) {
        this.record = record;
    }

    /// The findings for `record`: per term in order, then about the record as a whole.
    public static List<LintFinding> check(SpfRecord record) {
        var lint = new SpfLint(record);
        lint.checkTerms();
        lint.checkRecord();
        return List.copyOf(lint.findings);
    }

    private void checkTerms() {
        var terms = record.terms();
        int firstAll = -1;
        for (int i = 0; i < terms.size(); i++) {
            switch (terms.get(i)) {
                case Directive directive -> {
                    if (firstAll >= 0) {
                        afterAll(i, directive);
                    } else if (directive.mechanism() instanceof Mechanism.All) {
                        firstAll = i;
                        checkAll(i, directive.qualifier());
                    }
                    checkMechanism(i, directive);
                    checkDuplicate(i, directive);
                }
                case Modifier modifier -> checkModifier(i, modifier);
            }
        }
    }

    private void afterAll(int i, Directive directive) {
        if (directive.mechanism() instanceof Mechanism.All) {
            add(
                    Severity.WARNING,
                    Rule.MULTIPLE_ALL,
                    i,
                    "a second 'all' never takes effect, since evaluation stops at the first."
                            + " Keep one 'all', at the end.");
        } else {
            add(
                    Severity.WARNING,
                    Rule.TERMS_AFTER_ALL,
                    i,
                    "'"
                            + directive.format()
                            + "' comes after 'all', so receivers never evaluate it. Move it"
                            + " before 'all' or remove it.");
        }
    }

    private void checkAll(int i, Qualifier qualifier) {
        switch (qualifier) {
            case PASS ->
                    add(
                            Severity.ERROR,
                            Rule.PASS_ALL,
                            i,
                            "'all' without a qualifier (or '+all') lets any server on the"
                                    + " internet send mail as this domain."
                                    + " List your servers, then end with '-all' (or '~all'"
                                    + " while testing).");
            case NEUTRAL ->
                    add(
                            Severity.WARNING,
                            Rule.NEUTRAL_ALL,
                            i,
                            "'?all' says nothing about other servers, so receivers get no"
                                    + " protection against forged mail. Use '~all' or '-all'"
                                    + " once all your servers are listed.");
            case FAIL, SOFTFAIL -> {}
        }
    }

    private void checkMechanism(int i, Directive directive) {
        switch (directive.mechanism()) {
            case Mechanism.Ptr ptr -> {
                add(
                        Severity.WARNING,
                        Rule.PTR,
                        i,
                        "'ptr' is slow and unreliable, RFC 7208 section 5.5 says not to use it,"
                                + " and some receivers ignore it. List the servers with ip4:,"
                                + " ip6: or a instead.");
                ptr.domain().ifPresent(d -> checkDomain(i, d));
            }
            case Mechanism.Ip4 ip4 -> {
                checkWidth(i, directive, ip4.prefix(), 32, MIN_SENSIBLE_IP4_PREFIX);
                checkHostBits(i, ip4.address().getAddress(), ip4.prefix(), directive);
            }
            case Mechanism.Ip6 ip6 -> {
                checkWidth(i, directive, ip6.prefix(), 128, MIN_SENSIBLE_IP6_PREFIX);
                checkHostBits(i, ip6.address().getAddress(), ip6.prefix(), directive);
            }
            case Mechanism.A a -> {
                a.domain().ifPresent(d -> checkDomain(i, d));
                checkDualWidth(i, directive, a.cidr());
            }
            case Mechanism.Mx mx -> {
                mx.domain().ifPresent(d -> checkDomain(i, d));
                checkDualWidth(i, directive, mx.cidr());
            }
            case Mechanism.Include include -> checkDomain(i, include.domain());
            case Mechanism.Exists exists -> checkDomain(i, exists.domain());
            case Mechanism.All all -> {}
        }
    }

    private void checkDualWidth(int i, Directive directive, DualCidr cidr) {
        checkWidth(i, directive, cidr.ip4Prefix(), 32, MIN_SENSIBLE_IP4_PREFIX);
        checkWidth(i, directive, cidr.ip6Prefix(), 128, MIN_SENSIBLE_IP6_PREFIX);
    }

    private void checkWidth(int i, Directive directive, int prefix, int bits, int sensible) {
        if (prefix >= sensible) {
            return;
        }
        var family = bits == 32 ? "IPv4" : "IPv6";
        var covers =
                bits == 32
                        ? String.format(Locale.ROOT, "%,d", 1L << (bits - prefix))
                        : "2^" + (bits - prefix);
        boolean everything = prefix == 0 && directive.qualifier() == Qualifier.PASS;
        add(
                everything ? Severity.ERROR : Severity.WARNING,
                Rule.WIDE_PREFIX,
                i,
                "'"
                        + directive.format()
                        + "' uses the "
                        + family
                        + " prefix /"
                        + prefix
                        + ", which covers "
                        + covers
                        + " addresses"
                        + (everything ? ": like +all, anyone may send as this domain" : "")
                        + ". Use the prefix of your own servers' network (e.g. /24 or"
                        + " narrower for IPv4, /48 or narrower for IPv6).");
    }

    private void checkHostBits(int i, byte[] address, int prefix, Directive directive) {
        var network = IpAddresses.networkBytes(address, prefix);
        if (Arrays.equals(network, address)) {
            return;
        }
        Mechanism networkMechanism =
                network.length == 4
                        ? new Mechanism.Ip4(IpLiteral.ip4(network), prefix)
                        : new Mechanism.Ip6(IpLiteral.ip6(network), prefix);
        add(
                Severity.INFO,
                Rule.HOST_BITS,
                i,
                "'"
                        + directive.mechanism().format()
                        + "' has bits set past its prefix; it covers the network "
                        + networkMechanism.format()
                        + ". Write that to say what you mean.");
    }

    private void checkDuplicate(int i, Directive directive) {
        if (directive.mechanism() instanceof Mechanism.All) {
            return;
        }
        var terms = record.terms();
        for (int j = 0; j < i; j++) {
            if (terms.get(j) instanceof Directive earlier
                    && earlier.mechanism().equals(directive.mechanism())) {
                add(
                        Severity.INFO,
                        Rule.DUPLICATE_TERM,
                        i,
                        "'"
                                + directive.mechanism().format()
                                + "' repeats term "
                                + (j + 1)
                                + "; the repeat never changes the result"
                                + (directive.mechanism().queriesDns()
                                        ? " but costs a DNS lookup"
                                        : "")
                                + ". Remove it.");
                return;
            }
        }
    }

    /// Literal names that cannot be DNS names (RFC 1035 section 2.3.4 limits); RFC 7208
    /// section 4.8 leaves the receiver's reaction open (no match or permerror).
    private void checkDomain(int i, DomainSpec domain) {
        for (var part : domain.macro().parts()) {
            if (part instanceof MacroString.Expand expand
                    && expand.letter() == MacroLetter.VALIDATED_NAME) {
                add(
                        Severity.WARNING,
                        Rule.PTR_MACRO,
                        i,
                        "the macro '"
                                + expand.format()
                                + "' needs extra reverse lookups and RFC 7208 section 7.2 says"
                                + " not to use it. Use another macro or list addresses.");
            }
        }
        domain.literalText()
                .map(SpfLint::dnsNameProblem)
                .ifPresent(
                        problem ->
                                add(
                                        Severity.WARNING,
                                        Rule.INVALID_NAME,
                                        i,
                                        "'"
                                                + domain.format()
                                                + "' is not a valid DNS name ("
                                                + problem
                                                + "); receivers treat it as no match or as"
                                                + " an error. Correct the name."));
    }

    private static String dnsNameProblem(String name) {
        var text = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (text.length() > DomainName.MAX_LENGTH) {
            return "longer than " + DomainName.MAX_LENGTH + " characters";
        }
        for (var label : text.split("\\.", -1)) {
            if (label.isEmpty()) {
                return "it has an empty label, two dots in a row";
            }
            if (label.length() > DomainName.MAX_LABEL_LENGTH) {
                return "a label is longer than 63 characters";
            }
        }
        return null;
    }

    private void checkModifier(int i, Modifier modifier) {
        switch (modifier) {
            case Modifier.Redirect redirect -> {
                if (record.hasAll()) {
                    add(
                            Severity.WARNING,
                            Rule.REDIRECT_IGNORED,
                            i,
                            "redirect= is ignored because the record has 'all' (RFC 7208"
                                    + " section 6.1). Remove 'all' to hand over to "
                                    + redirect.domain().format()
                                    + ", or remove redirect=.");
                }
                checkDomain(i, redirect.domain());
            }
            case Modifier.Explanation explanation -> {
                checkDomain(i, explanation.domain());
                if (record.directives().stream().noneMatch(d -> d.qualifier() == Qualifier.FAIL)) {
                    add(
                            Severity.INFO,
                            Rule.EXP_UNUSED,
                            i,
                            "exp= explains a 'fail' result, but no term here gives 'fail' (and"
                                    + " a redirect target's fail does not use it). Add '-all' or"
                                    + " remove exp=.");
                }
            }
            case Modifier.Unknown unknown -> checkUnknown(i, unknown);
        }
    }

    private void checkUnknown(int i, Modifier.Unknown unknown) {
        var name = unknown.name();
        if (name.equals("v")) {
            add(
                    Severity.WARNING,
                    Rule.SECOND_VERSION,
                    i,
                    "'"
                            + unknown.format()
                            + "' appears inside the record, so two records were probably joined."
                            + " Receivers ignore it and everything stays one record; merge the"
                            + " terms into one record with one 'v=spf1'.");
        } else if (MECHANISM_NAMES.contains(name)) {
            add(
                    Severity.WARNING,
                    Rule.UNKNOWN_MODIFIER,
                    i,
                    "'"
                            + unknown.format()
                            + "' is not the "
                            + name
                            + " mechanism but an unknown modifier that receivers ignore. Write '"
                            + name
                            + ":"
                            + unknown.value()
                            + "'.");
        } else {
            var hint = NearestName.hint(name, List.of("redirect", "exp"), "=");
            add(
                    hint.isEmpty() ? Severity.INFO : Severity.WARNING,
                    Rule.UNKNOWN_MODIFIER,
                    i,
                    "'"
                            + name
                            + "=' is not a modifier receivers know, so they ignore it"
                            + hint
                            + ". Remove it unless a tool of yours reads it.");
        }
    }

    private void checkRecord() {
        if (!record.hasAll() && record.redirect().isEmpty()) {
            add(
                    Severity.INFO,
                    Rule.NO_DEFAULT,
                    -1,
                    record.terms().isEmpty()
                            ? "the record has no terms, so every server gets 'neutral'. If this"
                                    + " domain sends no mail, publish 'v=spf1 -all'."
                            : "the record ends without 'all' or redirect=, so servers not listed"
                                    + " get 'neutral' (no protection). End it with '~all' or"
                                    + " '-all'.");
        }
        checkDnsTerms();
        checkLength();
    }

    private void checkDnsTerms() {
        int count = record.dnsTermCount();
        if (count > SpfRecord.MAX_DNS_TERMS) {
            add(
                    Severity.ERROR,
                    Rule.DNS_LOOKUPS,
                    -1,
                    count
                            + " terms query DNS (include, a, mx, ptr, exists, redirect), more"
                            + " than the limit of 10 (RFC 7208 section 4.6.4): receivers return"
                            + " permerror when evaluation reaches the 11th. Replace a and mx"
                            + " with ip4:/ip6: ranges, or merge includes.");
        } else if (count >= DNS_TERMS_WARNING) {
            add(
                    Severity.WARNING,
                    Rule.DNS_LOOKUPS,
                    -1,
                    count
                            + " of the 10 allowed DNS lookups (RFC 7208 section 4.6.4) are used"
                            + " by this record alone, and each include or redirect adds the"
                            + " lookups of the record it names. Keep headroom: use ip4:/ip6:"
                            + " for servers whose addresses are stable.");
        }
    }

    private void checkLength() {
        var text = record.format();
        int octets = TxtStrings.octets(text);
        if (octets > UDP_SAFE_OCTETS) {
            add(
                    Severity.WARNING,
                    Rule.LENGTH,
                    -1,
                    "the record is "
                            + octets
                            + " octets; above "
                            + UDP_SAFE_OCTETS
                            + " the DNS answer may not fit in UDP with other TXT records at the"
                            + " name (RFC 7208 section 3.4), which makes some receivers fail."
                            + " Shorten it, e.g. by moving terms into an include.");
        }
        if (octets > TxtStrings.MAX_STRING_OCTETS) {
            add(
                    Severity.INFO,
                    Rule.LENGTH,
                    -1,
                    "the record is "
                            + octets
                            + " octets, more than the 255 one TXT string holds: publish it as "
                            + TxtStrings.split(text).size()
                            + " strings (in a zone file \"...\" \"...\"), which receivers join"
                            + " without spaces. Most DNS panels split it for you.");
        }
    }

    private void add(Severity severity, Rule rule, int termIndex, String message) {
        findings.add(
                new LintFinding(
                        severity,
                        rule,
                        message,
                        termIndex < 0 ? OptionalInt.empty() : OptionalInt.of(termIndex)));
    }
}
