/**
 * The web module: Faces views and their backing beans per user group ({@code agent}, {@code supervisor},
 * {@code officer}, {@code admin}), sign-in, languages and error pages.
 */
package org.hotline.web;
