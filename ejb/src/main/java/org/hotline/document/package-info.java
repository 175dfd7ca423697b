/**
 * Secure documents: the registry of issued electronic documents (official letters, books, certificates) with their
 * status, the institutions' signing keys, the signed QR payload and its verification, the QR image, and the bulk
 * import of the files institutions deliver.
 */
package org.hotline.document;
