/// Live checks: one per setup step, each asking DNS whether the step is done and saying
/// precisely what is missing and how to fix it.
package org.sendready.check;
