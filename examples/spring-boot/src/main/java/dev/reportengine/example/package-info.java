/** The example application: the starter does the work, configured in application.properties. */
package dev.reportengine.example;
