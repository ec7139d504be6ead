package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/// Checks exported Terraform with the real `terraform` binary, offline: `terraform fmt -check`
/// parses the whole file and confirms its layout, and `terraform console` evaluates the string
/// literals so a test can compare what Terraform reads with the original values.
final class TerraformCheck {

    private static final Pattern VALUE_ATTRIBUTE =
            Pattern.compile("^\\s+(?:content|records)\\s+=\\s+(.+)$", Pattern.MULTILINE);

    private TerraformCheck() {}

    /// The string literals of every `content` and `records` attribute, as Terraform
    /// evaluates them (a `records` list as a JSON array).
    static List<JsonNode> evaluate(Path dir, String tf) throws Exception {
        var terraform = ExternalTool.find("terraform");
        assumeTrue(terraform.isPresent(), "terraform is not installed");
        var format = ExternalTool.run(dir, tf, terraform.get().toString(), "fmt", "-check", "-");
        assertThat(format.exitCode()).as("terraform fmt -check: " + format.stderr()).isZero();

        var literals = VALUE_ATTRIBUTE.matcher(tf).results().map(m -> m.group(1)).toList();
        // base64 keeps the console's own quoting of the result out of the way.
        var expression = "base64encode(jsonencode([" + String.join(", ", literals) + "]))\n";
        var console = ExternalTool.run(dir, expression, terraform.get().toString(), "console");
        assertThat(console.exitCode()).as("terraform console: " + console.stderr()).isZero();
        var base64 = console.stdout().strip().replace("\"", "");
        var json = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        var values = new ObjectMapper().readTree(json);
        assertThat(values).hasSize(literals.size());
        var result = new ArrayList<JsonNode>();
        values.forEach(result::add);
        return result;
    }
}
