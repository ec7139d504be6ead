package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;
import org.sendready.spf.MacroString.Escape;
import org.sendready.spf.MacroString.Expand;
import org.sendready.spf.MacroString.Literal;

class MacroStringTest {

    @Test
    void parse_splitsLiteralsExpansionsAndEscapes() {
        var macro = MacroString.parse("%{ir}.%{l1r+-}.%%x%_y%-%{D2}");
        assertThat(macro.parts())
                .containsExactly(
                        new Expand(MacroLetter.IP, 0, true, "", false),
                        new Literal("."),
                        new Expand(MacroLetter.LOCAL_PART, 1, true, "+-", false),
                        new Literal("."),
                        Escape.PERCENT,
                        new Literal("x"),
                        Escape.SPACE,
                        new Literal("y"),
                        Escape.URL_SPACE,
                        new Expand(MacroLetter.DOMAIN, 2, false, "", true));
    }

    @ParameterizedTest
    @CsvSource({
        // every letter of RFC 7208 section 7.2, both cases
        "%{s}%{l}%{o}%{d}%{i}%{p}%{h}%{v}%{c}%{r}%{t}",
        "%{S}%{L}%{O}%{D}%{I}%{P}%{H}%{V}%{C}%{R}%{T}",
        // digits, reverse, all delimiters
        "'%{d127r.-+,/_=}'",
        // delimiters may repeat
        "%{l..}",
        // the empty macro-string
        "''",
    })
    void parse_thenFormat_isIdentity(String text) {
        var value = text == null ? "" : text;
        assertThat(MacroString.parse(value).format()).isEqualTo(value);
    }

    @Test
    void parse_readsUpperCaseReverseAsReverse() {
        // ABNF literals are case-insensitive (RFC 5234 section 2.3), so "R" reverses too
        assertThat(MacroString.parse("%{dR}").format()).isEqualTo("%{dr}");
    }

    @ParameterizedTest
    @CsvSource({
        // '%' not followed by '{', '%', '_' or '-'
        "%a, position 1: '%a' is not a macro",
        // unknown letter
        "%{x}, position 1: 'x' in '%{x}' is not a macro letter",
        // zero parts
        "%{d0}, the number of parts to keep must be 1 to 999",
        // too many digits
        "%{d1000}, the number of parts to keep must be 1 to 999",
        // transformer after a delimiter
        "%{d.r}, has 'r' where a delimiter",
        // a space is not a literal in a record
        "'a b', position 2: a space is not allowed here",
    })
    void parse_rejectsInvalidMacroSyntax(String text, String message) {
        assertThatThrownBy(() -> MacroString.parse(text))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("macro-string: ")
                .hasMessageContaining(message);
    }

    @Test
    void parseExplanation_allowsSpacesAndExplanationLetters() {
        var macro = MacroString.parseExplanation("%{c} is not one of %{d}'s servers at %{t}");
        assertThat(macro.expansions().map(Expand::letter))
                .containsExactly(MacroLetter.CLIENT_IP, MacroLetter.DOMAIN, MacroLetter.TIMESTAMP);
        assertThat(macro.format()).isEqualTo("%{c} is not one of %{d}'s servers at %{t}");
    }

    @Test
    void parseExplanation_rejectsTheBadMacroOfTheXFiles() {
        assertThatThrownBy(() -> MacroString.parseExplanation("The %{x}-files."))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("explanation: position 5:");
    }

    @Test
    void constructor_mergesAdjacentLiterals_soEqualTextIsEqualValue() {
        var built = new MacroString(List.of(new Literal("ex"), new Literal("ample.com")));
        assertThat(built).isEqualTo(MacroString.parse("example.com"));
        assertThat(built.literalText()).contains("example.com");
    }

    @Test
    void literal_rejectsPercent() {
        assertThatThrownBy(() -> new Literal("50%"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("write '%%'");
    }

    @Test
    void expand_rejectsUnknownDelimiter() {
        assertThatThrownBy(() -> new Expand(MacroLetter.DOMAIN, 0, false, "!", false))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void escapes_expandAsRfc7208Section71Says() {
        assertThat(Escape.PERCENT.expansion()).isEqualTo("%");
        assertThat(Escape.SPACE.expansion()).isEqualTo(" ");
        assertThat(Escape.URL_SPACE.expansion()).isEqualTo("%20");
    }

    @ParameterizedTest
    @CsvSource({
        // plain domain
        "_spf.example.com",
        // trailing dot
        "example.com.",
        // ends in a macro
        "%{d}",
        // ends in an escape, which is a macro-expand too
        "foo%-",
        // toplabel of digits around a hyphen (second toplabel alternative)
        "x.123-456",
    })
    void domainSpec_acceptsValidDomainEnds(String text) {
        assertThat(DomainSpec.parse(text).format()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        // no dot before the top label
        "localhost, does not end in a top-level label",
        // all-numeric top label
        "abc.123, not a top-level label",
        // hyphen at the start of the top label
        "a.-com, not a top-level label",
        // ends in a literal after a macro, without a dot
        "%{d}com, the domain does not end in a top-level label",
        // explanation-only letter
        "%{t}.example.com, letters c, r and t",
        // empty
        "'', the domain is empty",
    })
    void domainSpec_rejectsInvalidDomainEnds(String text, String message) {
        assertThatThrownBy(() -> DomainSpec.parse(text == null ? "" : text))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("domain-spec: ")
                .hasMessageContaining(message);
    }
}
