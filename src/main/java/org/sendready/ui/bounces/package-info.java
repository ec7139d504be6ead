/// The wizard's Bounces page (Operate section): read returned mail from files or a mailbox,
/// see how each recipient was judged, jump to the setup step behind bounces our own setup
/// caused, and export the suppression list.
package org.sendready.ui.bounces;
