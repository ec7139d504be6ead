package org.sendready.ui.common;

import org.sendready.records.RecordPurpose;

/// What a record does and why a receiver checks it, in plain language for the record cards.
public final class RecordExplanation {
    private RecordExplanation() {}

    public static String of(RecordPurpose purpose) {
        return switch (purpose) {
            case HOST ->
                    "The address of your mail server. Receivers look up the name your server's"
                            + " reverse DNS points to and expect to find this address there again.";
            case HELO ->
                    "SPF for the mail server's own name. Bounces are sent with an empty sender,"
                            + " so receivers check SPF against the name the server greets them"
                            + " with.";
            case PTR ->
                    "Reverse DNS: turns the sending IP back into your mail server's name. Many"
                            + " receivers reject or spam-folder mail from an IP without it. The"
                            + " owner of the IP (your hosting provider) publishes it, usually"
                            + " from their control panel.";
            case MX ->
                    "Tells other servers where to deliver mail for this domain, so replies and"
                            + " bounces reach you.";
            case SPF ->
                    "Lists the servers allowed to send mail with this domain as the envelope"
                            + " sender. Receivers compare the connecting IP with this list.";
            case DKIM ->
                    "The public half of your DKIM key. Your server signs each message with the"
                            + " private key; receivers fetch this record to verify the signature"
                            + " and know the message was not changed on the way.";
            case DMARC ->
                    "Tells receivers what to do with mail whose SPF or DKIM does not match your"
                            + " From domain, and where to send reports about your mail.";
            case BOUNCE ->
                    "A record of the bounce (Return-Path) domain: bounces come back to it, and"
                            + " receivers check SPF against it.";
            case REPORT_AUTHORIZATION ->
                    "Published in the report receiver's zone: allows that domain to receive"
                            + " DMARC reports for yours. Receivers look for it before sending"
                            + " reports to another domain.";
        };
    }
}
