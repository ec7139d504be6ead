package org.sendready.records.profile;

/// A quoted HCL string (HCL native syntax specification, "Template Expressions" and "Template
/// Interpolation"), as Terraform reads `.tf` files.
///
/// Besides `\"`, `\\` and the control escapes, a quoted string is a template: `${` starts an
/// interpolation and `%{` a directive, so literal ones are written `$${` and `%%{`.
final class HclString {

    private HclString() {}

    /// `text` as a quoted HCL string.
    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opensTemplate = i + 1 < text.length() && text.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(opensTemplate ? "$$" : "$");
                case '%' -> out.append(opensTemplate ? "%%" : "%");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
