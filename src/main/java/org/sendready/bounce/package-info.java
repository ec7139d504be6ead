/// Bounce handling: signed Return-Path tokens that tell real bounces from forged ones, and a
/// processor that reads bounce messages (files or a POP3/IMAP mailbox), classifies them by
/// RFC 3463 status codes and diagnostic text, and produces a suppression list.
///
/// No toolkit here: the CLI and the wizard call [BounceProcessor], [TokenSigner] and
/// [BounceKeyFile] alike.
package org.sendready.bounce;
