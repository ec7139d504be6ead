package org.sendready.ui.welcome;

import org.sendready.ui.wizard.WizardStep;

/// What each wizard step does, in a sentence for someone new to mail DNS.
final class WelcomeSteps {
    private WelcomeSteps() {}

    static String describe(WizardStep step) {
        return switch (step) {
            case WELCOME -> "This page.";
            case DOMAIN -> "The domain you send mail from, and the servers that send it.";
            case PTR ->
                    "The name each sending IP address points back to. Your hosting provider"
                            + " sets it; sendready tells you what to ask for.";
            case SPF -> "The list of servers allowed to send mail for your domain.";
            case DKIM ->
                    "A signing key: your server signs each message, and receivers check the"
                            + " signature against a key you publish in DNS.";
            case DMARC ->
                    "Tells receivers what to do with mail that fails SPF and DKIM, and where to"
                            + " send reports about your mail.";
            case BOUNCE -> "A domain of its own for bounced mail, if you want one.";
            case REVIEW ->
                    "Every record at a glance, exported as a zone-file snippet, a table for your"
                            + " DNS provider's panel, or mail server configuration.";
            case CHECK ->
                    "Asks DNS whether everything is published, and shows the fix for each step"
                            + " until all are green.";
            case LOGS ->
                    "Reads your Postfix logs: what was delivered, deferred and bounced, and why.";
            case BOUNCES ->
                    "Processes bounced mail into a suppression list of addresses to stop"
                            + " sending to.";
            case BLOCKLISTS -> "Asks the well-known blocklists whether your servers are listed.";
        };
    }
}
