/**
 * Error codes are never reused: an append-only ledger of every code ever assigned, the
 * {@code check} that compares a catalogue with it (and with the ledgers of git bases), and the
 * {@code record} that adds the catalogue's new events to it.
 *
 * <p>{@link io.github.dmerrors.maven.ledger.LedgerChecker} and
 * {@link io.github.dmerrors.maven.ledger.LedgerRecorder} are the goals' entry points; they hold no
 * Maven types. The ledger's format is described on {@code Ledger}. The catalogue is read by the
 * same loader as {@code generate}'s. With a git base, {@code BaseLedgers} reads the ledger where
 * the branch forked from it and the ledger of its tip: {@code BaseComparer} holds the branch to the
 * first, {@code TipComparer} to what the second gained since.
 */
package io.github.dmerrors.maven.ledger;
