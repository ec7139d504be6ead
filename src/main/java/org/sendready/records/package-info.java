/// The record set derived from a plan, and its exporters.
package org.sendready.records;
