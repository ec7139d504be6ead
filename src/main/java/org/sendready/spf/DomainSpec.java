package org.sendready.spf;

import java.util.Optional;
import org.sendready.input.InvalidInput;

/// The target of a mechanism or of `redirect=`/`exp=`: a macro-string that ends in a top-level
/// label or a macro (RFC 7208 section 7.1 `domain-spec`), e.g. `_spf.example.com` or
/// `%{i}._spf.%{d}`.
///
/// Only the syntax is checked here. The name a macro expands to is checked when it is used,
/// since RFC 7208 section 4.8 treats a name that is not a valid DNS name as no match.
public record DomainSpec(MacroString macro) {

    public DomainSpec {
        try {
            check(macro, 0);
        } catch (SyntaxError e) {
            throw new InvalidInput("domain-spec", e.reason());
        }
    }

    /// Parses `text`, e.g. `_spf.example.com`.
    public static DomainSpec parse(String text) {
        try {
            return parse(text, 0, text.length());
        } catch (SyntaxError e) {
            throw new InvalidInput(
                    "domain-spec", "position " + (e.offset() + 1) + ": " + e.reason());
        }
    }

    /// Parses `text[from, to)`, reporting errors at their offset in `text`.
    static DomainSpec parse(String text, int from, int to) {
        var macro = MacroParser.parse(text, from, to, MacroParser.Mode.DOMAIN);
        check(macro, from);
        return new DomainSpec(macro);
    }

    /// The canonical text.
    public String format() {
        return macro.format();
    }

    /// The domain when it contains no macros, as written (a final dot is kept).
    public Optional<String> literalText() {
        return macro.literalText();
    }

    @Override
    public String toString() {
        return format();
    }

    private static void check(MacroString macro, int offset) {
        if (macro.isEmpty()) {
            throw new SyntaxError(offset, "the domain is empty; expected e.g. _spf.example.com");
        }
        for (var part : macro.parts()) {
            switch (part) {
                case MacroString.Literal literal when literal.text().indexOf(' ') >= 0 ->
                        throw new SyntaxError(offset, "a domain may not contain a space");
                case MacroString.Expand expand when expand.letter().explanationOnly() ->
                        throw new SyntaxError(
                                offset,
                                "macro '"
                                        + expand.format()
                                        + "': the letters c, r and t are allowed only in"
                                        + " explanation text (RFC 7208 section 7.2)");
                default -> {}
            }
        }
        if (!(macro.parts().getLast() instanceof MacroString.Literal last)) {
            return; // domain-end = macro-expand
        }
        var problem = topLabelProblem(last.text(), macro.parts().size() == 1);
        if (problem != null) {
            throw new SyntaxError(offset, problem);
        }
    }

    /// Why `tail` (the final literal) does not end in `"." toplabel ["."]`, or null.
    private static String topLabelProblem(String tail, boolean wholeDomain) {
        var text = tail.endsWith(".") ? tail.substring(0, tail.length() - 1) : tail;
        int dot = text.lastIndexOf('.');
        var label = dot < 0 ? "" : text.substring(dot + 1);
        if (dot >= 0 && isTopLabel(label)) {
            return null;
        }
        if (wholeDomain && IpLiteral.isIp4(tail)) {
            return "'" + tail + "' is an IPv4 address, not a domain; write ip4:" + tail;
        }
        if (wholeDomain && IpLiteral.isIp6(tail)) {
            return "'" + tail + "' is an IPv6 address, not a domain; write ip6:" + tail;
        }
        var shown = wholeDomain ? "'" + tail + "'" : "the domain";
        if (dot < 0) {
            boolean looksLikeLabel = text.matches("[A-Za-z0-9][A-Za-z0-9-]*");
            return shown
                    + " does not end in a top-level label such as '.com' or in a macro"
                    + (wholeDomain && looksLikeLabel
                            ? "; write the full name, e.g. " + text + ".example.com"
                            : "");
        }
        if (label.isEmpty()) {
            return shown + " ends in an empty label";
        }
        return shown
                + " ends in '"
                + label
                + "', which is not a top-level label (letters, digits and inner '-', not"
                + " all digits)";
    }

    /// RFC 7208 section 7.1 `toplabel`: letters, digits and inner hyphens, not all digits.
    private static boolean isTopLabel(String label) {
        boolean notAllDigits = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean digit = c >= '0' && c <= '9';
            if (c == '-') {
                if (i == 0 || i == label.length() - 1) {
                    return false;
                }
                notAllDigits = true; // the second alternative allows digits around a hyphen
            } else if (!alpha && !digit) {
                return false;
            }
            notAllDigits |= alpha;
        }
        return notAllDigits;
    }
}
