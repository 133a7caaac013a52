/**
 * What the web modules and the other EJB module may see of the platform: problem details, the API caller
 * and the dashboard user, the deployment mode and the demo secrets, the fingerprint of request bodies; and,
 * as interfaces that {@code io.trackline.platform.application} implements, the database's circuit breaker
 * and health, the meters, the abuse limit on failed authentication, user accounts and API clients. The WARs
 * inject these interfaces (a session bean's local business interface, or a CDI bean's type), never a class
 * of the application or infrastructure packages.
 */
package io.trackline.platform.api;
