package org.sendready.ui.spf;

import org.sendready.spf.Directive;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Modifier;
import org.sendready.spf.Term;

/// What one row of the builder holds: a mechanism of RFC 7208 section 5, or one of the
/// modifiers of section 6. Each kind says which fields its row shows.
public enum SpfTermKind {
    IP4("ip4", Value.REQUIRED, true, false, "192.0.2.10", "an IPv4 address or network"),
    IP6("ip6", Value.REQUIRED, false, true, "2001:db8::10", "an IPv6 address or network"),
    A("a", Value.OPTIONAL, true, true, "the domain itself", "the addresses of a host name"),
    MX("mx", Value.OPTIONAL, true, true, "the domain itself", "the domain's mail exchangers"),
    INCLUDE(
            "include",
            Value.REQUIRED,
            false,
            false,
            "_spf.example.net",
            "the servers another domain's SPF record allows, e.g. a mail provider's"),
    EXISTS(
            "exists",
            Value.REQUIRED,
            false,
            false,
            "%{i}._spf.example.com",
            "a name that has an A record, usually built with macros"),
    PTR(
            "ptr",
            Value.OPTIONAL,
            false,
            false,
            "the domain itself",
            "reverse DNS names (slow and discouraged by RFC 7208 section 5.5)"),
    ALL("all", Value.NONE, false, false, "", "every other server: the record's default"),
    REDIRECT(
            "redirect=",
            Value.REQUIRED,
            false,
            false,
            "_spf.example.com",
            "use another domain's record when nothing here matched"),
    EXP(
            "exp=",
            Value.REQUIRED,
            false,
            false,
            "explain._spf.example.com",
            "where receivers find the text they give with a fail"),
    OTHER(
            "other modifier",
            Value.REQUIRED,
            false,
            false,
            "name=value",
            "a modifier receivers do not know and ignore");

    /// Whether a kind takes a value after its name.
    enum Value {
        NONE,
        OPTIONAL,
        REQUIRED
    }

    private final String label;
    private final Value value;
    private final boolean ip4Prefix;
    private final boolean ip6Prefix;
    private final String prompt;
    private final String description;

    SpfTermKind(
            String label,
            Value value,
            boolean ip4Prefix,
            boolean ip6Prefix,
            String prompt,
            String description) {
        this.label = label;
        this.value = value;
        this.ip4Prefix = ip4Prefix;
        this.ip6Prefix = ip6Prefix;
        this.prompt = prompt;
        this.description = description;
    }

    /// The name as written in a record, e.g. `include` or `redirect=`.
    public String label() {
        return label;
    }

    /// What the kind matches or does, for tooltips.
    public String description() {
        return description;
    }

    /// The value field's prompt.
    public String prompt() {
        return prompt;
    }

    /// True when the row has a value field.
    public boolean hasValue() {
        return value != Value.NONE;
    }

    /// True when the row may not leave its value empty.
    public boolean valueRequired() {
        return value == Value.REQUIRED;
    }

    /// True when the row has an IPv4 prefix length field (`ip4`, `a`, `mx`).
    public boolean hasIp4Prefix() {
        return ip4Prefix;
    }

    /// True when the row has an IPv6 prefix length field (`ip6`, `a`, `mx`).
    public boolean hasIp6Prefix() {
        return ip6Prefix;
    }

    /// True for modifiers, which take no qualifier.
    public boolean isModifier() {
        return this == REDIRECT || this == EXP || this == OTHER;
    }

    /// The kind of `term`.
    public static SpfTermKind of(Term term) {
        return switch (term) {
            case Directive directive ->
                    switch (directive.mechanism()) {
                        case Mechanism.All all -> ALL;
                        case Mechanism.Include include -> INCLUDE;
                        case Mechanism.A a -> A;
                        case Mechanism.Mx mx -> MX;
                        case Mechanism.Ptr ptr -> PTR;
                        case Mechanism.Ip4 ip4 -> IP4;
                        case Mechanism.Ip6 ip6 -> IP6;
                        case Mechanism.Exists exists -> EXISTS;
                    };
            case Modifier.Redirect redirect -> REDIRECT;
            case Modifier.Explanation exp -> EXP;
            case Modifier.Unknown unknown -> OTHER;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
