/// The picocli command line.
package org.sendready.cli;
