/**
 * Spring Boot auto-configuration of a report engine from {@code report-engine.*} properties, the v1
 * routes and their OpenAPI document as an optional Spring MVC controller, Micrometer metrics when
 * the application has a meter registry, and an Actuator health indicator.
 */
package dev.reportengine.spring;
