package org.sendready.records.profile;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sendready.input.InvalidInput;
import org.sendready.records.RecordSet;

/// Where the records are going: a DNS-as-code format or a provider's web panel. The ids are
/// what the command line accepts.
public enum ExportProfile {
    /// DNSControl `dnsconfig.js`.
    DNSCONTROL("dnscontrol", "DNSControl dnsconfig.js"),
    /// octoDNS zone YAML (`config/example.com.yaml`).
    OCTODNS("octodns", "octoDNS zone YAML"),
    /// Terraform with the Cloudflare provider v5 (`cloudflare_dns_record`).
    TERRAFORM_CLOUDFLARE("terraform-cloudflare", "Terraform, Cloudflare provider v5"),
    /// Terraform with the AWS provider (`aws_route53_record`).
    TERRAFORM_ROUTE53("terraform-route53", "Terraform, AWS provider (Route 53)"),
    /// Cloudflare dashboard, see [PanelProfile#CLOUDFLARE].
    CLOUDFLARE("cloudflare", "Cloudflare dashboard"),
    /// Amazon Route 53 console, see [PanelProfile#ROUTE53].
    ROUTE53("route53", "Amazon Route 53 console"),
    /// GoDaddy DNS management, see [PanelProfile#GODADDY].
    GODADDY("godaddy", "GoDaddy DNS management"),
    /// cPanel Zone Editor, see [PanelProfile#CPANEL].
    CPANEL("cpanel", "cPanel Zone Editor"),
    /// Hetzner DNS console, see [PanelProfile#HETZNER].
    HETZNER("hetzner", "Hetzner DNS console"),
    /// Any other panel, see [PanelProfile#GENERIC].
    GENERIC("generic", "Any DNS provider's panel");

    private final String id;
    private final String description;

    ExportProfile(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /// The command-line id, e.g. `terraform-route53`.
    public String id() {
        return id;
    }

    /// What the profile is for, in a few words.
    public String description() {
        return description;
    }

    /// The profile named `text` (an [#id()], any case).
    public static ExportProfile parse(String text) {
        var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.id.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidInput(
                                        "profile",
                                        "'"
                                                + wanted
                                                + "' is not an export profile; expected one of "
                                                + allIds()));
    }

    /// The ids of all profiles, comma separated, for messages and help texts.
    public static String allIds() {
        return Arrays.stream(values()).map(ExportProfile::id).collect(Collectors.joining(", "));
    }

    /// `records` in this profile's format.
    ///
    /// Throws [InvalidInput] (field `profile`) when a record cannot be expressed in the
    /// target, e.g. a TXT value octoDNS would reject; the message names the record.
    public String render(RecordSet records) {
        return writer().write(records);
    }

    private ProfileWriter writer() {
        return switch (this) {
            case DNSCONTROL -> new DnsControlWriter();
            case OCTODNS -> new OctoDnsWriter();
            case TERRAFORM_CLOUDFLARE -> new TerraformCloudflareWriter();
            case TERRAFORM_ROUTE53 -> new TerraformRoute53Writer();
            case CLOUDFLARE -> new PanelInstructionsWriter(PanelProfile.CLOUDFLARE);
            case ROUTE53 -> new PanelInstructionsWriter(PanelProfile.ROUTE53);
            case GODADDY -> new PanelInstructionsWriter(PanelProfile.GODADDY);
            case CPANEL -> new PanelInstructionsWriter(PanelProfile.CPANEL);
            case HETZNER -> new PanelInstructionsWriter(PanelProfile.HETZNER);
            case GENERIC -> new PanelInstructionsWriter(PanelProfile.GENERIC);
        };
    }
}
