/**
 * The body's network zone model and netcheck in the product: the zone model (zones, networks, policy
 * cells, relays, interfaces and permanent permitted paths) edited, versioned and approved by another
 * person; written to and read from netcheck's zone file; and netcheck runs on uploaded device
 * configurations and flow logs, checked in the background against the model in force, stored with
 * the file's SHA-256 and compared with the previous run of the same device.
 */
@NullMarked
package jp.mamori.network;

import org.jspecify.annotations.NullMarked;
