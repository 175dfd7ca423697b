/**
 * The web module: Faces views and their backing beans per area ({@code desk}, {@code supervisor},
 * {@code officer}, {@code admin}, {@code complaint}, ...), sign-in, languages, error pages, the REST API
 * ({@code api}) and the WebSocket pushes ({@code push}).
 */
package org.hotline.web;
