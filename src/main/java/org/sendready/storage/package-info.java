/// Writing files so that a crash or a mistake never loses what was there: atomic replacement,
/// owner-only permissions for secrets, and no silent overwrite.
package org.sendready.storage;
