package org.sendready.ui.check;

/// Which DNS the live check asks (the CLI's `--dns` and `--authoritative`).
public enum ResolverMode {
    /// The resolvers this computer is configured with.
    SYSTEM(
            "The resolvers this computer uses. They cache answers, so a record published a"
                    + " minute ago can stay unseen for its TTL."),
    /// Resolvers the user names by IP address.
    CUSTOM("Resolvers you name by IP address, e.g. your provider's or a public one."),
    /// Each of the domain's name servers, asked directly: no resolver cache in between, and a
    /// view of which servers already serve the new records. The name servers are found
    /// through the servers typed, or the system's resolvers when none are.
    AUTHORITATIVE(
            "Each name server of your domain, asked directly: changes show at once, and the"
                    + " table below the board shows which servers have them.");

    private final String explanation;

    ResolverMode(String explanation) {
        this.explanation = explanation;
    }

    /// One sentence for the user on what this choice asks and why.
    public String explanation() {
        return explanation;
    }
}
