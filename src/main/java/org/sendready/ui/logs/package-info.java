/// The wizard's Postfix logs page: choose log files, analyze them in the background with
/// progress and cancel, and see delivery outcomes as tiles, charts and a filterable table,
/// the rejections the user's own setup causes with a jump to the step that fixes each, and
/// recipient domains that fail DNS with the provider they are likely a typo of.
package org.sendready.ui.logs;
