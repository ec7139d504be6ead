/// SPF (RFC 7208): record model, parser, formatter, lint, and check_host() evaluation with
/// its trace.
package org.sendready.spf;
