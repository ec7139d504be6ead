/// SPF (RFC 7208): record model, parser, formatter and lint.
package org.sendready.spf;
