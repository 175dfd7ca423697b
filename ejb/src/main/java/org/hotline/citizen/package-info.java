/**
 * Citizens who call or file: their phone numbers (E.164), name, masked national ID and preferred language.
 */
package org.hotline.citizen;
