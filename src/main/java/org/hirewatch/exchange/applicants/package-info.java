/**
 * The applicants file ({@code docs/applicants-format.md}): a JSON list of applicants, each with the identity they
 * claim, evidence items and checklist answers, as other tools can produce it. Reading and validating it lives here,
 * apart from the command line, so that the check command and an import read it the same way.
 */
package org.hirewatch.exchange.applicants;
