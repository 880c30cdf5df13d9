/**
 * How a report becomes a PDF: a view model of escaped strings and library-drawn SVG, a Mustache
 * layout, then openhtmltopdf in PDF/UA and PDF/A mode with every external resource denied. Not for
 * use outside this module.
 */
package dev.reportengine.pdf.internal;
