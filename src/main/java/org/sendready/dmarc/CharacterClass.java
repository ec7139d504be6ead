package org.sendready.dmarc;

/// A class of ASCII characters as RFC 3986 and RFC 5322 define theirs: letters, digits, and
/// the characters of `others`.
///
/// @param others the characters besides ASCII letters and digits
record CharacterClass(String others) {

    /// True when `c` is an ASCII letter or digit or one of [#others].
    boolean contains(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || (c < 0x80 && others.indexOf(c) >= 0);
    }

    /// The index of the first character of `text` outside this class, or -1 when there is
    /// none.
    int firstOutside(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!contains(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
