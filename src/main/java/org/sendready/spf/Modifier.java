package org.sendready.spf;

import java.util.Locale;
import java.util.Objects;

/// A `name=value` term (RFC 7208 section 6): `redirect=`, `exp=`, or a modifier receivers do
/// not know and ignore.
public sealed interface Modifier extends Term
        permits Modifier.Redirect, Modifier.Explanation, Modifier.Unknown {

    /// The modifier's name in lower case.
    String name();

    /// The canonical text after `=`.
    String value();

    @Override
    default String format() {
        return name() + "=" + value();
    }

    /// `redirect=domain` (RFC 7208 section 6.1): when no mechanism matches, the result is the
    /// result of that domain's record. Ignored when the record has `all`.
    record Redirect(DomainSpec domain) implements Modifier {
        public Redirect {
            Objects.requireNonNull(domain);
        }

        @Override
        public String name() {
            return "redirect";
        }

        @Override
        public String value() {
            return domain.format();
        }
    }

    /// `exp=domain` (RFC 7208 section 6.2): where to find the explanation text given with a
    /// `fail` result.
    record Explanation(DomainSpec domain) implements Modifier {
        public Explanation {
            Objects.requireNonNull(domain);
        }

        @Override
        public String name() {
            return "exp";
        }

        @Override
        public String value() {
            return domain.format();
        }
    }

    /// A modifier receivers do not know and ignore (RFC 7208 section 6), kept with its
    /// macro-string. The name is stored in lower case, since names are case-insensitive.
    record Unknown(String name, MacroString macro) implements Modifier {
        public Unknown {
            name = name.toLowerCase(Locale.ROOT);
            Objects.requireNonNull(macro);
            if (!isName(name)) {
                throw new IllegalArgumentException(
                        "'"
                                + name
                                + "' is not a modifier name: a letter, then letters, digits,"
                                + " '-', '_' or '.'");
            }
            if (name.equals("redirect") || name.equals("exp")) {
                throw new IllegalArgumentException(name + "= is a known modifier, not unknown");
            }
            for (var part : macro.parts()) {
                if (part instanceof MacroString.Literal literal
                        && literal.text().indexOf(' ') >= 0) {
                    throw new IllegalArgumentException("a modifier value may not contain a space");
                }
            }
        }

        @Override
        public String value() {
            return macro.format();
        }

        /// RFC 7208 section 4.6.1: `name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )`.
        static boolean isName(String name) {
            if (name.isEmpty() || !isAlpha(name.charAt(0))) {
                return false;
            }
            for (int i = 1; i < name.length(); i++) {
                if (!isNameChar(name.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        static boolean isAlpha(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        static boolean isNameChar(char c) {
            return isAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        }
    }
}
