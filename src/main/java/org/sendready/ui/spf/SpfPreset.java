package org.sendready.ui.spf;

import org.sendready.spf.Directive;
import org.sendready.spf.DomainSpec;
import org.sendready.spf.Mechanism;

/// Common mail providers' SPF includes, offered as presets. These are what each provider
/// documented when this list was written; providers change them, so the builder labels every
/// preset as such and links the provider's page to verify.
public enum SpfPreset {
    GOOGLE_WORKSPACE(
            "Google Workspace", "_spf.google.com", "https://support.google.com/a/answer/10684623"),
    MICROSOFT_365(
            "Microsoft 365",
            "spf.protection.outlook.com",
            "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-spf-configure"),
    AMAZON_SES(
            "Amazon SES",
            "amazonses.com",
            "https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-spf.html"),
    SENDGRID(
            "SendGrid",
            "sendgrid.net",
            "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/spf-records"),
    MAILGUN("Mailgun", "mailgun.org", "https://documentation.mailgun.com/");

    /// Shown with every preset: the values are ours, not the provider's live word.
    public static final String CAVEAT = "preset, verify with your provider";

    private final String provider;
    private final String includeDomain;
    private final String documentation;

    SpfPreset(String provider, String includeDomain, String documentation) {
        this.provider = provider;
        this.includeDomain = includeDomain;
        this.documentation = documentation;
    }

    /// The provider's name, e.g. `Google Workspace`.
    public String provider() {
        return provider;
    }

    /// The domain to include, e.g. `_spf.google.com`.
    public String includeDomain() {
        return includeDomain;
    }

    /// Where the provider documents its SPF include.
    public String documentation() {
        return documentation;
    }

    /// The directive this preset adds: `include:` the provider's domain, qualifier pass.
    public Directive directive() {
        return Directive.pass(new Mechanism.Include(DomainSpec.parse(includeDomain)));
    }

    /// For menus: `Google Workspace: include:_spf.google.com (preset, verify with your
    /// provider)`.
    public String label() {
        return provider + ": include:" + includeDomain + " (" + CAVEAT + ")";
    }
}
