/// The wizard's Domain step: the domain mail is sent from, the servers that send it, and the
/// records those need (host addresses, HELO SPF, MX).
package org.sendready.ui.domain;
