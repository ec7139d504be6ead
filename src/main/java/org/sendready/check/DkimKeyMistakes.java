package org.sendready.check;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendready.records.TxtStrings;

/// Recognises the classic ways a DKIM key record gets mangled on its way into DNS, from a key
/// record that does not parse, and says them in plain words.
final class DkimKeyMistakes {

    /// The `p=` tag's raw value in a tag list (RFC 6376 section 3.2).
    private static final Pattern P_TAG = Pattern.compile("(?:^|;)\\s*p\\s*=([^;]*)");

    /// What pasting zone-file strings into a panel leaves inside a value: quotes, the
    /// backslashes that escaped them, and the blanks between the strings.
    private static final Pattern PASTE_DEBRIS = Pattern.compile("[\"\\\\\\s]");

    /// A recognised mistake.
    ///
    /// @param what what is wrong, e.g. "the DKIM key is cut off at 255 characters"
    /// @param advice what to do instead
    record Mistake(String what, String advice) {
        /// Both as one text, for [RecordComparison#mistake()].
        String text() {
            return what + ". " + advice;
        }
    }

    private DkimKeyMistakes() {}

    /// The mistake that explains why `strings` (a key record's character-strings, which do not
    /// parse) do not publish `expectedBase64`, if it is a known one.
    static Optional<Mistake> diagnose(List<String> strings, String expectedBase64) {
        var joined = String.join("", strings);
        var matcher = P_TAG.matcher(joined);
        var p = matcher.find() ? Optional.of(matcher.group(1)) : Optional.<String>empty();
        var cleaned = p.map(v -> PASTE_DEBRIS.matcher(v).replaceAll(""));
        boolean exactAfterCleaning = cleaned.filter(expectedBase64::equals).isPresent();
        if (p.filter(v -> v.indexOf('"') >= 0 || v.indexOf('\\') >= 0).isPresent()) {
            return Optional.of(
                    new Mistake(
                            "p= contains stray quotes"
                                    + (exactAfterCleaning
                                            ? " (without them it is exactly the right key)"
                                            : ""),
                            "The key was pasted with its zone-file quotes: paste the value"
                                    + " without any \" characters or the spaces between the"
                                    + " pieces."));
        }
        boolean cutAt255 =
                strings.size() == 1
                        && TxtStrings.octets(strings.getFirst()) == TxtStrings.MAX_STRING_OCTETS;
        boolean prefix =
                cleaned.filter(
                                v ->
                                        !v.isEmpty()
                                                && v.length() < expectedBase64.length()
                                                && expectedBase64.startsWith(v))
                        .isPresent();
        if (cutAt255 || prefix) {
            return Optional.of(
                    new Mistake(
                            "the DKIM key is cut off"
                                    + (cutAt255
                                            ? " at 255 characters, the most one TXT string holds"
                                            : " after "
                                                    + cleaned.orElseThrow().length()
                                                    + " of its "
                                                    + expectedBase64.length()
                                                    + " characters"),
                            "Publish the whole value: in a zone file as several quoted strings"
                                    + " (\"...\" \"...\"), which verifiers join; in a DNS panel as"
                                    + " one long value, which the panel splits."));
        }
        return Optional.empty();
    }
}
