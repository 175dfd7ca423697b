/**
 * The administrators' pages: accounts and roles for now; the catalogue, hours and menus later.
 */
package org.hotline.web.admin;
