package org.sendready.records.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Terraform blocks laid out as `terraform fmt` leaves them: two-space indent and the `=` of
/// consecutive attributes aligned, so `terraform fmt -check` passes on the output.
final class HclBlock {

    private record Attribute(String name, String expression) {}

    private final String header;
    private final List<Attribute> attributes = new ArrayList<>();

    private HclBlock(String header) {
        this.header = header;
    }

    /// A block opening with `header`, e.g. `resource "aws_route53_record" "mx_example_com"`.
    static HclBlock of(String header) {
        return new HclBlock(header);
    }

    /// Adds `name = expression`; the expression is HCL as is (quote strings with [HclString]).
    HclBlock attribute(String name, String expression) {
        attributes.add(new Attribute(name, expression));
        return this;
    }

    /// The block as text, ending with a newline.
    String text() {
        int width = attributes.stream().mapToInt(a -> a.name().length()).max().orElse(0);
        var out = new StringBuilder(header).append(" {\n");
        for (var attribute : attributes) {
            out.append("  ")
                    .append(attribute.name())
                    .append(" ".repeat(width - attribute.name().length()))
                    .append(" = ")
                    .append(attribute.expression())
                    .append('\n');
        }
        return out.append("}\n").toString();
    }

    /// A resource or variable name made from `parts`, unique among `taken` (which it joins):
    /// letters, digits, `_` and `-` only, starting with a letter, as HCL identifiers must.
    static String identifier(Set<String> taken, String... parts) {
        var base = String.join("_", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "r_" + base;
        }
        var name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
