package org.sendready.mta;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.sendready.input.InvalidInput;

/// Everything the MTA snippets are made from: the signing filter, its keys, where it listens,
/// and which hosts besides the server itself send mail through it.
///
/// @param trustedHosts hosts whose mail is signed, besides the local host; OpenDKIM lists them
///     in `TrustedHosts`. rspamd decides by SMTP authentication and its own `local_addrs`
///     setting, which this setup leaves alone.
public record MtaSetup(
        SigningFilter filter,
        List<SigningKey> keys,
        MilterSocket socket,
        List<TrustedHost> trustedHosts) {

    public MtaSetup {
        Objects.requireNonNull(filter);
        Objects.requireNonNull(socket);
        keys = List.copyOf(keys);
        trustedHosts = List.copyOf(trustedHosts);
        if (keys.isEmpty()) {
            throw new InvalidInput("signing keys", "none given; add at least one DKIM key");
        }
        var seen = new HashSet<String>();
        for (var key : keys) {
            if (!seen.add(key.keyName().ascii())) {
                throw new InvalidInput(
                        "signing keys",
                        "selector '"
                                + key.selector()
                                + "' of "
                                + key.domain()
                                + " is listed twice; each domain needs distinct selectors");
            }
        }
    }

    /// A setup with the filter's default socket.
    public static MtaSetup of(
            SigningFilter filter, List<SigningKey> keys, List<TrustedHost> trustedHosts) {
        return new MtaSetup(filter, keys, filter.defaultSocket(), trustedHosts);
    }

    /// The files to write or merge, Postfix first.
    public List<MtaSnippet> snippets() {
        var postfix =
                new MtaSnippet(PostfixMilterWriter.PATH, PostfixMilterWriter.write(filter, socket));
        return switch (filter) {
            case OPENDKIM ->
                    List.of(
                            postfix,
                            new MtaSnippet(
                                    OpenDkimConfWriter.PATH,
                                    OpenDkimConfWriter.write(keys, socket)),
                            new MtaSnippet(
                                    OpenDkimKeyTableWriter.PATH,
                                    OpenDkimKeyTableWriter.write(keys)),
                            new MtaSnippet(
                                    OpenDkimSigningTableWriter.PATH,
                                    OpenDkimSigningTableWriter.write(keys)),
                            new MtaSnippet(
                                    OpenDkimTrustedHostsWriter.PATH,
                                    OpenDkimTrustedHostsWriter.write(trustedHosts)));
            case RSPAMD ->
                    List.of(
                            postfix,
                            new MtaSnippet(
                                    RspamdDkimSigningWriter.PATH,
                                    RspamdDkimSigningWriter.write(keys)));
        };
    }
}
