/// From failure to fix: one catalogue of receivers' rejections that the sender's own setup
/// causes ([KnownRejection]), shared by the Postfix log analysis and the bounce classifier, and
/// the setup step that fixes each.
package org.sendready.operate;
