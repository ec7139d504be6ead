package org.sendready.taglist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendready.input.InvalidInput;

/// An RFC 6376 section 3.2 tag list (`v=DKIM1; k=rsa; p=...`), shared by DKIM key records and
/// DMARC records (RFC 7489 section 6.4 reuses the same syntax).
///
/// Whitespace and folding around tags and inside values are tolerated, as the RFC allows;
/// values keep inner whitespace collapsed to one space. A tag that appears twice makes the
/// whole list invalid (RFC 6376 section 3.2: "Tags with duplicate names MUST NOT occur").
/// Unknown tags are kept: each consumer decides which it knows.
public record TagList(List<Tag> tags) {

    /// One `name=value` pair and where its name starts in the parsed text (0-based).
    public record Tag(String name, String value, int position) {}

    public TagList {
        tags = List.copyOf(tags);
    }

    /// Parses `text`; errors name `field` and the character position.
    public static TagList parse(String text, String field) {
        if (text == null) {
            throw new InvalidInput(field, "is empty; expected tag=value pairs separated by ';'");
        }
        var tags = new ArrayList<Tag>();
        var seen = new HashSet<String>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            var spec = text.substring(start, end);
            if (spec.isBlank()) {
                boolean last = end == text.length();
                if (!last || tags.isEmpty()) {
                    if (last && tags.isEmpty()) {
                        throw new InvalidInput(
                                field, "is empty; expected tag=value pairs separated by ';'");
                    }
                    throw new InvalidInput(
                            field, "empty tag at position " + start + " (two ';' in a row)");
                }
            } else {
                var tag = parseSpec(spec, start, field);
                if (!seen.add(tag.name())) {
                    throw new InvalidInput(
                            field,
                            "tag '"
                                    + tag.name()
                                    + "' appears twice (second at position "
                                    + tag.position()
                                    + "); each tag may appear once");
                }
                tags.add(tag);
            }
            start = end + 1;
        }
        return new TagList(tags);
    }

    private static Tag parseSpec(String spec, int offset, String field) {
        int eq = spec.indexOf('=');
        int nameStart = offset + firstNonSpace(spec);
        if (eq < 0) {
            throw new InvalidInput(
                    field,
                    "'"
                            + spec.strip()
                            + "' at position "
                            + nameStart
                            + " has no '='; expected tag=value");
        }
        var name = spec.substring(0, eq).strip();
        if (!isTagName(name)) {
            throw new InvalidInput(
                    field,
                    "tag name '"
                            + name
                            + "' at position "
                            + nameStart
                            + " is invalid; a tag name is a letter followed by letters, digits or '_'");
        }
        var rawValue = spec.substring(eq + 1);
        for (int i = 0; i < rawValue.length(); i++) {
            char c = rawValue.charAt(i);
            boolean valChar = c >= 0x21 && c <= 0x7e && c != ';';
            if (!valChar && !isWhitespace(c)) {
                throw new InvalidInput(
                        field,
                        "tag '"
                                + name
                                + "' has a character that is not allowed (code "
                                + (int) c
                                + ") at position "
                                + (offset + eq + 1 + i));
            }
        }
        var value = rawValue.strip().replaceAll("[ \\t\\r\\n]+", " ");
        return new Tag(name, value, nameStart);
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isTagName(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.charAt(0) > 0x7e) {
            return false;
        }
        return name.chars()
                .allMatch(
                        c ->
                                (c >= 'a' && c <= 'z')
                                        || (c >= 'A' && c <= 'Z')
                                        || (c >= '0' && c <= '9')
                                        || c == '_');
    }

    /// The value of `name`, compared exactly (DKIM tag names are case-sensitive).
    public Optional<String> get(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).map(Tag::value).findFirst();
    }

    /// The canonical text: `name=value` pairs joined by `; `.
    public String format() {
        return tags.stream().map(t -> t.name() + "=" + t.value()).collect(Collectors.joining("; "));
    }
}
