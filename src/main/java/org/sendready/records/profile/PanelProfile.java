package org.sendready.records.profile;

import java.util.List;
import java.util.Optional;

/// A DNS provider's web panel and the rules for typing records into it.
///
/// Each constant's comment gives the source of its rules and how certain they are: **high**
/// (the provider's own documentation), **medium** (the provider's API documentation or
/// several consistent reports), **low** (one report, or inferred from the provider's API).
public enum PanelProfile {
    /// Any panel: the most common conventions, plus the pre-split form of long TXT values for
    /// panels that ask for it.
    GENERIC(
            "Any DNS panel",
            "your DNS provider's panel, in the list of records of the zone",
            Host.RELATIVE_AT,
            Txt.ONE_STRING,
            Mx.PRIORITY_FIELD,
            Target.NO_DOT,
            Ttl.SECONDS,
            Grouping.PER_RECORD,
            Optional.empty(),
            Fallback.SPLIT_SHOWN,
            new Labels(
                    "Host", "Value", "Points to", Optional.of("Priority"), "TTL", Optional.empty()),
            List.of(
                    "If the panel shows the zone name after the host field, enter only the part"
                            + " before it; if it wants full names, append the zone name.")),

    /// Cloudflare dashboard. Names relative with `@` for the apex (Cloudflare DNS docs,
    /// high). TXT as one string: the dashboard adds the quotes and "strings exceeding this
    /// allowed maximum length are automatically split" (Cloudflare API, TXT `content`;
    /// go-acme/lego PR 2521), high; content at most 2,048 characters (Cloudflare DNS docs,
    /// "DNS record types", TXT), high. Mail host records must be "DNS only", since the proxy
    /// carries HTTP only (high). TTL is a menu of fixed choices (observed, medium).
    CLOUDFLARE(
            "Cloudflare",
            "Cloudflare dashboard > your domain > DNS > Records > Add record",
            Host.RELATIVE_AT,
            Txt.ONE_STRING,
            Mx.PRIORITY_FIELD,
            Target.NO_DOT,
            Ttl.CLOUDFLARE_MENU,
            Grouping.PER_RECORD,
            Optional.of(new TxtLimit(2048, "Cloudflare's documented maximum for TXT content")),
            Fallback.NONE,
            new Labels(
                    "Name",
                    "Content",
                    "Mail server",
                    Optional.of("Priority"),
                    "TTL",
                    Optional.of("Proxy status")),
            List.of(
                    "Mail host records (A, AAAA) must stay \"DNS only\" (grey cloud): Cloudflare's"
                            + " proxy carries web traffic, not mail.")),

    /// Amazon Route 53 console, quick create. "Record name" takes the part before the zone
    /// name, which the console shows after the field; for the apex "don't enter a value (for
    /// example, an @ symbol)" (Route 53 Developer Guide, values for records), high. Unlike
    /// the Route 53 API and record list, the form never wants the fully qualified name. TXT
    /// strings in double quotes, each at most 255 characters, several on one line (`"String
    /// 1" "String 2"`), with `\"`, `\\` and octal `\ooo` escapes; MX as `10 mail.example.com`
    /// in Value; several values of one record on separate lines (Developer Guide, supported
    /// record types), high.
    ROUTE53(
            "Amazon Route 53",
            "Route 53 console > Hosted zones > your zone > Create record (routing policy"
                    + " Simple)",
            Host.RELATIVE_BLANK,
            Txt.QUOTED_STRINGS_OCTAL,
            Mx.IN_VALUE,
            Target.NO_DOT,
            Ttl.SECONDS,
            Grouping.PER_NAME_AND_TYPE,
            Optional.empty(),
            Fallback.NONE,
            new Labels(
                    "Record name",
                    "Value",
                    "Value",
                    Optional.empty(),
                    "TTL (seconds)",
                    Optional.empty()),
            List.of(
                    "Route 53 keeps one record per name and type. If one exists already (a TXT"
                            + " record at the apex is common), edit it and add the value as a new"
                            + " line instead of creating a second record.")),

    /// GoDaddy DNS management. `@` for the apex, names relative (GoDaddy help, high). TXT as
    /// one unquoted string: 2048-bit DKIM keys are routinely pasted whole (reports, medium).
    /// Longer values are doubtful: GoDaddy's DNS API refused TXT data over 512 characters
    /// when tested in 2018 (terraform-provider-godaddy PR 24, low), which a 4096-bit key
    /// exceeds, so such values carry a warning.
    GODADDY(
            "GoDaddy",
            "GoDaddy > My Products > your domain > DNS > Add New Record",
            Host.RELATIVE_AT,
            Txt.ONE_STRING,
            Mx.PRIORITY_FIELD,
            Target.NO_DOT,
            Ttl.SECONDS,
            Grouping.PER_RECORD,
            Optional.of(
                    new TxtLimit(
                            512,
                            "GoDaddy's DNS API refused longer TXT values when tested in 2018")),
            Fallback.NONE,
            new Labels(
                    "Name", "Value", "Points to", Optional.of("Priority"), "TTL", Optional.empty()),
            List.of("If the TTL menu lacks a value, choose Custom and enter the seconds shown.")),

    /// cPanel Zone Editor, which writes a BIND zone file. Names fully qualified with the final
    /// dot, as the editor shows them (it completes a bare label with the domain), and
    /// targets likewise (cPanel docs, Zone Editor, medium). TXT as one string: cPanel's Email
    /// Deliverability page offers DKIM "Full" "for providers who automatically split their
    /// records", which its own zones are (cPanel docs, Email Deliverability, medium).
    CPANEL(
            "cPanel Zone Editor",
            "cPanel > Domains > Zone Editor > Manage > Add Record",
            Host.ABSOLUTE_DOT,
            Txt.ONE_STRING,
            Mx.PRIORITY_FIELD,
            Target.DOT,
            Ttl.SECONDS,
            Grouping.PER_RECORD,
            Optional.empty(),
            Fallback.NONE,
            new Labels(
                    "Name",
                    "Record",
                    "Destination",
                    Optional.of("Priority"),
                    "TTL",
                    Optional.empty()),
            List.of()),

    /// Hetzner DNS (Hetzner Console, and the older dns.hetzner.com). Names relative with `@`
    /// (Hetzner DNS docs and API, high). TXT as quoted strings of at most 255 characters: the
    /// Console's API rejects longer single strings ("a TXT string exceeds 255 characters",
    /// terraform-provider-hcloud issue 1220) and wants "one or many quoted strings of 255
    /// characters" (ansible hetzner.hcloud PR 721); the older console stored long values split
    /// the same way (terraform-provider-hetznerdns issue 13), medium. MX as
    /// `10 mail.example.com.` in one value, and targets with the final dot, as the API writes
    /// them (low).
    HETZNER(
            "Hetzner DNS",
            "Hetzner Console > DNS > your zone > Add record (or dns.hetzner.com)",
            Host.RELATIVE_AT,
            Txt.QUOTED_STRINGS_DECIMAL,
            Mx.IN_VALUE,
            Target.DOT,
            Ttl.SECONDS,
            Grouping.PER_RECORD,
            Optional.empty(),
            Fallback.NONE,
            new Labels("Name", "Value", "Value", Optional.empty(), "TTL", Optional.empty()),
            List.of());

    /// How the record name is typed.
    enum Host {
        /// `_dmarc`, and `@` for the apex.
        RELATIVE_AT,
        /// `_dmarc`, and nothing for the apex.
        RELATIVE_BLANK,
        /// `_dmarc.example.com.`, and `example.com.` for the apex.
        ABSOLUTE_DOT
    }

    /// How a TXT value is typed.
    enum Txt {
        /// The value as is, unquoted; the panel quotes and splits it.
        ONE_STRING,
        /// Quoted strings of at most 255 octets, RFC 1035 decimal escapes.
        QUOTED_STRINGS_DECIMAL,
        /// Quoted strings of at most 255 octets, Route 53 octal escapes.
        QUOTED_STRINGS_OCTAL
    }

    /// Where an MX preference goes.
    enum Mx {
        /// Its own field.
        PRIORITY_FIELD,
        /// Before the target in the value: `10 mail.example.com`.
        IN_VALUE
    }

    /// Whether a target name (MX) ends with a dot.
    enum Target {
        NO_DOT,
        DOT
    }

    /// How the TTL is chosen.
    enum Ttl {
        /// Seconds, typed.
        SECONDS,
        /// Cloudflare's menu: Auto, 1 min ... 1 day.
        CLOUDFLARE_MENU
    }

    /// Whether several values of one name and type are one entry or several.
    enum Grouping {
        PER_RECORD,
        PER_NAME_AND_TYPE
    }

    /// Whether long TXT values also get the pre-split form, for panels that want it.
    enum Fallback {
        NONE,
        SPLIT_SHOWN
    }

    /// A known limit on the length of a TXT value, and where it comes from.
    record TxtLimit(int characters, String source) {}

    /// The panel's names for its fields; empty where the panel has no such field.
    record Labels(
            String name,
            String value,
            String mxTarget,
            Optional<String> priority,
            String ttl,
            Optional<String> proxy) {}

    private final String title;
    private final String where;
    // The rules, read by PanelInstructionsWriter.
    final Host host;
    final Txt txt;
    final Mx mx;
    final Target target;
    final Ttl ttl;
    final Grouping grouping;
    final Optional<TxtLimit> txtLimit;
    final Fallback fallback;
    final Labels labels;
    final List<String> notes;

    PanelProfile(
            String title,
            String where,
            Host host,
            Txt txt,
            Mx mx,
            Target target,
            Ttl ttl,
            Grouping grouping,
            Optional<TxtLimit> txtLimit,
            Fallback fallback,
            Labels labels,
            List<String> notes) {
        this.title = title;
        this.where = where;
        this.host = host;
        this.txt = txt;
        this.mx = mx;
        this.target = target;
        this.ttl = ttl;
        this.grouping = grouping;
        this.txtLimit = txtLimit;
        this.fallback = fallback;
        this.labels = labels;
        this.notes = notes;
    }

    /// The panel's name, e.g. `Amazon Route 53`.
    public String title() {
        return title;
    }

    /// Where in the panel records are added.
    public String where() {
        return where;
    }
}
