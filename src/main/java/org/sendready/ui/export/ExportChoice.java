package org.sendready.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sendready.mta.BounceRouting;
import org.sendready.mta.MtaSetup;
import org.sendready.mta.MtaSnippet;
import org.sendready.mta.SigningFilter;
import org.sendready.mta.SigningKey;
import org.sendready.plan.SetupPlan;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.ExportFormat;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordExporter;
import org.sendready.records.profile.ExportProfile;

/// One thing the export dialog can produce from a plan: a record format, a provider or
/// DNS-as-code profile, or a mail server configuration. Each renders with the same core code
/// as the command line (`sendready records`, `sendready mta`).
public sealed interface ExportChoice {
    /// The heading the choice is listed under.
    String group();

    /// The choice's name in the list.
    String label();

    /// What it is for, in a few words.
    String description();

    /// The file name the save dialog suggests.
    String fileName(SetupPlan plan);

    /// The export's text. Throws [org.sendready.input.InvalidInput] when the plan cannot be
    /// expressed in it (e.g. mail server configuration without a DKIM key).
    String render(SetupPlan plan);

    /// Every choice, in the order the dialog lists them.
    static List<ExportChoice> all() {
        var all = new ArrayList<ExportChoice>(List.of(Records.values()));
        for (var profile : ExportProfile.values()) {
            all.add(new Profile(profile));
        }
        all.addAll(List.of(Mta.values()));
        return List.copyOf(all);
    }

    /// The record formats of `sendready records --format`.
    enum Records implements ExportChoice {
        BIND_RELATIVE(
                "BIND zone snippet",
                "Names relative to $ORIGIN; paste each section at the end of its zone file",
                "zone"),
        BIND_ABSOLUTE(
                "BIND zone snippet, absolute names",
                "Fully qualified names; each section fits anywhere in its zone file",
                "absolute.zone"),
        TABLE(
                "Provider panel table",
                "Host, type, TTL and value, aligned, for typing into a DNS web panel",
                "txt"),
        CSV("CSV", "The panel table as CSV, for spreadsheets and scripts", "csv"),
        JSON("JSON", "Every record with its zone and purpose, for scripts", "json");

        private final String label;
        private final String description;
        private final String extension;

        Records(String label, String description, String extension) {
            this.label = label;
            this.description = description;
            this.extension = extension;
        }

        @Override
        public String group() {
            return "DNS records";
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public String fileName(SetupPlan plan) {
            return plan.domain().ascii() + ".records." + extension;
        }

        @Override
        public String render(SetupPlan plan) {
            return exporter().export(PlanRecords.of(plan));
        }

        private RecordExporter exporter() {
            return switch (this) {
                case BIND_RELATIVE -> ExportFormat.BIND.exporter();
                case BIND_ABSOLUTE -> BindZoneWriter.absolute();
                case TABLE -> ExportFormat.TABLE.exporter();
                case CSV -> ExportFormat.CSV.exporter();
                case JSON -> ExportFormat.JSON.exporter();
            };
        }
    }

    /// A profile of `sendready records --profile`: a DNS-as-code tool or a provider's panel.
    record Profile(ExportProfile profile) implements ExportChoice {
        @Override
        public String group() {
            return switch (profile) {
                case DNSCONTROL, OCTODNS, TERRAFORM_CLOUDFLARE, TERRAFORM_ROUTE53 -> "DNS as code";
                case CLOUDFLARE, ROUTE53, GODADDY, CPANEL, HETZNER, GENERIC ->
                        "Step-by-step for a provider's panel";
            };
        }

        @Override
        public String label() {
            return profile.description();
        }

        @Override
        public String description() {
            return switch (profile) {
                case DNSCONTROL -> "D(...) block for dnsconfig.js";
                case OCTODNS -> "Records for the zone's YAML file";
                case TERRAFORM_CLOUDFLARE, TERRAFORM_ROUTE53 -> "Resources for a .tf file";
                case CLOUDFLARE, ROUTE53, GODADDY, CPANEL, HETZNER, GENERIC ->
                        "Each record as the panel's fields ask for it";
            };
        }

        @Override
        public String fileName(SetupPlan plan) {
            var domain = plan.domain().ascii();
            return switch (profile) {
                case DNSCONTROL -> "dnsconfig." + domain + ".js";
                case OCTODNS -> domain + ".yaml";
                case TERRAFORM_CLOUDFLARE, TERRAFORM_ROUTE53 -> domain + "-" + profile.id() + ".tf";
                case CLOUDFLARE, ROUTE53, GODADDY, CPANEL, HETZNER, GENERIC ->
                        domain + "-" + profile.id() + "-steps.txt";
            };
        }

        @Override
        public String render(SetupPlan plan) {
            return profile.render(PlanRecords.of(plan));
        }
    }

    /// Mail server configuration of `sendready mta`: the Postfix milter lines for a signing
    /// filter, or the filter's own files, with keys in the filter's usual layout.
    enum Mta implements ExportChoice {
        POSTFIX_OPENDKIM(SigningFilter.OPENDKIM, true),
        OPENDKIM(SigningFilter.OPENDKIM, false),
        POSTFIX_RSPAMD(SigningFilter.RSPAMD, true),
        RSPAMD(SigningFilter.RSPAMD, false);

        private final SigningFilter filter;
        private final boolean postfix;

        Mta(SigningFilter filter, boolean postfix) {
            this.filter = filter;
            this.postfix = postfix;
        }

        @Override
        public String group() {
            return "Mail server (DKIM signing)";
        }

        @Override
        public String label() {
            return postfix
                    ? "Postfix main.cf for " + filter.displayName()
                    : filter.displayName() + " configuration";
        }

        @Override
        public String description() {
            return switch (this) {
                case POSTFIX_OPENDKIM, POSTFIX_RSPAMD ->
                        "The milter lines that hand mail to "
                                + filter.displayName()
                                + ", and the bounce domain's catch-all when there is one";
                case OPENDKIM -> "opendkim.conf, KeyTable, SigningTable and TrustedHosts";
                case RSPAMD -> "local.d/dkim_signing.conf";
            };
        }

        @Override
        public String fileName(SetupPlan plan) {
            var id = filter.name().toLowerCase(Locale.ROOT);
            return postfix
                    ? "postfix-main.cf-" + id + ".txt"
                    : id + "-" + plan.domain().ascii() + ".txt";
        }

        @Override
        public String render(SetupPlan plan) {
            var snippets = setup(plan).snippets();
            var chosen = new ArrayList<MtaSnippet>();
            if (postfix) {
                chosen.add(snippets.getFirst());
                // The bounce domain's catch-all, as `sendready mta` prints it after the milter.
                plan.bounceDomain()
                        .ifPresent(
                                bounce ->
                                        chosen.addAll(
                                                BounceRouting.of(bounce, plan.domain())
                                                        .snippets()));
            } else {
                chosen.addAll(snippets.subList(1, snippets.size()));
            }
            return chosen.stream().map(MtaSnippet::text).collect(Collectors.joining("\n"));
        }

        /// The setup `sendready mta --filter` builds: each signing DKIM key of the plan in the
        /// filter's key layout, the filter's default socket, no extra trusted hosts.
        MtaSetup setup(SetupPlan plan) {
            var keys = SigningKey.of(plan, filter);
            return MtaSetup.of(filter, keys, List.of());
        }
    }
}
