/**
 * Implementation of the runtime; not exported from the module and not an API: it may change in
 * any release.
 */
package io.github.dmerrors.internal;
