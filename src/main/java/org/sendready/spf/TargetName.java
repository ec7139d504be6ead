package org.sendready.spf;

import java.util.Locale;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// A domain name computed during evaluation, checked before it is asked: a name DNS can be
/// asked about, or the reason it cannot.
///
/// RFC 7208 does not let such names be syntax errors (a macro may produce them from what the
/// client sent): a malformed `<domain>` gives `none` (section 4.3), and a malformed target of a
/// mechanism is treated as a name that does not exist, so the mechanism does not match (the
/// test suite's reading of sections 4.3 and 5, "invalid-domain-*"). Names with characters the
/// DNS port cannot carry (it holds letters, digits, `-` and `_`) are treated the same way.
sealed interface TargetName {

    /// A name that can be asked.
    record Valid(DomainName name) implements TargetName {}

    /// A name that cannot be asked, as computed, with the reason.
    record Invalid(String text, String reason) implements TargetName {}

    /// The `<domain>` argument of check_host() (RFC 7208 section 4.3): a fully qualified name
    /// of at least two labels; one final dot is ignored.
    static TargetName checkedDomain(String text) {
        var target = of(text, withoutFinalDot(text));
        if (target instanceof Valid valid && valid.name().labels().size() < 2) {
            return new Invalid(text, "'" + text + "' is not a multi-label domain name");
        }
        return target;
    }

    /// The result of expanding a domain-spec (RFC 7208 section 7.3): one final dot is ignored,
    /// and a name longer than 253 characters loses labels on the left until it fits.
    static TargetName expanded(String text) {
        var name = withoutFinalDot(text);
        while (name.length() > DomainName.MAX_LENGTH && name.indexOf('.') >= 0) {
            name = name.substring(name.indexOf('.') + 1);
        }
        return of(text, name);
    }

    /// The name as computed, for traces.
    default String text() {
        return switch (this) {
            case Valid valid -> valid.name().ascii();
            case Invalid invalid -> invalid.text();
        };
    }

    private static TargetName of(String text, String name) {
        try {
            return new Valid(new DomainName(name.toLowerCase(Locale.ROOT)));
        } catch (InvalidInput e) {
            return new Invalid(text, e.reason());
        }
    }

    private static String withoutFinalDot(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
