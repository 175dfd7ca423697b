/**
 * Languages: Arabic (right-to-left, the default), English and Kurdish. The choice lives in a cookie, so it holds
 * before sign-in and across sessions; the texts are in the {@code messages} bundles beside this package.
 */
package org.hotline.web.i18n;
