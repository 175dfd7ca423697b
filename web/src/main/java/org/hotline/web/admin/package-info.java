/**
 * The administrators' pages: accounts, roles and PBX members, the catalogue, the IVR menu, secure documents
 * and their keys, and the search re-index.
 */
package org.hotline.web.admin;
