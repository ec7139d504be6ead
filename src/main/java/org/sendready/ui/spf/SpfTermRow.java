package org.sendready.ui.spf;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;
import org.sendready.spf.Directive;
import org.sendready.spf.DomainSpec;
import org.sendready.spf.DualCidr;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Modifier;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfParser;
import org.sendready.spf.Term;

/// One row of the SPF builder: a term being edited as its parts (qualifier, kind, value,
/// prefix lengths), parsed into a [Term] on every change. An invalid row keeps the user's text
/// and says which field is wrong, why, and what would be right.
public final class SpfTermRow {

    /// The field of a row an error is about.
    public enum Field {
        NONE,
        VALUE,
        IP4_PREFIX,
        IP6_PREFIX
    }

    private final ObjectProperty<SpfTermKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Qualifier> qualifier = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty ip4Prefix = new SimpleStringProperty("");
    private final StringProperty ip6Prefix = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Term> term = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Field> errorField = new ReadOnlyObjectWrapper<>(Field.NONE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    /// An empty row of `kind`; `all` starts as `-all`, everything else as pass.
    public SpfTermRow(SpfTermKind kind) {
        this.kind.set(kind);
        this.qualifier.set(kind == SpfTermKind.ALL ? Qualifier.FAIL : Qualifier.PASS);
        for (Observable part :
                new Observable[] {this.kind, qualifier, value, ip4Prefix, ip6Prefix}) {
            part.addListener(o -> parse());
        }
        parse();
    }

    /// A row showing `term`.
    public static SpfTermRow of(Term term) {
        var row = new SpfTermRow(SpfTermKind.of(term));
        switch (term) {
            case Directive directive -> {
                row.qualifier.set(directive.qualifier());
                row.showMechanism(directive.mechanism());
            }
            case Modifier.Redirect redirect -> row.value.set(redirect.value());
            case Modifier.Explanation exp -> row.value.set(exp.value());
            case Modifier.Unknown unknown -> row.value.set(unknown.format());
        }
        return row;
    }

    private void showMechanism(Mechanism mechanism) {
        switch (mechanism) {
            case Mechanism.All all -> {}
            case Mechanism.Include include -> value.set(include.domain().format());
            case Mechanism.Exists exists -> value.set(exists.domain().format());
            case Mechanism.Ptr ptr -> value.set(ptr.domain().map(DomainSpec::format).orElse(""));
            case Mechanism.A a -> showDomainAndCidr(a.domain(), a.cidr());
            case Mechanism.Mx mx -> showDomainAndCidr(mx.domain(), mx.cidr());
            case Mechanism.Ip4 ip4 -> {
                value.set(IpAddresses.format(ip4.address()));
                ip4Prefix.set(prefixText(ip4.prefix(), DualCidr.MAX_IP4_PREFIX));
            }
            case Mechanism.Ip6 ip6 -> {
                value.set(IpAddresses.format(ip6.address()));
                ip6Prefix.set(prefixText(ip6.prefix(), DualCidr.MAX_IP6_PREFIX));
            }
        }
    }

    private void showDomainAndCidr(Optional<DomainSpec> domain, DualCidr cidr) {
        value.set(domain.map(DomainSpec::format).orElse(""));
        ip4Prefix.set(prefixText(cidr.ip4Prefix(), DualCidr.MAX_IP4_PREFIX));
        ip6Prefix.set(prefixText(cidr.ip6Prefix(), DualCidr.MAX_IP6_PREFIX));
    }

    private static String prefixText(int prefix, int max) {
        return prefix == max ? "" : Integer.toString(prefix);
    }

    /// A new row with the same fields.
    public SpfTermRow copy() {
        var copy = new SpfTermRow(kind.get());
        copy.qualifier.set(qualifier.get());
        copy.value.set(value.get());
        copy.ip4Prefix.set(ip4Prefix.get());
        copy.ip6Prefix.set(ip6Prefix.get());
        return copy;
    }

    public ObjectProperty<SpfTermKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Qualifier> qualifierProperty() {
        return qualifier;
    }

    /// The domain, address or `name=value` as typed.
    public StringProperty valueProperty() {
        return value;
    }

    /// The IPv4 prefix length as typed; empty for the default (32).
    public StringProperty ip4PrefixProperty() {
        return ip4Prefix;
    }

    /// The IPv6 prefix length as typed; empty for the default (128).
    public StringProperty ip6PrefixProperty() {
        return ip6Prefix;
    }

    /// The parsed term; `null` while the row has an error.
    public ReadOnlyObjectProperty<Term> termProperty() {
        return term.getReadOnlyProperty();
    }

    public Term term() {
        return term.get();
    }

    /// `field: reason` for an invalid row, else empty.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /// Which field [#errorProperty()] is about.
    public ReadOnlyObjectProperty<Field> errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    /// The term as text: canonical when valid, else as the user wrote it.
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public boolean isValid() {
        return term.get() != null;
    }

    private void parse() {
        if (kind.get() == null || qualifier.get() == null) {
            return;
        }
        try {
            var parsed = build();
            term.set(parsed);
            error.set("");
            errorField.set(Field.NONE);
            text.set(parsed.format());
        } catch (RowError e) {
            term.set(null);
            errorField.set(e.field);
            error.set(e.problem.getMessage());
            text.set(written());
        }
    }

    /// The row as the user wrote it, for the preview of an invalid record.
    private String written() {
        var k = kind.get();
        var v = value.get().strip();
        return switch (k) {
            case OTHER -> v;
            case REDIRECT, EXP -> k.label() + v;
            default -> {
                var prefix = qualifier.get() == Qualifier.PASS ? "" : "" + qualifier.get().symbol();
                var body = prefix + k.label() + (v.isEmpty() ? "" : ":" + v);
                var four = ip4Prefix.get().strip();
                var six = ip6Prefix.get().strip();
                yield body + (four.isEmpty() ? "" : "/" + four) + (six.isEmpty() ? "" : "//" + six);
            }
        };
    }

    private Term build() {
        var k = kind.get();
        return switch (k) {
            case IP4 -> directive(ip4());
            case IP6 -> directive(ip6());
            case A -> directive(new Mechanism.A(optionalDomain(), cidr()));
            case MX -> directive(new Mechanism.Mx(optionalDomain(), cidr()));
            case PTR -> directive(new Mechanism.Ptr(optionalDomain()));
            case INCLUDE -> directive(new Mechanism.Include(requiredDomain()));
            case EXISTS -> directive(new Mechanism.Exists(requiredDomain()));
            case ALL -> directive(new Mechanism.All());
            case REDIRECT -> new Modifier.Redirect(requiredDomain());
            case EXP -> new Modifier.Explanation(requiredDomain());
            case OTHER -> otherModifier();
        };
    }

    private Directive directive(Mechanism mechanism) {
        return new Directive(qualifier.get(), mechanism);
    }

    private Mechanism.Ip4 ip4() {
        var address = addressAndPrefix(ip4Prefix.get(), "IPv4", DualCidr.MAX_IP4_PREFIX);
        var v4 =
                onValue(
                        () ->
                                IpAddresses.parseIpv4(
                                        address.address(), kind.get().label() + " address"));
        return new Mechanism.Ip4(v4, address.prefix());
    }

    private Mechanism.Ip6 ip6() {
        var address = addressAndPrefix(ip6Prefix.get(), "IPv6", DualCidr.MAX_IP6_PREFIX);
        var v6 =
                onValue(
                        () ->
                                IpAddresses.parseIpv6(
                                        address.address(), kind.get().label() + " address"));
        return new Mechanism.Ip6(v6, address.prefix());
    }

    private record AddressText(String address, int prefix) {}

    /// The address and prefix length of an `ip4`/`ip6` row; `192.0.2.0/24` typed into the
    /// value field is accepted when the prefix field is empty.
    private AddressText addressAndPrefix(String prefixText, String family, int max) {
        var typed = value.get().strip();
        var prefixField = kind.get() == SpfTermKind.IP4 ? Field.IP4_PREFIX : Field.IP6_PREFIX;
        int slash = typed.indexOf('/');
        if (slash < 0) {
            return new AddressText(typed, prefix(prefixText, family, max, prefixField));
        }
        if (!prefixText.isBlank()) {
            throw new RowError(
                    Field.VALUE,
                    new InvalidInput(
                            kind.get().label() + " address",
                            "'"
                                    + typed
                                    + "' has a prefix length and so has the /prefix field; give"
                                    + " it once"));
        }
        return new AddressText(
                typed.substring(0, slash),
                prefix(typed.substring(slash + 1), family, max, Field.VALUE));
    }

    private int prefix(String typed, String family, int max, Field field) {
        var text = typed.strip();
        if (text.isEmpty()) {
            return max;
        }
        var name = family + " prefix length";
        if (!text.matches("[0-9]{1,3}")) {
            throw new RowError(
                    field,
                    new InvalidInput(name, "'" + text + "' is not a number; expected 0 to " + max));
        }
        int prefix = Integer.parseInt(text);
        if (prefix > max) {
            throw new RowError(
                    field,
                    new InvalidInput(
                            name, prefix + " is more than " + max + "; expected 0 to " + max));
        }
        return prefix;
    }

    private DualCidr cidr() {
        return new DualCidr(
                prefix(ip4Prefix.get(), "IPv4", DualCidr.MAX_IP4_PREFIX, Field.IP4_PREFIX),
                prefix(ip6Prefix.get(), "IPv6", DualCidr.MAX_IP6_PREFIX, Field.IP6_PREFIX));
    }

    private Optional<DomainSpec> optionalDomain() {
        if (value.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(requiredDomain());
    }

    private DomainSpec requiredDomain() {
        var typed = value.get().strip();
        var field = kind.get().label().replace("=", "") + " domain";
        if (typed.isEmpty()) {
            throw new RowError(
                    Field.VALUE,
                    new InvalidInput(field, "is empty; expected e.g. " + kind.get().prompt()));
        }
        return onValue(
                () -> {
                    try {
                        return DomainSpec.parse(typed);
                    } catch (InvalidInput e) {
                        throw e.inField(field);
                    }
                });
    }

    private Modifier.Unknown otherModifier() {
        var typed = value.get().strip();
        var field = "modifier";
        Term parsed =
                onValue(
                        () -> {
                            try {
                                return SpfParser.parseTerm(typed);
                            } catch (InvalidInput e) {
                                throw e.inField(field);
                            }
                        });
        if (parsed instanceof Modifier.Unknown unknown) {
            return unknown;
        }
        throw new RowError(
                Field.VALUE,
                new InvalidInput(
                        field,
                        "'"
                                + typed
                                + "' is not an unknown modifier; pick its own kind ("
                                + SpfTermKind.of(parsed).label()
                                + ") instead"));
    }

    private static <T> T onValue(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            throw new RowError(Field.VALUE, e);
        }
    }

    /// An invalid row: which field, and the core parser's message.
    private static final class RowError extends RuntimeException {
        private final Field field;
        private final InvalidInput problem;

        RowError(Field field, InvalidInput problem) {
            super(problem.getMessage(), problem, false, false);
            this.field = field;
            this.problem = problem;
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
