/**
 * Case reports: one case as XHTML (the HTML report) and the same XHTML laid out as PDF, in full or redacted. Reads
 * the workspace, never changes it, and opens nothing over the network.
 */
package org.hirewatch.exchange.report;
