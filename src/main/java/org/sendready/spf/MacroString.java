package org.sendready.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sendready.input.InvalidInput;

/// A macro-string (RFC 7208 section 7.1) kept as parsed parts, so an evaluator can expand it
/// without parsing text again: literal text, macro expansions `%{d2r}`, and the escapes `%%`,
/// `%_`, `%-`.
///
/// Adjacent literals are merged, so one text has one structure and `parse(format())` gives an
/// equal value back.
public record MacroString(List<Part> parts) {

    /// One piece of a macro-string.
    public sealed interface Part permits Literal, Expand, Escape {
        /// The part as written in canonical text.
        String format();
    }

    /// Literal text: visible ASCII except `%` (RFC 7208 section 7.1 `macro-literal`), plus the
    /// space that explanation text allows.
    public record Literal(String text) implements Part {
        public Literal {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a literal part is never empty");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' || c < 0x20 || c > 0x7e) {
                    throw new InvalidInput(
                            "macro-string",
                            "literal text may not contain "
                                    + MacroParser.describe(c)
                                    + (c == '%' ? "; write '%%' for a percent sign" : ""));
                }
            }
        }

        @Override
        public String format() {
            return text;
        }
    }

    /// A macro expansion `%{` letter transformers delimiters `}` (RFC 7208 section 7.3).
    ///
    /// @param letter the value to insert
    /// @param keep how many right-hand parts to keep (the DIGIT transformer); 0 when no digits
    ///     were written, which keeps all parts
    /// @param reverse the `r` transformer: reverse the parts before keeping
    /// @param delimiters the characters to split on, from `.-+,/_=`, as written; empty means
    ///     the default `.`
    /// @param urlEscape an upper-case letter: URL-escape the expanded value
    public record Expand(
            MacroLetter letter, int keep, boolean reverse, String delimiters, boolean urlEscape)
            implements Part {

        /// The delimiter characters RFC 7208 section 7.1 allows.
        public static final String DELIMITERS = ".-+,/_=";

        public Expand {
            if (keep < 0) {
                throw new IllegalArgumentException("keep must be 0 (all) or more");
            }
            for (int i = 0; i < delimiters.length(); i++) {
                if (DELIMITERS.indexOf(delimiters.charAt(i)) < 0) {
                    throw new InvalidInput(
                            "macro-string",
                            "'"
                                    + delimiters.charAt(i)
                                    + "' is not a macro delimiter; use any of "
                                    + DELIMITERS);
                }
            }
        }

        /// A plain expansion such as `%{d}`.
        public static Expand of(MacroLetter letter) {
            return new Expand(letter, 0, false, "", false);
        }

        @Override
        public String format() {
            var text = new StringBuilder(8).append("%{");
            text.append(urlEscape ? Character.toUpperCase(letter.letter()) : letter.letter());
            if (keep > 0) {
                text.append(keep);
            }
            if (reverse) {
                text.append('r');
            }
            return text.append(delimiters).append('}').toString();
        }
    }

    /// The three escapes of RFC 7208 section 7.1: `%%`, `%_` and `%-`.
    public enum Escape implements Part {
        /// `%%`: a percent sign.
        PERCENT("%%", "%"),
        /// `%_`: a space.
        SPACE("%_", " "),
        /// `%-`: a URL-encoded space, `%20`.
        URL_SPACE("%-", "%20");

        private final String code;
        private final String expansion;

        Escape(String code, String expansion) {
            this.code = code;
            this.expansion = expansion;
        }

        /// What the escape stands for.
        public String expansion() {
            return expansion;
        }

        @Override
        public String format() {
            return code;
        }
    }

    public MacroString {
        parts = merged(parts);
    }

    /// Parses a macro-string as it appears in a record (no spaces). All macro letters are
    /// accepted, as the grammar of unknown modifiers allows; see [DomainSpec] for domains.
    public static MacroString parse(String text) {
        return MacroParser.parseStandalone(text, MacroParser.Mode.RECORD, "macro-string");
    }

    /// Parses explanation text, the TXT record `exp=` names (RFC 7208 section 6.2
    /// `explain-string`): spaces are allowed and so are the letters `c`, `r`, `t`.
    public static MacroString parseExplanation(String text) {
        return MacroParser.parseStandalone(text, MacroParser.Mode.EXPLANATION, "explanation");
    }

    /// A macro-string of literal text only.
    public static MacroString literal(String text) {
        return new MacroString(text.isEmpty() ? List.of() : List.of(new Literal(text)));
    }

    /// The canonical text: every part as written.
    public String format() {
        var text = new StringBuilder();
        for (var part : parts) {
            text.append(part.format());
        }
        return text.toString();
    }

    /// True when there are no parts.
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /// The macro expansions, in order.
    public Stream<Expand> expansions() {
        return parts.stream().filter(Expand.class::isInstance).map(Expand.class::cast);
    }

    /// The text when it has no expansions or escapes, as most domain-specs have.
    public Optional<String> literalText() {
        if (parts.isEmpty()) {
            return Optional.of("");
        }
        return parts.size() == 1 && parts.getFirst() instanceof Literal literal
                ? Optional.of(literal.text())
                : Optional.empty();
    }

    @Override
    public String toString() {
        return format();
    }

    private static List<Part> merged(List<Part> parts) {
        var result = new ArrayList<Part>(parts.size());
        for (var part : parts) {
            if (part instanceof Literal next
                    && !result.isEmpty()
                    && result.getLast() instanceof Literal previous) {
                result.set(result.size() - 1, new Literal(previous.text() + next.text()));
            } else {
                result.add(Objects.requireNonNull(part));
            }
        }
        return List.copyOf(result);
    }
}
