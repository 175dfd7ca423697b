/**
 * What every area shares: the root of the business exceptions that boundaries throw to their clients.
 */
package org.hotline.common;
