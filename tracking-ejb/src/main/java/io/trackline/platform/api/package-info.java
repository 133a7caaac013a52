/** Records the web modules and the other EJB module may see: problem details and database status. */
package io.trackline.platform.api;
