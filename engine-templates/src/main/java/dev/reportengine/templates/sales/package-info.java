/**
 * The {@code sales_playbook} template: the seller's conversation habits against published reference
 * ranges, competitor and pricing mentions, next steps, playbook coverage and quoted coaching tips.
 */
package dev.reportengine.templates.sales;
