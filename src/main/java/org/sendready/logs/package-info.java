/// Postfix log analysis: a streaming parser for Postfix's syslog lines, per-message
/// lifecycles keyed by queue id, and an aggregate of delivery outcomes by status, recipient
/// domain, DSN code, reason and hour, with DNS failures and likely typos of big providers.
///
/// Memory stays constant in the number of lines: open lifecycles are dropped on `removed` and
/// capped, and every table is capped with a count of what was folded away.
package org.sendready.logs;
