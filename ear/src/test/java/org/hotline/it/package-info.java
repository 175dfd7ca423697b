/**
 * System tests against the provisioned WildFly and a real MariaDB, both started by the ear module's build, with a
 * real headless Chromium for the pages. Each asserts what a user would notice.
 */
package org.hotline.it;
